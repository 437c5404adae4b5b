// The regular-expression implementation that parse-unit-address.ts replaced, kept unchanged as
// the oracle of the differential test. Not exported from the package.
import { chineseNumeral } from "../chinese-numeral/chinese-numeral.js";
import { normalizeText } from "../normalize-text/normalize-text.js";

/**
 * The building / unit / floor / room part of an address, numbers as arabic digit strings.
 *
 * @example
 * ```ts
 * import { parseUnitAddress, type UnitAddress } from "@linli/core";
 * const u: UnitAddress | undefined = parseUnitAddress("三号楼二单元301");
 * u?.building; // "3"
 * ```
 */
interface UnitAddress {
  /** 楼栋: "3" for 3号楼 / 3栋 / 3幢 / 12# / 三号楼, "B" for B座. */
  readonly building?: string;
  /** 单元 (or 门): "2". */
  readonly unit?: string;
  /** 楼层: given (3层, 3楼) or derived from a 3–4 digit room number (301 → "3", 1502 → "15"). */
  readonly floor?: string;
  /** 房号: "301", "1502", "2" (from 2号 after a unit). */
  readonly room?: string;
  /** Whatever precedes the unit part, e.g. the compound name. */
  readonly rest?: string;
}

/** Built on first use, once: composed patterns would otherwise run code at import. */
export function compile(): RegExp {
  const cn = "[〇零一二两三四五六七八九十百]{1,4}";
  const sep = "\\s?-?\\s?";
  const unitNum = `\\d{1,2}|${cn}`;
  const unitMark = "单元|單元|门|門";
  // 号 and 楼 name a building only when a unit follows (3号2单元, 5楼1单元); alone, 3号 is a
  // street number and 3楼 a floor.
  const buildingMark = `号楼|號樓|号樓|號楼|栋|棟|幢|座|#|[号號](?=${sep}(?:${unitNum})${sep}(?:${unitMark}|-))|[楼樓](?=${sep}(?:${unitNum})${sep}(?:${unitMark}))`;
  return new RegExp(
    `(?:第?(?<bx>[A-Za-z]\\d{0,3}|\\d{1,4}[A-Za-z]?|${cn})\\s?(?:${buildingMark})|(?<bd>\\d{1,3}|[A-Za-z]\\d{0,2})-)?${sep}` +
      `(?:(?<ux>${unitNum})\\s?(?:${unitMark})|(?<ud>\\d{1,2})-)?${sep}` +
      `(?:(?<f>[负負]?(?:\\d{1,3}|${cn}))\\s?(?:层|層|楼|樓|F|f))?${sep}` +
      `(?:(?<r>[A-Za-z]?\\d{1,5}[A-Za-z]?)\\s?(?<rm>室|号|號|户|戶|房)?)?` +
      "[\\s,，。.;；]*$",
    "g",
  );
}
let unitPart: RegExp | undefined;
const MAY_HAVE_UNIT = /[\d〇零一二两三四五六七八九十座栋棟幢]/;
const CN_DIGIT = /[〇零一二两三四五六七八九十百]/;
const TRAILING_SEPARATORS = /[\s,，、;；-]+$/;

type Groups = Partial<Record<"bx" | "bd" | "ux" | "ud" | "f" | "r" | "rm", string>>;

/** Arabic digits (leading zeros dropped), Chinese numerals, or letters upper-cased. */
function id(text: string): string | undefined {
  if (/^\d+$/.test(text)) return String(Number(text));
  if (/^[A-Za-z\d]+$/.test(text)) return text.toUpperCase();
  const n = chineseNumeral(text);
  return n === undefined ? undefined : String(n);
}

function floorOf(text: string): string | undefined {
  const negative = text.startsWith("负") || text.startsWith("負");
  const n = id(negative ? text.slice(1) : text);
  return n === undefined ? undefined : negative ? `-${n}` : n;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** The match must not start in the middle of a number or a word: 123-4567 is no 23-4567. */
function startsCleanly(text: string, index: number, g: Groups): boolean {
  if (index === 0) return true;
  const first = text.charAt(index);
  const before = text.charAt(index - 1);
  if (first === "第") return true;
  if (isDigit(first) && isDigit(before)) return false;
  if (/[A-Za-z]/.test(first) && /[A-Za-z\d]/.test(before)) return false;
  if (CN_DIGIT.test(first) && CN_DIGIT.test(before)) return false;
  return g.bd === undefined || !/[A-Za-z\d\-./:]/.test(before);
}

/** The shapes that make sense; everything else (plain numbers, 12号, dates) is rejected. */
function plausible(g: Groups): boolean {
  const { bx, bd, ux, ud, f, r, rm } = g;
  if (bd !== undefined || ud !== undefined) {
    // Dash forms: 3-2-301, 5-102, 3栋2-301. Rooms must look like rooms (3–4 digits) unless a
    // building was named explicitly.
    if (ux !== undefined || f !== undefined || r === undefined) return false;
    if (bd !== undefined) {
      if (!/^\d{3,4}$/.test(r)) return false;
      return ud !== undefined || /^(?:\d{1,2}|[A-Za-z]\d{0,2})$/.test(bd);
    }
    return bx !== undefined;
  }
  if (bx !== undefined || ux !== undefined || f !== undefined) return true;
  // A room alone needs 室/户/房: 301 is just a number, 12号 a street number.
  return r !== undefined && rm !== undefined && !/^[号號]$/.test(rm);
}

function build(text: string, m: RegExpExecArray): UnitAddress | undefined {
  const g: Groups = m.groups ?? {};
  if (!plausible(g) || !startsCleanly(text, m.index, g)) return undefined;
  const out: { -readonly [K in keyof UnitAddress]: UnitAddress[K] } = {};
  const rest = text.slice(0, m.index).replace(TRAILING_SEPARATORS, "");
  if (rest !== "") out.rest = rest;
  const b = g.bx ?? g.bd;
  if (b !== undefined) {
    out.building = id(b);
    if (out.building === undefined) return undefined;
  }
  const u = g.ux ?? g.ud;
  if (u !== undefined) {
    out.unit = id(u);
    if (out.unit === undefined) return undefined;
  }
  if (g.f !== undefined) {
    out.floor = floorOf(g.f);
    if (out.floor === undefined) return undefined;
  }
  if (g.r !== undefined) {
    out.room = g.r.toUpperCase();
    const digits = /^[A-Z]?(\d{3,4})[A-Z]?$/.exec(out.room)?.[1];
    if (out.floor === undefined && digits !== undefined && Number(digits.slice(0, -2)) > 0) {
      out.floor = String(Number(digits.slice(0, -2)));
    }
  }
  return out;
}

/**
 * Read the building / unit / floor / room part at the end of a Chinese address: 3号楼2单元301,
 * 3栋2-301, 3-2-301, 三号楼二单元301, 12#2-1502, 3幢2单元301室, 5号楼1门101,
 * 3号楼2单元3层301, B座1201, A栋1单元2号 …
 *
 * Numbers come back as arabic digit strings (三号楼 → building "3"); the floor is taken from a
 * 3–4 digit room number (301 → "3", 1502 → "15") unless written out (3层). Text before the
 * unit part (a compound name, a road and number) is returned as `rest`. Returns `undefined`
 * when the end of the text is not a unit part: phone numbers, dates, plain numbers, 幸福路12号.
 *
 * @example
 * ```ts
 * import { parseUnitAddress } from "@linli/core";
 * parseUnitAddress("绿地世纪城3号楼2单元301");
 * // { rest: "绿地世纪城", building: "3", unit: "2", floor: "3", room: "301" }
 * parseUnitAddress("12#2-1502"); // { building: "12", unit: "2", floor: "15", room: "1502" }
 * parseUnitAddress("13812345678"); // undefined
 * ```
 */
export function referenceParseUnitAddress(s: string): UnitAddress | undefined {
  const text = normalizeText(s);
  if (!MAY_HAVE_UNIT.test(text)) return undefined;
  unitPart ??= compile();
  unitPart.lastIndex = 0;
  for (let m = unitPart.exec(text); m !== null; m = unitPart.exec(text)) {
    const parts = build(text, m);
    if (parts !== undefined) return parts;
    if (m.index >= text.length) break;
    unitPart.lastIndex = m.index + 1;
  }
  return undefined;
}
