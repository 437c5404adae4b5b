import { toSimplified } from "@linli/core";
import { pinyin } from "pinyin-pro";
import { splitChineseName } from "../comparators/chinese-name/chinese-name.js";

// Blocking-key transforms over normalised keys, shared by the person profiles.

const HAN = /\p{Script=Han}/u;

/** Pinyin of the surname and of the given-name syllables in sorted order: homophones, swaps. */
export function namePinyinKey(name: string): string | undefined {
  if (!HAN.test(name)) return name.toLowerCase().replace(/[^a-z]/g, "") || undefined;
  const [surname, given] = splitChineseName(toSimplified(name).replace(/\s+/g, ""));
  const py = (s: string) => pinyin(s, { toneType: "none", type: "array", surname: "head" });
  return `${py(surname).join("")}:${py(given).sort().join("")}`;
}

/** Pinyin of the surname only. */
export function surnamePinyin(name: string): string | undefined {
  if (!HAN.test(name)) return undefined;
  const [surname] = splitChineseName(toSimplified(name).replace(/\s+/g, ""));
  return pinyin(surname, { toneType: "none", type: "array", surname: "head" }).join("");
}

/** Year of a YYYYMMDD date key. */
export const year = (date: string) => date.slice(0, 4);

/** Building, unit and room of an address key (compound dropped: it is written many ways). */
export function unitRoom(address: string): string | undefined {
  const [, building, unit, room] = address.split("|");
  return building && room ? `${building}|${unit}|${room}` : undefined;
}

/** The first 17 characters of a citizen ID: the ID without its check character. */
export const idBody = (id: string) => (id.length === 18 ? id.slice(0, 17) : undefined);

/** The birth date inside a citizen ID (typos elsewhere in the ID keep it). */
export const idBirth = (id: string) => (id.length === 18 ? id.slice(6, 14) : undefined);

/** The last eight digits of a phone number. */
export const last8 = (phone: string) => (phone.length >= 8 ? phone.slice(-8) : undefined);
