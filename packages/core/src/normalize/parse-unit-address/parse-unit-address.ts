import { expectText } from "../../i18n/argument.js";
import { chineseNumeral } from "../chinese-numeral/chinese-numeral.js";
import { normalizeText } from "../normalize-text/normalize-text.js";
import { commonUnitPart } from "./common.js";
import {
  BD,
  BX,
  consumableSuffix,
  F,
  isCn,
  isDigit,
  isLetter,
  isSpace,
  matchAt,
  R,
  RM,
  UD,
  UX,
} from "./match.js";

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
export interface UnitAddress {
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

const MAY_HAVE_UNIT = /[\d〇零一二两三四五六七八九十座栋棟幢]/;
const DI = 0x7b2c; // 第
const FU = 0x8d1f; // 负
const FU_T = 0x8ca0; // 負

/** Captured text, or undefined when the slot is unset. */
function group(text: string, cap: Int32Array, slot: number): string | undefined {
  const start = cap[slot]!;
  return start < 0 ? undefined : text.slice(start, cap[slot + 1]);
}

/** Arabic digits (leading zeros dropped), Chinese numerals, or letters upper-cased. */
export function id(text: string): string | undefined {
  const n = text.length;
  let digits = n > 0;
  let alnum = n > 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      digits = false;
      if (!isLetter(c)) alnum = false;
    }
  }
  if (digits) return text.charCodeAt(0) !== 0x30 && n < 16 ? text : String(Number(text));
  if (alnum) return text.toUpperCase();
  const v = chineseNumeral(text);
  return v === undefined ? undefined : String(v);
}

export function floorOf(text: string): string | undefined {
  const c = text.charCodeAt(0);
  const negative = c === FU || c === FU_T;
  const n = id(negative ? text.slice(1) : text);
  return n === undefined ? undefined : negative ? `-${n}` : n;
}

/** The match must not start in the middle of a number or a word: 123-4567 is no 23-4567. */
function startsCleanly(text: string, index: number, bd: boolean): boolean {
  if (index === 0) return true;
  const first = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  if (first === DI) return true;
  if (isDigit(first) && isDigit(before)) return false;
  if (isLetter(first) && (isLetter(before) || isDigit(before))) return false;
  if (isCn(first) && isCn(before)) return false;
  // Before a dash form: no letter, digit, - . / or :
  return (
    !bd ||
    !(
      isLetter(before) ||
      isDigit(before) ||
      before === 0x2d ||
      before === 0x2e ||
      before === 0x2f ||
      before === 0x3a
    )
  );
}

function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/** Only ASCII digits, `min` to `max` of them. */
function digitsOnly(s: string, min: number, max: number, from = 0, to = s.length): boolean {
  if (to - from < min || to - from > max) return false;
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** The shapes that make sense; everything else (plain numbers, 12号, dates) is rejected. */
function plausible(text: string, cap: Int32Array): boolean {
  const hasBd = cap[BD]! >= 0;
  if (hasBd || cap[UD]! >= 0) {
    // Dash forms: 3-2-301, 5-102, 3栋2-301. Rooms must look like rooms (3–4 digits) unless a
    // building was named explicitly.
    if (cap[UX]! >= 0 || cap[F]! >= 0 || cap[R]! < 0) return false;
    if (hasBd) {
      if (!digitsOnly(text, 3, 4, cap[R], cap[R + 1])) return false;
      if (cap[UD]! >= 0) return true;
      // bd is 1–2 digits, or a letter and up to 2 digits
      const [a, z] = [cap[BD]!, cap[BD + 1]!];
      return (
        digitsOnly(text, 1, 2, a, z) ||
        (isLetter(text.charCodeAt(a)) && digitsOnly(text, 0, 2, a + 1, z))
      );
    }
    return cap[BX]! >= 0;
  }
  if (cap[BX]! >= 0 || cap[UX]! >= 0 || cap[F]! >= 0) return true;
  // A room alone needs 室/户/房: 301 is just a number, 12号 a street number.
  if (cap[R]! < 0 || cap[RM]! < 0) return false;
  const rm = text.charCodeAt(cap[RM]!);
  return rm !== 0x53f7 && rm !== 0x865f; // 号 號
}

/** Trailing spaces, commas, 、, semicolons and dashes. */
function trimSeparators(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (
      !(
        isSpace(c) ||
        c === 0x2c ||
        c === 0xff0c ||
        c === 0x3001 ||
        c === 0x3b ||
        c === 0xff1b ||
        c === 0x2d
      )
    )
      break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

function build(text: string, index: number, cap: Int32Array): UnitAddress | undefined {
  if (!plausible(text, cap) || !startsCleanly(text, index, cap[BD]! >= 0)) return undefined;
  const out: { -readonly [K in keyof UnitAddress]: UnitAddress[K] } = {};
  const rest = trimSeparators(text.slice(0, index));
  if (rest !== "") out.rest = rest;
  const b = group(text, cap, BX) ?? group(text, cap, BD);
  if (b !== undefined) {
    out.building = id(b);
    if (out.building === undefined) return undefined;
  }
  const u = group(text, cap, UX) ?? group(text, cap, UD);
  if (u !== undefined) {
    out.unit = id(u);
    if (out.unit === undefined) return undefined;
  }
  const f = group(text, cap, F);
  if (f !== undefined) {
    out.floor = floorOf(f);
    if (out.floor === undefined) return undefined;
  }
  const r = group(text, cap, R);
  if (r !== undefined) {
    const room = hasLowerCase(r) ? r.toUpperCase() : r;
    out.room = room;
    if (out.floor === undefined) {
      // A 3–4 digit room, maybe with a letter before or after: its floor is all but the last
      // two digits, without leading zeros.
      let a = 0;
      let z = room.length;
      if (isLetter(room.charCodeAt(0))) a++;
      if (z > a && isLetter(room.charCodeAt(z - 1))) z--;
      if (z - a >= 3 && z - a <= 4 && digitsOnly(room, 3, 4, a, z)) {
        while (a < z - 2 && room.charCodeAt(a) === 0x30) a++;
        if (a < z - 2) out.floor = room.slice(a, z - 2);
      }
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
export function parseUnitAddress(s: string): UnitAddress | undefined {
  expectText("parseUnitAddress", "s", s);
  return readUnitPart(normalizeText(s));
}

const common = /* @__PURE__ */ new Int32Array(14);

/** {@link parseUnitAddress} of text that is normalised already. */
export function readUnitPart(text: string): UnitAddress | undefined {
  const start = commonUnitPart(text, common);
  if (start >= 0) {
    const parts = build(text, start, common);
    if (parts !== undefined) return parts;
  }
  if (!MAY_HAVE_UNIT.test(text)) return undefined;
  // A match can only start where every character up to the end is one the pattern reads.
  for (let i = consumableSuffix(text); i <= text.length; i++) {
    const cap = matchAt(text, i);
    if (cap === undefined) continue;
    const parts = build(text, i, cap);
    if (parts !== undefined) return parts;
  }
  return undefined;
}
