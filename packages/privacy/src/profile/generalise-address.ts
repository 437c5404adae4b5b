import { parseAddress } from "@linli/core";
import type { AddressPart } from "./field-kind.js";
import { type AddressLevel, addressLevels } from "./types.js";

const rank = (level: AddressLevel) => addressLevels.indexOf(level);

/** Where each non-level part stops being shown: the postcode covers about a district. */
const PART_LEVEL: Readonly<Record<"postcode", AddressLevel>> = { postcode: "district" };

const LINE_LEVELS = [
  "province",
  "city",
  "district",
  "street",
  "community",
  "compound",
  "building",
  "unit",
  "floor",
] as const;

// Five or more digits in a row are never a building or unit number: a phone, an ID, a code.
const LONG_DIGITS = /\d{5,}/;

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

function render(level: (typeof LINE_LEVELS)[number], v: string): string {
  if (level === "building") {
    if (/^\d+$/.test(v)) return `${v}号楼`;
    if (/^[A-Za-z]\d{0,3}$/.test(v)) return `${v}座`;
  }
  if (level === "unit" && /^\d+$/.test(v)) return `${v}单元`;
  if (level === "floor" && /^-?\d+$/.test(v)) return `${v}层`;
  return v;
}

/**
 * The full address line rebuilt down to `level`, from the record's structured parts where
 * it has them and from the parsed line otherwise. A compound read from the line is used only
 * when the building after it was recognised: otherwise the text taken for the compound may
 * still hold the room number.
 */
export function generaliseLine(
  line: unknown,
  get: (part: AddressLevel) => unknown,
  level: AddressLevel,
): string | undefined {
  const parsed = typeof line === "string" ? parseAddress(line) : {};
  const max = rank(level);
  const out: string[] = [];
  let province: string | undefined;
  for (const part of LINE_LEVELS) {
    if (rank(part) > max) break;
    const own = text(get(part));
    let v = own ?? text(parsed[part]);
    if (part === "compound" && own === undefined && parsed.building === undefined) v = undefined;
    if (part === "province") province = v;
    if (part === "city" && v !== undefined && v === province) continue;
    if (v === undefined || LONG_DIGITS.test(v)) continue;
    out.push(render(part, v));
  }
  return out.length > 0 ? out.join("") : undefined;
}

/** A GB/T 2260 (6-digit) or statistical (9-, 12-digit) division code cut to `level`. */
export function generaliseDivisionCode(code: unknown, level: AddressLevel): string | undefined {
  const c = typeof code === "number" ? String(code) : code;
  if (typeof c !== "string" || !/^\d{6,12}$/.test(c)) return undefined;
  const r = rank(level);
  if (r >= rank("community")) return c;
  if (r === rank("street")) return c.slice(0, 9);
  if (r === rank("district")) return c.slice(0, 6);
  if (r === rank("city")) return `${c.slice(0, 4)}00`;
  if (r === rank("province")) return `${c.slice(0, 2)}0000`;
  return undefined;
}

/** Whether generalising to `level` can leave anything of an address part. */
export function addressPartKept(
  part: AddressPart,
  level: AddressLevel,
  geoDecimals: number | undefined,
): boolean {
  switch (part) {
    case "line":
      return true;
    case "division-code":
      return level !== "country";
    case "postcode":
      return rank(level) >= rank(PART_LEVEL.postcode);
    case "geo":
    case "crs":
      return level === "room" || geoDecimals !== undefined;
    default:
      return rank(part) <= rank(level);
  }
}

/** What generalising to `level` does to one address part: keep, drop, or a new value. */
export function generaliseAddressPart(
  part: AddressPart,
  value: unknown,
  get: (part: AddressLevel) => unknown,
  level: AddressLevel,
  geoDecimals: number | undefined,
): unknown {
  switch (part) {
    case "line":
      return level === "room" ? value : generaliseLine(value, get, level);
    case "division-code":
      return generaliseDivisionCode(value, level);
    case "postcode":
      return rank(level) >= rank(PART_LEVEL.postcode) ? value : undefined;
    case "geo":
      if (level === "room") return value;
      if (geoDecimals === undefined || typeof value !== "number") return undefined;
      return Math.round(value * 10 ** geoDecimals) / 10 ** geoDecimals;
    case "crs":
      return level === "room" || geoDecimals !== undefined ? value : undefined;
    default:
      return rank(part) <= rank(level) ? value : undefined;
  }
}
