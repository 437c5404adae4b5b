import { chineseNumeral, expectText } from "@linli/core";
import { pinyin } from "pinyin-pro";
import { latinPlaces, leadingPlaces, type PlaceRef } from "../place-names/place-names.js";
import {
  BRANCH_EN,
  DIRECTION,
  FILLER_EN,
  KINDS,
  type Kind,
  LEGAL_EN,
  LEGAL_ZH,
  ORDINAL_EN,
  SUBPLACE_EN,
} from "./vocabulary.js";

/** An organisation or facility name taken apart: what tells it from others of its kind. */
export interface OrgNameParts {
  /** Written in Latin script (no Chinese characters). */
  readonly latin: boolean;
  /** Divisions named in it, broadest first; the last says where it is. */
  readonly places: readonly PlaceRef[];
  /** Its kind (`people-hospital`, `warehouse`…), from the vocabulary of kinds; "" when none. */
  readonly kind: string;
  /** Numbers and codes in it (第一 → "1", A座 → "a"), sorted, joined by ",". */
  readonly numbers: string;
  /** Branch or campus (东院 → "e", 汉阳分院 → "hanyang"). */
  readonly branch: string;
  /** What is left: the proper name (协和, 城关, "allerdale community"). */
  readonly rest: string;
  /** The rest in toneless pinyin without spaces (Latin: its words joined), across scripts. */
  readonly restKey: string;
  /** Legal form found ("有限公司", "ltd"). */
  readonly legal: string;
}

const kindById = new Map(KINDS.map((k) => [k.id, k]));

/**
 * True when two kinds can name the same organisation: equal, one within the other (a 人民医院
 * is a 医院), or one unknown.
 *
 * @example
 * ```ts
 * import { kindsAgree } from "@linli/dedupe";
 * kindsAgree("hospital", "people-hospital"); // true
 * kindsAgree("tcm-hospital", "people-hospital"); // false
 * ```
 */
export function kindsAgree(a: string, b: string): boolean {
  if (a === "" || b === "" || a === b) return true;
  const up = (k: Kind | undefined): string[] =>
    k ? [k.id, ...up(kindById.get(k.parent ?? ""))] : [];
  return up(kindById.get(a)).includes(b) || up(kindById.get(b)).includes(a);
}

const ZH_KINDS = KINDS.flatMap((k) => k.zh.map((w) => [w, k.id] as const)).sort(
  (x, y) => y[0].length - x[0].length,
);
const EN_KINDS = KINDS.flatMap((k) => k.en.map((w) => [w.split(" "), k.id] as const)).sort(
  (x, y) => y[0].length - x[0].length,
);

const pinyinKey = (s: string) =>
  /\p{Script=Han}/u.test(s)
    ? pinyin(s, { toneType: "none", type: "array", nonZh: "consecutive" })
        .join("")
        .replace(/[^a-z0-9]/g, "")
    : s.replace(/[^a-z0-9]/g, "");

const NUMERAL = "零〇一二两三四五六七八九十百";
const ORDINAL_ZH = new RegExp(`第([${NUMERAL}\\d]+)`, "g");
const NUMBERED_ZH = new RegExp(`([${NUMERAL}]+|\\d+)号`, "g");
const LETTER_ZH = /(?<![a-z])([a-z])(?=[区座库栋号])/g;
const BRANCH_ZH =
  /(?:([东西南北中])院区?|([^院会部心所站库司队]{2,4}?)(?:院区|分院|分部|分会|分中心|分所|分站|分库|分公司|门诊部))$/u;
const SUBPLACE_END = /(?:街道|社区|镇|乡|街)$/;

const number = (s: string): string => {
  if (/^\d+$/.test(s)) return String(Number(s));
  const n = chineseNumeral(s);
  return n === undefined ? s : String(n);
};

/**
 * Take a normalised organisation or facility name apart (see {@link OrgNameParts}).
 *
 * @example
 * ```ts
 * import { parseOrgName } from "@linli/dedupe";
 * const p = parseOrgName("湖北省鄂州市第一人民医院");
 * [p.places.map((x) => x.short), p.kind, p.numbers]; // [["湖北", "鄂州"], "people-hospital", "1"]
 * parseOrgName("ezhou no.1 people's hospital").numbers; // "1"
 * ```
 */
export function parseOrgName(name: string): OrgNameParts {
  expectText("parseOrgName", "name", name);
  return /\p{Script=Han}/u.test(name) ? parseChinese(name) : parseLatin(name);
}

function parseChinese(input: string): OrgNameParts {
  let s = input.replace(/\s+/g, "").replace(/^中国/, "");
  const numbers: string[] = [];
  let branch = "";
  let legal = "";
  const places: PlaceRef[] = [];
  // Brackets: a place or a branch, else part of the name.
  s = s.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const p = leadingPlaces(inner, { whole: true });
    if (p.places.length > 0 && p.rest === "") {
      for (const x of p.places) places.push(x);
      return "";
    }
    return inner;
  });
  const lead = leadingPlaces(s);
  const all = lead.places.concat(places);
  places.length = 0;
  for (const x of all) places.push(x);
  s = lead.rest;
  for (const form of LEGAL_ZH) {
    if (s.endsWith(form) && s.length > form.length) {
      legal = form;
      s = s.slice(0, -form.length);
      break;
    }
  }
  const b = BRANCH_ZH.exec(s);
  if (b) {
    const q = b[1] ?? b[2]!;
    const p = leadingPlaces(q, { whole: true });
    if (p.places.length > 0 && p.rest === "") for (const x of p.places) places.push(x);
    else branch = DIRECTION[q] ?? pinyinKey(q);
    s = s.slice(0, b.index);
  }
  s = s
    .replace(ORDINAL_ZH, (_, n: string) => {
      numbers.push(number(n));
      return "";
    })
    .replace(NUMBERED_ZH, (_, n: string) => {
      numbers.push(number(n));
      return "";
    })
    .replace(LETTER_ZH, (_, l: string) => {
      numbers.push(l);
      return "";
    });
  let kind = "";
  for (const [word, id] of ZH_KINDS) {
    const at = s.lastIndexOf(word);
    if (at >= 0) {
      kind = id;
      s = s.slice(0, at) + s.slice(at + word.length);
      break;
    }
  }
  // "鄂州一医院", "市一医院": a numeral left alone is the hospital's number.
  const bare = new RegExp(`^(?:[市县区])?([${NUMERAL}]+)$`).exec(s);
  if (bare) {
    numbers.push(number(bare[1]!));
    s = "";
  }
  s = s.replace(/^[市县区省]$/, "").replace(SUBPLACE_END, "");
  return {
    latin: false,
    places,
    kind,
    numbers: numbers.sort().join(","),
    branch,
    rest: s,
    restKey: pinyinKey(s),
    legal,
  };
}

function parseLatin(input: string): OrgNameParts {
  const words = input
    .replace(/['’`]s\b/g, "s")
    .replace(/['’`]/g, "")
    .replace(/\bno\.?\s*(\d+)/g, " #$1 ")
    .split(/[^a-z0-9#]+/)
    .filter((w) => w !== "");
  const numbers: string[] = [];
  let branch = "";
  let legal = "";
  const { places, used } = latinPlaces(words);
  let kept: string[] = [];
  words.forEach((w, i) => {
    if (used.has(i)) return;
    if (BRANCH_EN.has(w)) {
      // "Cumbria Branch": the word before names it, unless it was a place.
      const prev = kept[kept.length - 1];
      if (prev !== undefined && !used.has(i - 1)) {
        branch = DIRECTION[prev] ?? prev;
        kept.pop();
      }
      return;
    }
    kept.push(w);
  });
  let kind = "";
  for (const [phrase, id] of EN_KINDS) {
    const at = indexOfWords(kept, phrase);
    if (at >= 0) {
      kind = id;
      kept = [...kept.slice(0, at), ...kept.slice(at + phrase.length)];
      break;
    }
  }
  const rest: string[] = [];
  kept.forEach((w, i) => {
    if (LEGAL_EN.has(w)) legal = w;
    else if (FILLER_EN.has(w) || SUBPLACE_EN.has(w)) return;
    else if (w.startsWith("#")) numbers.push(String(Number(w.slice(1))));
    else if (ORDINAL_EN[w]) numbers.push(String(ORDINAL_EN[w]));
    else if (/^\d+(?:st|nd|rd|th)?$/.test(w)) numbers.push(String(Number.parseInt(w, 10)));
    else if (/\d/.test(w) || (w.length === 1 && i > 0)) numbers.push(w);
    else rest.push(w);
  });
  const text = rest.join(" ");
  return {
    latin: true,
    places,
    kind,
    numbers: numbers.sort().join(","),
    branch,
    rest: text,
    restKey: text.replace(/ /g, ""),
    legal,
  };
}

function indexOfWords(words: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}
