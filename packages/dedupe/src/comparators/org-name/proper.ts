import { jaroWinkler } from "../jaro-winkler/jaro-winkler.js";

/** A proper name (what is left of a name without place, kind, number and branch). */
export interface Proper {
  readonly latin: boolean;
  /** The text: Chinese characters, or Latin words joined by spaces. */
  readonly text: string;
  /** Toneless pinyin without spaces (Latin: the words joined), to compare across scripts. */
  readonly key: string;
}

/** Relations of two proper names, strongest first. */
export const PROPER_LEVELS = ["exact", "same", "similar", "other-script", "different"] as const;

// An abbreviation keeps characters in order (鄂钢 of 鄂州钢铁) and at least half of them.
function abbreviates(long: string, short: string): boolean {
  if (short.length < 2 || short.length * 2 < long.length) return false;
  if (long.includes(short)) return true;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * Compare two non-empty proper names: `exact`; `same` (a Chinese name and its pinyin);
 * `similar` (a homophone, an abbreviation, a Latin typo); `other-script` (Chinese against
 * Latin that do not meet: maybe a translation); `different`. Chinese names one character
 * apart are different names (双田 / 双塘), not typos.
 */
export function compareProper(a: Proper, b: Proper): number {
  if (a.text === b.text) return 0;
  if (a.key === b.key) return a.latin !== b.latin ? 1 : 2;
  if (a.latin === b.latin) {
    const [x, y] = a.text.length >= b.text.length ? [a.text, b.text] : [b.text, a.text];
    if (abbreviates(x, y)) return 2;
    return a.latin && jaroWinkler(a.text, b.text) >= 0.92 ? 2 : 4;
  }
  if (jaroWinkler(a.key, b.key) >= 0.95) return 2;
  return 3;
}
