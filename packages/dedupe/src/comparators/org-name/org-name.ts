import { toSimplified } from "@linli/core";
import type { Comparator } from "../../types.js";
import { samePlace } from "../place-names/place-names.js";
import { madeBy } from "../recipe.js";
import { asText } from "../shared.js";
import { kindsAgree, type OrgNameParts, parseOrgName } from "./parse.js";
import { compareProper } from "./proper.js";

/** Features of an organisation name: its parts, and the normalised text. */
export interface OrgNameFeatures extends OrgNameParts {
  readonly full: string;
}

const LEVELS = [
  "exact",
  "same",
  "same-no-place",
  "similar",
  "kind-only",
  "other-script",
  "number-differs",
  "branch-differs",
  "place-differs",
  "kind-differs",
  "different",
] as const;
const level = (name: (typeof LEVELS)[number]) => LEVELS.indexOf(name);
const [EXACT, SAME, SAME_NO_PLACE, SIMILAR, KIND_ONLY] = [0, 1, 2, 3, 4];

/**
 * Normalised text of an organisation name: simplified, lower case, half width, spaces kept only
 * between Latin words.
 *
 * @example
 * ```ts
 * import { normalizeOrgName } from "@linli/dedupe";
 * normalizeOrgName(" 鄂州市 中心醫院（東院） "); // "鄂州市中心医院(东院)"
 * normalizeOrgName("Ezhou  Central Hospital"); // "ezhou central hospital"
 * ```
 */
export function normalizeOrgName(value: unknown): string | undefined {
  const s = asText(value);
  if (s === undefined) return undefined;
  const out = toSimplified(s)
    .toLowerCase()
    .replace(/[“”"]/g, "")
    .replace(/\s+/g, " ")
    .replace(/(?<=[\p{Script=Han}()])\s+|\s+(?=[\p{Script=Han}()])/gu, "")
    .trim();
  return out === "" ? undefined : out;
}

/** 0 same place, 1 a side names none, 2 different places. */
function placeRelation(a: OrgNameFeatures, b: OrgNameFeatures): number {
  const pa = a.places[a.places.length - 1];
  const pb = b.places[b.places.length - 1];
  if (!pa || !pb) return 1;
  if (samePlace(pa, pb)) return 0;
  if (a.latin || b.latin) return pa.pinyin === pb.pinyin ? 0 : 2;
  // One name has no broader place to tell which 长安 or 鼓楼 it is.
  const alone = a.places.length === 1 || b.places.length === 1;
  return alone && pa.short === pb.short ? 0 : 2;
}

/** 0 same, 1 similar, 2 different, 3 both have none (the name is place + kind), 4 other script. */
function restRelation(a: OrgNameFeatures, b: OrgNameFeatures): number {
  if (a.rest === "" && b.rest === "") return 3;
  if (a.rest === "" || b.rest === "") return 2;
  const r = compareProper(
    { latin: a.latin, text: a.rest, key: a.restKey },
    { latin: b.latin, text: b.rest, key: b.restKey },
  );
  return r <= 1 ? 0 : r === 2 ? 1 : r === 3 ? 4 : 2;
}

/**
 * Names of organisations and facilities, compared by what tells them apart: the place (GB/T
 * 2260 divisions, with or without 省/市/县/区, or in pinyin), the number (第一, 一院, No. 1,
 * A座), the branch or campus (东院, 汉阳分院, Cumbria Branch) and the proper name; the kind
 * (人民医院, 社区卫生服务中心, warehouse) must agree, and legal forms are dropped. Chinese
 * and English names of one hospital meet through pinyin and the kind vocabulary.
 *
 * Levels: `exact`, `same` (every part agrees), `same-no-place` (one name has no place),
 * `similar` (the proper name differs by an abbreviation or a typo), `kind-only` (nothing but
 * the kind agrees: 人民医院 / 鄂州市人民医院), `other-script` (a Chinese and a Latin proper
 * name that do not meet in pinyin: maybe a translation), then disagreements that tell two apart:
 * `number-differs`, `branch-differs`, `place-differs`, `kind-differs`, and `different`.
 * With term-frequency adjustment, shared rare parts (鄂州, 协和) weigh more than common ones.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.orgName();
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("湖北省鄂州市第一人民医院"), f("鄂州一医院"))]; // "same"
 * c.levels[c.compare(f("黄梅县人民医院"), f("蕲春县人民医院"))]; // "place-differs"
 * c.levels[c.compare(f("鄂州市中心医院"), f("Ezhou Central Hospital"))]; // "same"
 * ```
 */
export function orgName(): Comparator<OrgNameFeatures> {
  return madeBy("orgName", undefined, {
    id: "org-name",
    levels: LEVELS,
    tokenLevels: KIND_ONLY + 1,
    against: KIND_ONLY + 2,
    // Re-typed names mostly keep every part; a bare kind (人民医院) or a conflict is rare.
    m: [0.55, 0.3, 0.06, 0.05, 0.002, 0.02, 0.003, 0.002, 0.002, 0.002, 0.009],
    normalize: normalizeOrgName,
    features: (key) => ({ ...parseOrgName(key), full: key }),
    compare(a, b) {
      if (a.full === b.full) return EXACT;
      if (!kindsAgree(a.kind, b.kind)) return level("kind-differs");
      const place = placeRelation(a, b);
      if (place === 2) return level("place-differs");
      if (a.numbers !== b.numbers) return level("number-differs");
      if (a.branch !== b.branch) return level("branch-differs");
      const rest = restRelation(a, b);
      if (rest === 2) return level("different");
      if (rest === 4) return level("other-script");
      const sameKind = a.kind === b.kind;
      if (rest === 3) return place === 0 ? (sameKind ? SAME : SIMILAR) : KIND_ONLY;
      if (rest === 0) return place === 0 ? (sameKind ? SAME : SIMILAR) : SAME_NO_PLACE;
      return SIMILAR;
    },
    tokens(f) {
      const out: string[] = [];
      const p = f.places[f.places.length - 1];
      if (p) out.push(`p:${p.pinyin}`);
      if (f.kind) out.push(`k:${f.kind}`);
      if (f.numbers) out.push(`n:${f.numbers}`);
      if (f.branch) out.push(`b:${f.branch}`);
      if (f.restKey) out.push(`r:${f.restKey}`);
      return out;
    },
  });
}
