import type { NameFeatures } from "../../comparators/chinese-name/chinese-name.js";
import type { KeyTransform } from "../../types.js";
import { home, idBirth, idBody, last8, namePinyinKey, surnameKey, year } from "../keys.js";
import { kindRoot, placePinyin, properKey, roadNumberKey } from "../org-keys.js";

// Blocking-key transforms a JSON profile names. Each reads a field's normalised key (and the
// comparator's features of it); one given a field of another kind finds nothing, not an error.

const MINUTES_PER_DAY = 1440;
const CHINA_OFFSET = 480;

const safe =
  (f: (key: string, features: never) => string | number | undefined): KeyTransform =>
  (key, features) => {
    try {
      const v = f(key, features);
      return v === undefined || (typeof v === "number" && Number.isNaN(v)) ? undefined : v;
    } catch {
      return undefined;
    }
  };

/** The named transforms, by name. */
export const TRANSFORMS: Readonly<Record<string, KeyTransform>> = {
  /** Last eight digits of a phone. */
  last8: safe(last8),
  /** Year of a date. */
  year: safe(year),
  /** Pinyin of a Chinese name's surname. */
  surname: safe((k, f: NameFeatures) => surnameKey(k, f)),
  /** Pinyin of a Chinese name, syllables of the given name sorted. */
  namePinyin: safe((k, f: NameFeatures) => namePinyinKey(k, f)),
  /** A citizen ID without its check character. */
  idBody: safe(idBody),
  /** The birth date inside a citizen ID. */
  idBirth: safe(idBirth),
  /** Compound, building, unit and room of a home address. */
  home: safe(home),
  /** The compound of a home address. */
  compound: safe((k: string) => k.split("|")[0] || undefined),
  /** The day (China time) of a moment compared with `time`. */
  day: safe((k: string) => Math.floor((Number(k) + CHINA_OFFSET) / MINUTES_PER_DAY)),
  /** Pinyin of the place in an organisation name (`orgNamePart:place`). */
  placePinyin: safe(placePinyin),
  /** The broadest kind of an organisation (`orgNamePart:kind`). */
  kindRoot: safe(kindRoot),
  /** The proper name of an organisation across scripts (`orgNamePart:proper`). */
  properName: safe(properKey),
  /** Road and number of a street address (`streetAddress`). */
  roadNumber: safe(roadNumberKey),
};
