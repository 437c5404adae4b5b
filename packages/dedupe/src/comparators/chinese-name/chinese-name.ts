import { expectText, isMaskedName, normalizeName } from "@linli/core";
import { pinyin } from "pinyin-pro";
import type { Comparator } from "../../types.js";
import { damerauLevenshtein } from "../damerau-levenshtein/damerau-levenshtein.js";
import { jaroWinkler } from "../jaro-winkler/jaro-winkler.js";
import { madeBy } from "../recipe.js";
import { asText, simplifyChars } from "../shared.js";

/** What the name comparator compares, computed once per distinct name. */
export interface NameFeatures {
  /** The comparison key itself. */
  readonly key: string;
  /** Simplified, without spaces; lower-case for Latin names. */
  readonly simplified: string;
  /** Toneless pinyin syllables joined by spaces (Latin names: their lower-case letters). */
  readonly pinyin: string;
  /** Surname (simplified) and given-name characters sorted, for swaps. */
  readonly surname: string;
  readonly sortedGiven: string;
  /** Pinyin of the surname, then of the given-name syllables in sorted order. */
  readonly sortedPinyin: string;
  /**
   * Latin names only (empty for Chinese ones): the sound skeleton of each word (see
   * {@link latinSound}) in order, so that transliterations agree (Mohammed Ali, Muhammad
   * Ali), and in sorted order, so that first and last names swapped agree too.
   */
  readonly sound: string;
  readonly sortedSound: string;
}

// Compound surnames, so that 欧阳娜娜's given name is 娜娜 and not 阳娜娜.
const COMPOUND = new Set(
  "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 万俟 闻人 澹台 呼延 申屠 太史 赫连 公冶 濮阳 拓跋".split(
    " ",
  ),
);
const HAN = /\p{Script=Han}/u;

const sortChars = (s: string) => [...s].sort().join("");

// Per-character memos: names are short and made of a few thousand distinct characters, so
// converting and spelling characters one by one is much faster than whole-phrase conversion.
const pinyinChar = new Map<string, string>();
const pinyinSurname = new Map<string, string>();

function charPinyin(c: string): string {
  let p = pinyinChar.get(c);
  if (p === undefined) {
    p = pinyin(c, { toneType: "none", segmentit: 1 })
      .toLowerCase()
      .replace(/[^a-zü]/g, "");
    pinyinChar.set(c, p);
  }
  return p;
}

/**
 * Toneless pinyin of a surname, read as a surname (单 shan, 曾 zeng).
 *
 * @example
 * ```ts
 * import { surnamePinyin } from "@linli/dedupe";
 * surnamePinyin("单"); // "shan"
 * ```
 */
export function surnamePinyin(surname: string): string {
  expectText("surnamePinyin", "surname", surname);
  let p = pinyinSurname.get(surname);
  if (p === undefined) {
    p = pinyin(surname, { toneType: "none", type: "array", surname: "head", segmentit: 1 })
      .join("")
      .toLowerCase()
      .replace(/[^a-zü]/g, "");
    pinyinSurname.set(surname, p);
  }
  return p;
}

/**
 * Surname and given name of a simplified Chinese name (without separators); compound surnames
 * such as 欧阳 are kept whole.
 *
 * @example
 * ```ts
 * import { splitChineseName } from "@linli/dedupe";
 * splitChineseName("欧阳娜娜"); // ["欧阳", "娜娜"]
 * ```
 */
export function splitChineseName(name: string): [surname: string, given: string] {
  expectText("splitChineseName", "name", name);
  const n = COMPOUND.has(name.slice(0, 2)) && name.length > 2 ? 2 : 1;
  return [name.slice(0, n), name.slice(n)];
}

/**
 * Person names, Chinese first. Levels, strongest first:
 * - `exact`; `variant`: equal once traditional characters are simplified (張靜 / 张静) or
 *   spaces and case are ignored ("王 伟" / 王伟);
 * - `homophone`: same pinyin, other characters (王伟 / 王玮), also a name written in pinyin
 *   ("Wang Wei" / 王伟), and Latin names that sound the same (Mohammed Ali / Muhammad Ali);
 * - `swapped`: same surname, given-name characters (or their pinyin) in another order
 *   (王小明 / 王明小, 程妍健 / 程建妍), and Latin names with their words in another order
 *   (Ahmed Hamed / Hamed Ahmad);
 * - `one-char`: one character added, lost or changed (王小明 / 王晓明 when not homophones);
 * - `pinyin-close`: Jaro-Winkler ≥ 0.9 on the pinyin (or on Latin names);
 * - `different`.
 *
 * A name with characters hidden (李**, 张某某: `isMaskedName`) counts as missing.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.chineseName();
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("張靜"), f("张静"))]; // "variant"
 * c.levels[c.compare(f("王伟"), f("王玮"))]; // "homophone"
 * c.levels[c.compare(f("王小明"), f("王明小"))]; // "swapped"
 * ```
 */
export function chineseName(): Comparator<NameFeatures> {
  return madeBy("chineseName", undefined, {
    id: "chinese-name",
    levels: ["exact", "variant", "homophone", "swapped", "one-char", "pinyin-close", "different"],
    // One person's name is rarely written as another name altogether.
    m: [0.8, 0.08, 0.05, 0.03, 0.02, 0.018, 0.002],
    normalize(value) {
      const s = asText(value);
      if (s === undefined) return undefined;
      const name = normalizeName(s);
      // 李** matches every 李 with two characters hidden: as good as no name.
      return isMaskedName(name) ? undefined : name;
    },
    features: nameFeatures,
    compare(a, b) {
      if (a.key === b.key) return 0;
      if (a.simplified === b.simplified) return 1;
      if (a.pinyin === b.pinyin && a.pinyin !== "") return 2;
      if (a.sound !== "" && a.sound === b.sound) return 2;
      if (a.sortedSound.includes(" ") && a.sortedSound === b.sortedSound) return 3;
      if (a.surname === b.surname && a.sortedGiven === b.sortedGiven && a.sortedGiven !== "") {
        return 3;
      }
      if (a.sortedPinyin === b.sortedPinyin && a.sortedPinyin.includes(" ")) return 3;
      if (a.surname === b.surname && damerauLevenshtein(a.simplified, b.simplified, 1) <= 1) {
        return 4;
      }
      return jaroWinkler(a.pinyin, b.pinyin) >= 0.9 ? 5 : 6;
    },
    // What each agreeing level rests on, for term frequencies: the name itself, its simplified
    // form, its sound, its characters in any order, and on "one-char" the surname.
    frequencyKeys: {
      levels: 5,
      at: (level, f) =>
        [f.key, f.simplified, f.sound || f.pinyin, f.sortedSound || f.sortedPinyin, f.surname][
          level
        ] || undefined,
    },
    sql: {
      columns: [
        "simplified",
        "pinyin",
        "sound",
        "sortedSound",
        "surname",
        "sortedGiven",
        "sortedPinyin",
      ].map((name) => ({ name, type: "text" as const })),
      values: (f) => [
        f.simplified,
        f.pinyin,
        f.sound,
        f.sortedSound,
        f.surname,
        f.sortedGiven,
        f.sortedPinyin,
      ],
      levels: (a, b, d) => [
        null,
        `${a("simplified")} = ${b("simplified")}`,
        `(${a("pinyin")} = ${b("pinyin")} AND ${a("pinyin")} <> '') OR (${a("sound")} <> '' AND ${a("sound")} = ${b("sound")})`,
        `(${d.contains(a("sortedSound"), "' '")} AND ${a("sortedSound")} = ${b("sortedSound")}) OR (${a("surname")} = ${b("surname")} AND ${a("sortedGiven")} = ${b("sortedGiven")} AND ${a("sortedGiven")} <> '') OR (${a("sortedPinyin")} = ${b("sortedPinyin")} AND ${d.contains(a("sortedPinyin"), "' '")})`,
        `${a("surname")} = ${b("surname")} AND ${d.editDistance(a("simplified"), b("simplified"), 1)} <= 1`,
        `${d.jaroWinkler(a("pinyin"), b("pinyin"))} >= ${d.double(0.9)}`,
      ],
    },
  });
}

/**
 * The features {@link chineseName} compares: simplified form, pinyin, surname and sorted
 * given-name characters and syllables.
 *
 * @example
 * ```ts
 * import { nameFeatures } from "@linli/dedupe";
 * nameFeatures("張靜").pinyin; // "zhangjing"
 * ```
 */
export function nameFeatures(key: string): NameFeatures {
  expectText("nameFeatures", "key", key);
  if (!HAN.test(key)) {
    const lower = key.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const words = lower.split(/[\s.·,'’-]+/).filter(Boolean);
    const sounds = words.map(latinSound).filter(Boolean);
    return {
      key,
      simplified: words.join(""),
      pinyin: lower.replace(/[^a-z]/g, ""),
      surname: words.at(-1) ?? "",
      sortedGiven: words.slice(0, -1).sort().join(" "),
      sortedPinyin:
        words.length > 1 ? `${words.at(-1)} ${words.slice(0, -1).sort().join(" ")}` : "",
      sound: sounds.join(" "),
      sortedSound: [...sounds].sort().join(" "),
    };
  }
  const simplified = simplifyChars(key.replace(/\s+/g, ""));
  const [surname, given] = splitChineseName(simplified);
  const givenPinyin = [...given].map(charPinyin);
  const surnamePy = surnamePinyin(surname);
  return {
    key,
    simplified,
    pinyin: surnamePy + givenPinyin.join(""),
    surname,
    sortedGiven: sortChars(given),
    sortedPinyin: `${surnamePy} ${givenPinyin.sort().join(" ")}`,
    sound: "",
    sortedSound: "",
  };
}

/**
 * The sound skeleton of a Latin-script name word, the same across common transliterations:
 * the first letter (a vowel as "a"), then the consonants, with letters that sound alike
 * merged and doubled letters once. Muhammad, Mohammed and Mohamed give "mhmd"; Ahmed and
 * Ahmad "ahmd"; Fatima and Fatema "ftm"; Zaynab and Zeinab "snb"; Yusuf and Youssef "ysf".
 *
 * @example
 * ```ts
 * import { latinSound } from "@linli/dedupe";
 * latinSound("Muhammad") === latinSound("Mohamed"); // true ("mhmd")
 * ```
 */
export function latinSound(word: string): string {
  expectText("latinSound", "word", word);
  const w = word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/ph/g, "f")
    .replace(/(?<=[aeiouy])h$/, "")
    .replace(/ck|q|c(?!h)/g, "k")
    .replace(/([bdfgkpstz])h/g, "$1")
    .replace(/z/g, "s")
    .replace(/v/g, "w");
  if (w === "") return "";
  const first = /[aeiouy]/.test(w[0]!) && w[0] !== "y" ? "a" : w[0]!;
  let out = first;
  for (let i = 1; i < w.length; i++) {
    const c = w[i]!;
    if ("aeiouy".includes(c)) continue;
    if (c === "h" && i > 0 && !"aeiouy".includes(w[i - 1]!) && out.length > 0) continue;
    if (out.at(-1) !== c) out += c;
  }
  return out;
}
