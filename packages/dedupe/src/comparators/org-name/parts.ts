import { DedupeOptionError } from "../../errors/option-error.js";
import type { Comparator } from "../../types.js";
import { type PlaceRef, placeIndex, samePlace, within } from "../place-names/place-names.js";
import { madeBy } from "../recipe.js";
import { normalizeOrgName } from "./org-name.js";
import { kindsAgree, type OrgNameParts, parseOrgName } from "./parse.js";
import { compareProper, PROPER_LEVELS, type Proper } from "./proper.js";

/** The parts of an organisation name that {@link orgNamePart} compares one by one. */
export type OrgNamePart = "place" | "kind" | "number" | "branch" | "proper";

// One name is parsed once for all its parts (the engine asks each part's comparator).
let memo = new Map<string, OrgNameParts | undefined>();
function parts(value: unknown): OrgNameParts | undefined {
  const key = normalizeOrgName(value);
  if (key === undefined) return undefined;
  let p = memo.get(key);
  if (p === undefined && !memo.has(key)) {
    if (memo.size >= 65_536) memo = new Map();
    p = parseOrgName(key);
    memo.set(key, p);
  }
  return p;
}

/** Place features: the division, whether the name was Latin, whether it named only this place. */
interface PlaceFeatures {
  readonly ref: PlaceRef | undefined;
  readonly latin: boolean;
  readonly alone: boolean;
}

const place: Comparator<PlaceFeatures> = {
  id: "org-place",
  levels: ["same", "within", "different"],
  m: [0.95, 0.03, 0.02],
  against: 1,
  normalize(value) {
    const p = parts(value);
    const ref = p?.places[p.places.length - 1];
    return ref && `${ref.code}|${p.latin ? 1 : 0}|${p.places.length === 1 ? 1 : 0}`;
  },
  features(key) {
    const [code = "", latin, alone] = key.split("|");
    return { ref: placeIndex().byCode.get(code), latin: latin === "1", alone: alone === "1" };
  },
  compare(a, b) {
    const x = a.ref;
    const y = b.ref;
    if (!x || !y || samePlace(x, y)) return 0;
    // Across scripts only the pinyin is known; one name without a broader place may mean
    // either 长安区.
    if ((a.latin || b.latin) && x.pinyin === y.pinyin) return 0;
    if ((a.alone || b.alone) && x.short === y.short) return 0;
    return within(x, y) || within(y, x) ? 1 : 2;
  },
  tokens: (f) => (f.ref ? [f.ref.pinyin] : []),
};

const kind: Comparator<string> = {
  id: "org-kind",
  levels: ["same", "related", "different"],
  m: [0.9, 0.09, 0.01],
  against: 2,
  normalize: (value) => parts(value)?.kind || undefined,
  features: (key) => key,
  compare: (a, b) => (a === b ? 0 : kindsAgree(a, b) ? 1 : 2),
};

/** Numbers and branches: names without one agree on having none. */
const code = (id: string, pick: (p: OrgNameParts) => string): Comparator<string> => ({
  id,
  levels: ["same", "one-sided", "different"],
  m: [0.99, 0.005, 0.005],
  against: 1,
  normalize(value) {
    const p = parts(value);
    return p && (pick(p) || "-");
  },
  features: (key) => key,
  compare: (a, b) => (a === b ? 0 : a === "-" || b === "-" ? 1 : 2),
});

const proper: Comparator<Proper> = {
  id: "org-proper-name",
  levels: PROPER_LEVELS,
  m: [0.8, 0.06, 0.1, 0.03, 0.01],
  against: 3,
  normalize(value) {
    const p = parts(value);
    return p?.rest ? `${p.latin ? "l" : "z"}|${p.rest}|${p.restKey}` : undefined;
  },
  features(key) {
    const [script, text = "", k = ""] = key.split("|");
    return { latin: script === "l", text, key: k };
  },
  compare: compareProper,
  tokens: (f) => (f.latin ? f.text.split(" ").filter((w) => w.length > 1) : f.key ? [f.key] : []),
  tokenLevels: 3,
};

const COMPARATORS: Readonly<Record<OrgNamePart, Comparator>> = {
  place: place as Comparator,
  kind: kind as Comparator,
  number: code("org-number", (p) => p.numbers) as Comparator,
  branch: code("org-branch", (p) => p.branch) as Comparator,
  proper: proper as Comparator,
};

/**
 * One part of organisation and facility names, as a comparator of its own, so that each part
 * is weighed by what it says (Fellegi–Sunter m and u per part): `place` (GB/T 2260 division,
 * in Chinese with or without 省/市/县/区, or in pinyin; levels `same`, `within`,
 * `different`), `kind` (人民医院, 社区卫生服务中心, warehouse; `same`, `related` as 医院 and
 * 人民医院 are, `different`), `number` (第一, 一院, No. 1, A座) and `branch` (东院, 分院, Cumbria
 * Branch; `same`, `one-sided`, `different`), and `proper` (the name left when those and legal
 * forms are taken out: 协和, 城关, "allerdale community"; missing when the name is only place
 * and kind; `exact`, `same` across scripts, `similar`, `other-script` (a Chinese and a Latin
 * name that do not meet in pinyin: maybe a translation), `different`). With term frequencies
 * from the data, agreeing on 鄂州 or 协和 weighs more than on 人民医院.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const place = comparators.orgNamePart("place");
 * const f = (s: string) => place.features(place.normalize(s)!);
 * place.levels[place.compare(f("湖北省鄂州市中心医院"), f("Ezhou Central Hospital"))]; // "same"
 * place.levels[place.compare(f("黄梅县人民医院"), f("蕲春县人民医院"))]; // "different"
 * ```
 */
export function orgNamePart(part: OrgNamePart): Comparator {
  const c = COMPARATORS[part];
  if (!c) throw new DedupeOptionError("options.comparator", { comparator: `orgNamePart:${part}` });
  return madeBy("orgNamePart", part, c);
}
