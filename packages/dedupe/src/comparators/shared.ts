import { toHalfWidth, toSimplified } from "@linli/core";

/** A raw cell as trimmed half-width text; `undefined` for empty, null and non-scalar values. */
export function asText(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== "string") return undefined;
  const s = toHalfWidth(value).trim();
  return s === "" ? undefined : s;
}

/** Name of a similarity level, e.g. "jw>=0.92". */
export const jwLevel = (t: number) => `jw>=${t}`;

const simplifiedChar = new Map<string, string>();
const HAN = /\p{Script=Han}/u;

/**
 * Simplified characters, one character at a time with a memo: names and addresses use a few
 * thousand distinct characters, and per-character conversion is far faster than OpenCC's
 * phrase segmentation (which matters little for names and addresses).
 */
export function simplifyChars(s: string): string {
  if (!HAN.test(s)) return s;
  let out = "";
  for (const c of s) {
    let t = simplifiedChar.get(c);
    if (t === undefined) {
      t = toSimplified(c);
      simplifiedChar.set(c, t);
    }
    out += t;
  }
  return out;
}

/**
 * Whether `len` characters of `a` from `i` equal those of `b` from `j` (both long enough):
 * what `a.slice(i, i + len) === b.slice(j, j + len)` says, without making two strings.
 */
export function sameChars(a: string, i: number, b: string, j: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}
