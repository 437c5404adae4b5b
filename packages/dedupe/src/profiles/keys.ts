import type { NameFeatures } from "../comparators/chinese-name/chinese-name.js";

// Blocking-key transforms over normalised keys, shared by the person profiles.

/**
 * Pinyin of the surname and of the given-name syllables in sorted order: homophones, swaps.
 * Latin names: the sound skeletons of their words in sorted order (transliterations, first
 * and last names swapped), one word too.
 */
export const namePinyinKey = (_name: string, f: NameFeatures): string | undefined =>
  f.sortedSound || f.sortedPinyin || undefined;

/** Pinyin of the surname only; a Latin name's last word, also when it is the only one. */
export const surnameKey = (_name: string, f: NameFeatures): string | undefined =>
  f.sortedSound !== ""
    ? f.surname || undefined
    : f.sortedPinyin.includes(" ")
      ? f.sortedPinyin.split(" ")[0]
      : undefined;

/** Year of a YYYYMMDD date key. */
export const year = (date: string) => Number(date.slice(0, 4));

/** Compound, building, unit and room of an address key, when all but the unit are known. */
export function home(address: string): string | undefined {
  const [compound, building, , room] = address.split("|");
  return compound && building && room ? address : undefined;
}

/** A 52-bit hash of a text, as a numeric blocking key (collisions only add a few pairs). */
function hash52(s: string, from: number, to: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x100000 + (h2 >>> 12);
}

const digits = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
};

/** The first 17 characters of a citizen ID: the ID without its check character. */
export const idBody = (id: string) => (id.length === 18 ? hash52(id, 0, 17) : undefined);

/** The birth date inside a citizen ID (typos elsewhere in the ID keep it). */
export const idBirth = (id: string) => (id.length === 18 ? digits(id, 6, 14) : undefined);

/** The last eight digits of a phone number. */
export const last8 = (phone: string) =>
  phone.length >= 8 ? digits(phone, phone.length - 8, phone.length) : undefined;

/**
 * The transforms above by name: a worker thread, which cannot be sent functions, derives the
 * block keys of a rule using them from their names (see `transformName`).
 */
export const NAMED_TRANSFORMS: Readonly<Record<string, (key: string, features: never) => unknown>> =
  { namePinyinKey, surnameKey, year, home, idBody, idBirth, last8 };

/** The name of a transform in {@link NAMED_TRANSFORMS}; `""` for none (the key itself). */
export function transformName(t: unknown): string | undefined {
  if (t === undefined) return "";
  for (const [name, fn] of Object.entries(NAMED_TRANSFORMS)) if (fn === t) return name;
  return undefined;
}
