import { chineseNumeral, expectText, toHalfWidth } from "@linli/core";
import type { Comparator } from "../../types.js";
import { madeBy } from "../recipe.js";
import { asText, simplifyChars } from "../shared.js";

/** The parts of a home address that tell households apart. */
export interface AddressParts {
  readonly compound: string;
  readonly building: string;
  readonly unit: string;
  readonly room: string;
}

const NUMERAL = /([零〇一二两三四五六七八九十百]+)(?=号楼|号院|栋|幢|座|单元|层|楼|室|号|户)/g;
const DASHED = /(\d+)-(\d+)-(\d+)(?:室|号)?$/;
const BUILDING = /(\d+)(?:号楼|号院|栋|幢|座|号?楼)/;
const UNIT = /(\d+)单元/;
const ROOM = /(\d+)(?:室|号|户)?$/;
const PREFIXES = [
  /^.*?(?:省|自治区|特别行政区)/,
  /^.*?市(?!场)/,
  /^.*?(?:区|县|旗)(?<!小区)/,
  /^.*?(?:街道|镇|乡)/,
  /^.*?(?:社区|村委会|居委会)(?!$)/,
  /^.*?(?:路|街|巷|道)\d+号/,
];

const strip = (s: string) => s.replace(/^0+(?=\d)/, "");

/**
 * Split a Chinese home address into compound, building, unit and room: "雁塔区丈八小区三号楼
 * 2单元301室", "丈八小区3栋2单元301" and "丈八3-2-301" all give 丈八 / 3 / 2 / 301.
 *
 * @example
 * ```ts
 * import { parseHomeAddress } from "@linli/dedupe";
 * parseHomeAddress("西安市雁塔区丈八小区三号楼2单元301室");
 * // { compound: "丈八", building: "3", unit: "2", room: "301" }
 * ```
 */
export function parseHomeAddress(text: string): AddressParts {
  expectText("parseHomeAddress", "text", text);
  let s = simplifyChars(toHalfWidth(text)).replace(/[\s,，、]+/g, "");
  s = s.replace(NUMERAL, (n) => String(chineseNumeral(n) ?? n));
  let building = "";
  let unit = "";
  let room = "";
  let head = s;
  const dashed = DASHED.exec(s);
  if (dashed) {
    [building, unit, room] = [dashed[1]!, dashed[2]!, dashed[3]!];
    head = s.slice(0, dashed.index);
  } else {
    const b = BUILDING.exec(s);
    let rest = s;
    if (b) {
      building = b[1]!;
      head = s.slice(0, b.index);
      rest = s.slice(b.index + b[0].length);
    }
    const u = UNIT.exec(rest);
    if (u) {
      unit = u[1]!;
      rest = rest.slice(u.index + u[0].length);
    }
    const r = b || u ? ROOM.exec(rest) : null;
    if (r) room = r[1]!;
  }
  for (const p of PREFIXES) {
    const cut = head.replace(p, "");
    if (cut !== "") head = cut;
  }
  const compound = head.replace(/(?:小区|社区|花园小区|家属院|院)$/, "");
  return { compound, building: strip(building), unit: strip(unit), room: strip(room) };
}

/**
 * One text for an address object of the linli model (compound, building, unit, room, line),
 * for {@link address}; strings pass through.
 *
 * @example
 * ```ts
 * import { addressText } from "@linli/dedupe";
 * addressText({ compound: "丈八小区", building: "3", unit: "2", room: "301" });
 * // "丈八小区3栋2单元301室"
 * ```
 */
export function addressText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) return undefined;
  const a = value as Record<string, unknown>;
  const part = (k: string, suffix: string) => {
    const v = a[k];
    if (typeof v !== "string" || v === "") return "";
    return allDigits(v) ? v + suffix : v;
  };
  const units = part("building", "栋") + part("unit", "单元") + part("room", "室");
  if (units === "") return typeof a.line === "string" ? a.line : undefined;
  const compound = typeof a.compound === "string" ? a.compound : "";
  return compound + units;
}

/** Only the digits 0–9 (what `/^\d+$/` tests on a non-empty text), without a regular expression. */
function allDigits(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Texts remembered per comparator at most (a city's distinct addresses fit). */
const MEMO = 1 << 20;

const contains = (a: string, b: string) => a === b || a.includes(b) || b.includes(a);

/**
 * Chinese home addresses, from a text or a linli address object. Levels: `exact` (same
 * compound, building, unit and room); `same-room` (building, unit and room agree, the compound
 * is written differently or missing); `same-building`; `same-compound`; `different`.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.address();
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("丈八小区3号楼2单元301"), f("雁塔区丈八三栋二单元301室"))]; // "exact"
 * ```
 */
export function address(): Comparator<AddressParts> {
  // Keys by text: an address comes as an object (no raw text for the encoder to cache by),
  // and a household's members, and a person's rows, share one.
  let keys = new Map<string, string | undefined>();
  return madeBy("address", undefined, {
    id: "address",
    levels: ["exact", "same-room", "same-building", "same-compound", "different"],
    normalize(value) {
      const text = asText(addressText(value));
      if (text === undefined) return undefined;
      // One lookup for a text seen before (a text that gave no key is remembered as undefined).
      const hit = keys.get(text);
      if (hit !== undefined || keys.has(text)) return hit;
      const p = parseHomeAddress(text);
      const key =
        p.compound === "" && p.building === "" && p.room === ""
          ? undefined
          : `${p.compound}|${p.building}|${p.unit}|${p.room}`;
      if (keys.size >= MEMO) keys = new Map();
      keys.set(text, key);
      return key;
    },
    features(key) {
      const [compound = "", building = "", unit = "", room = ""] = key.split("|");
      return { compound, building, unit, room };
    },
    compare(a, b) {
      if (
        a.compound === b.compound &&
        a.building === b.building &&
        a.unit === b.unit &&
        a.room === b.room
      ) {
        return 0;
      }
      const sameCompound =
        a.compound !== "" && b.compound !== "" && contains(a.compound, b.compound);
      const compoundOk = sameCompound || a.compound === "" || b.compound === "";
      const sameBuilding = a.building !== "" && a.building === b.building;
      if (compoundOk && sameBuilding && a.room !== "" && a.unit === b.unit && a.room === b.room)
        return 1;
      if (sameCompound && sameBuilding) return 2;
      return sameCompound ? 3 : 4;
    },
    sql: {
      columns: ["compound", "building", "unit", "room"].map((name) => ({
        name,
        type: "text" as const,
      })),
      values: (f) => [f.compound, f.building, f.unit, f.room],
      levels(a, b, d) {
        const c = (x: string, y: string) =>
          `(${x} = ${y} OR ${d.contains(x, y)} OR ${d.contains(y, x)})`;
        const sameCompound = `(${a("compound")} <> '' AND ${b("compound")} <> '' AND ${c(a("compound"), b("compound"))})`;
        const compoundOk = `(${sameCompound} OR ${a("compound")} = '' OR ${b("compound")} = '')`;
        const sameBuilding = `(${a("building")} <> '' AND ${a("building")} = ${b("building")})`;
        return [
          ["compound", "building", "unit", "room"].map((p) => `${a(p)} = ${b(p)}`).join(" AND "),
          `${compoundOk} AND ${sameBuilding} AND ${a("room")} <> '' AND ${a("unit")} = ${b("unit")} AND ${a("room")} = ${b("room")}`,
          `${sameCompound} AND ${sameBuilding}`,
          sameCompound,
        ];
      },
    },
  });
}
