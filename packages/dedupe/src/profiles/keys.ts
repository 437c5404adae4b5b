import type { NameFeatures } from "../comparators/chinese-name/chinese-name.js";

// Blocking-key transforms over normalised keys, shared by the person profiles.

/** Pinyin of the surname and of the given-name syllables in sorted order: homophones, swaps. */
export const namePinyinKey = (_name: string, f: NameFeatures): string | undefined =>
  f.sortedPinyin || undefined;

/** Pinyin of the surname only. */
export const surnameKey = (_name: string, f: NameFeatures): string | undefined =>
  f.sortedPinyin.includes(" ") ? f.sortedPinyin.split(" ")[0] : undefined;

/** Year of a YYYYMMDD date key. */
export const year = (date: string) => date.slice(0, 4);

/** Compound, building, unit and room of an address key, when all but the unit are known. */
export function home(address: string): string | undefined {
  const [compound, building, , room] = address.split("|");
  return compound && building && room ? address : undefined;
}

/** The first 17 characters of a citizen ID: the ID without its check character. */
export const idBody = (id: string) => (id.length === 18 ? id.slice(0, 17) : undefined);

/** The birth date inside a citizen ID (typos elsewhere in the ID keep it). */
export const idBirth = (id: string) => (id.length === 18 ? id.slice(6, 14) : undefined);

/** The last eight digits of a phone number. */
export const last8 = (phone: string) => (phone.length >= 8 ? phone.slice(-8) : undefined);
