import type { ComparatorSql } from "./sql/types.js";

/**
 * A comparator turns raw field values into comparable keys and compares two keys into a
 * discrete level. Levels are ordered from strongest agreement (index 0, usually "exact") to
 * disagreement (the last level). A missing value is not a level: it adds no evidence.
 *
 * The engine calls `normalize` once per distinct raw value, `features` once per distinct key
 * and `compare` once per distinct pair of keys, so comparators may be slow-ish per call.
 *
 * @example
 * ```ts
 * import type { Comparator } from "@linli/dedupe";
 * // A custom comparator: agree when two codes share their first four characters.
 * const prefix4: Comparator<string> = {
 *   id: "prefix4",
 *   levels: ["exact", "prefix", "different"],
 *   normalize: (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
 *   features: (key) => key,
 *   compare: (a, b) => (a === b ? 0 : a.slice(0, 4) === b.slice(0, 4) ? 1 : 2),
 * };
 * ```
 */
export interface Comparator<F = unknown> {
  /** Name shown in parameters and explanations, e.g. "jaro-winkler". */
  readonly id: string;
  /** Level names, strongest agreement first; the last one means "different". */
  readonly levels: readonly string[];
  /** Raw value → comparison key; `undefined` when the value is missing or unusable. */
  normalize(value: unknown): string | undefined;
  /** Key → what `compare` needs (pinyin, digits, a parsed date…), computed once per key. */
  features(key: string): F;
  /** Level index (0 = strongest) for two keys' features. Equal keys must give level 0. */
  compare(a: F, b: F): number;
  /**
   * False when raw values rarely repeat and `normalize` is cheap (IDs, phones): the engine
   * then skips its cache of raw value → key, which would only cost memory.
   */
  readonly cacheRaw?: boolean;
  /**
   * For cannot-link rules: true when the key is a verified identifier (a citizen ID whose check
   * character is right). Two records with different valid keys are never put together.
   */
  isValid?(key: string): boolean;
  /**
   * The parts of a key that an agreement rests on (a place, a proper name, a surname), for
   * term-frequency adjustment over tokens: when the field has `termFrequency`, a pair at one
   * of the first `tokenLevels` levels weighs more when the tokens both keys share are rare in
   * the data and less when they are common (人民医院 against 鄂州).
   */
  tokens?(features: F): readonly string[];
  /** Levels, from the strongest, that token term frequencies adjust. Default 1 (exact only). */
  readonly tokenLevels?: number;
  /**
   * Index of the first level that is evidence against a match (the last level, "different",
   * always is): from there on a weight is never positive, however rare the level is among
   * non-matches.
   */
  readonly against?: number;
  /**
   * Prior m: how often two records of one entity reach each level, as people re-type them.
   * Estimation starts there, and falls back to it when the data cannot say.
   */
  readonly m?: readonly number[];
  /**
   * For `Profile.conflicts`: true when two values cannot belong to one entity, even through
   * typing errors on the way (birth dates years apart, not a digit or two). Without it, two
   * values conflict when they compare at the last level ("different").
   */
  conflict?(a: F, b: F): boolean;
  /**
   * For term-frequency adjustment beyond the exact level: on each of the first `levels`
   * levels, the key a pair at that level agrees on (a name's simplified form on "variant",
   * its pinyin on "homophone"), or `undefined` when there is none. Agreeing on a rare key
   * then counts more than agreeing on a common one, level by level.
   */
  readonly frequencyKeys?: {
    /** How many levels, from the strongest, have a key. */
    readonly levels: number;
    /** The key a pair at `level` agrees on, for a value with these features. */
    at(level: number, features: F): string | undefined;
  };
  /**
   * The same levels as SQL, for the SQL executors (DuckDB, Spark). Without it, the DuckDB
   * executor computes this comparator's levels in TypeScript, and Spark cannot run it.
   */
  readonly sql?: ComparatorSql<F>;
}

/** How to read a field from a record: a dotted path ("address.building") or a function. */
export type FieldGetter = string | ((record: unknown) => unknown);

/**
 * One compared field of a {@link Profile}.
 *
 * @example
 * ```ts
 * import { comparators, type FieldSpec } from "@linli/dedupe";
 * const surname: FieldSpec = {
 *   name: "surname",
 *   get: "surname",
 *   comparator: comparators.string({ thresholds: [0.94, 0.88] }),
 *   termFrequency: true,
 * };
 * ```
 */
export interface FieldSpec {
  /** Field name used in explanations and parameters. */
  readonly name: string;
  /**
   * Where the value comes from. An array value (several phones) is compared element by element
   * and the best level wins.
   */
  readonly get: FieldGetter;
  /** The comparator, or the name of a registered one (see `comparators`). */
  readonly comparator: Comparator | string;
  /**
   * Term-frequency adjustment, from the records being linked: agreeing on a rare value counts
   * more than agreeing on a common one (王 vs 欧阳). On the exact level by the whole value, or,
   * when the comparator has `tokens`, on its agreeing levels by the tokens both keys share.
   */
  readonly termFrequency?: boolean;
  /** Fixed m probabilities per level (skips EM for this field). */
  readonly m?: readonly number[];
  /** Fixed u probabilities per level (skips random-pair sampling for this field). */
  readonly u?: readonly number[];
}

/**
 * Derives a blocking key from a field's normalised key; `features` are the comparator's
 * features of that key (computed once and shared with comparison), e.g. a name's pinyin.
 * A non-negative safe integer is a key too, and a cheaper one (no string is kept).
 */
export type KeyTransform = (key: string, features: never) => string | number | undefined;

/**
 * A blocking rule: records sharing the rule's key become candidate pairs. Rules are OR-ed.
 * `on` names the fields whose normalised keys form the blocking key; `transform` (one per
 * field, or one for all) derives a coarser key from each (e.g. the last eight phone digits).
 * A block with more than `maxBlockSize` records is skipped: such a key is too common to help.
 *
 * @example
 * ```ts
 * import type { BlockingRule } from "@linli/dedupe";
 * const lastDigits: BlockingRule = {
 *   name: "phone-last8",
 *   on: ["phone"],
 *   transform: (key) => (key.length >= 8 ? key.slice(-8) : undefined),
 *   maxBlockSize: 50,
 * };
 * ```
 */
export interface BlockingRule {
  readonly name: string;
  /** Fields whose normalised keys form the blocking key (AND-ed). */
  readonly on?: readonly string[];
  /**
   * Or: blocking keys straight from the raw record (several keys = several blocks), for keys
   * that cut across fields, such as a name whose given name and surname may be swapped.
   */
  readonly key?: (record: unknown) => string | readonly string[] | undefined;
  readonly transform?: KeyTransform | readonly (KeyTransform | undefined)[];
  readonly maxBlockSize?: number;
}

/**
 * How to link records of one kind: which fields to compare and how, how to block, which
 * fields are identifiers that forbid merging when they differ, and the default threshold.
 *
 * @example
 * ```ts
 * import { comparators, dedupe, type Profile } from "@linli/dedupe";
 * const people: Profile = {
 *   name: "people",
 *   fields: [
 *     { name: "name", get: "name", comparator: comparators.chineseName() },
 *     { name: "phone", get: "phone", comparator: comparators.phone() },
 *   ],
 *   blocking: [{ name: "phone", on: ["phone"] }, { name: "name", on: ["name"] }],
 * };
 * dedupe([{ name: "王伟", phone: "13800138000" }, { name: "王 伟", phone: "138-0013-8000" }], {
 *   profile: people,
 * }).clusters; // [[0, 1]]
 * ```
 */
export interface Profile {
  readonly name: string;
  readonly fields: readonly FieldSpec[];
  readonly blocking: readonly BlockingRule[];
  /** Fields whose comparator has `isValid`: two different valid keys never link. */
  readonly cannotLink?: readonly string[];
  /**
   * Fields on which two records of one cluster must not conflict, whatever else links them
   * (two sexes, birth dates years apart): see `Comparator.conflict`. Checked between every
   * two records of a cluster, not only the compared pairs, so that A–B–C cannot join A and C
   * through B; the weakest link gives.
   */
  readonly conflicts?: readonly string[];
  /**
   * Fields that single a person out by themselves (citizen ID, phone, address). A match on
   * which none of them agrees rests on descriptive fields alone (name, birth date, sex): it is
   * marked `possible`, for a person to check.
   */
  readonly identifying?: readonly string[];
  /** Default match-probability threshold for this profile. */
  readonly threshold?: number;
  /**
   * How m is estimated. Without it, one EM over all candidate pairs. With it, one EM per listed
   * blocking rule over that rule's pairs, leaving out the rule's own fields (they agree by
   * construction) and the `ignore`d ones, and m averaged over the rules (as Splink trains).
   */
  readonly training?: readonly TrainingRule[];
  /**
   * Fields that people of one household share (phone, address), with how many of their
   * strongest levels mean "same household". Pairs that share a household are scored with their
   * own u probabilities and prior, estimated by EM with m held: within a household agreeing
   * on a phone says little, and sharing a birth date or a surname is not rare.
   */
  readonly context?: Readonly<Record<string, number>>;
  /**
   * Where u comes from: random pairs (default), or the candidate pairs' non-match class by EM
   * with m held, starting from the random-pair u. Use "candidates" when blocking brings
   * together many records that share the blocked parts without being one (one district's
   * clinics share place and kind): there, agreeing on those parts says little.
   */
  readonly estimateU?: "random" | "candidates";
  /**
   * Records are the same only when a key agrees exactly (a supply item's name, spec and unit;
   * a check's person and minute): the honest rule where nothing else tells them apart. Reports
   * say so.
   */
  readonly exactKeys?: boolean;
  /** What the profile compares, in words, for reports (zh-CN and en). */
  readonly summary?: { readonly "zh-CN": string; readonly en: string };
}

/** A blocking rule whose pairs train m, and fields to leave out there. */
export interface TrainingRule {
  readonly rule: string;
  readonly ignore?: readonly string[];
  /**
   * The rule's pairs are matches (they share an identifier that decides, such as a valid
   * credit code): m is read from their levels directly instead of by EM.
   */
  readonly matches?: boolean;
}

/** One field's part of a pair's score. */
export interface FieldExplanation {
  readonly field: string;
  /** Level name, or "missing" when either record lacks the value. */
  readonly level: string;
  /** log2 Bayes factor this field contributes (0 when missing). */
  readonly weight: number;
}

/** A scored candidate pair. `a < b`; in {@link link} results `a` is left and `b` right. */
export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  /** Match weight: log2 of the Bayes factor, summed over fields (prior not included). */
  readonly weight: number;
  /** Posterior match probability (prior λ from the candidate pairs). */
  readonly probability: number;
  /** True when `a` and `b` ended in the same cluster. */
  readonly match: boolean;
  readonly explanation: readonly FieldExplanation[];
  /** Scored as two records of one household (profiles with `context`): its own u and prior. */
  readonly household?: boolean;
  /**
   * A match on which no identifying field of the profile agrees: it rests on name, birth date
   * and the like alone (see `Profile.identifying`).
   */
  readonly possible?: boolean;
  /** Why a pair above the threshold was kept apart. */
  readonly keptApart?: "cannot-link" | "chain" | "conflict" | "decision";
}

/** Estimated (or given) model parameters of one field. */
export interface FieldParams {
  readonly field: string;
  readonly comparator: string;
  readonly levels: readonly string[];
  readonly m: readonly number[];
  readonly u: readonly number[];
  /** u among different people of one household (profiles with `context`). */
  readonly uContext?: readonly number[];
  /** First level that is evidence against a match: its weight and later ones are at most 0. */
  readonly against?: number;
}

/** Model parameters, JSON-serialisable; pass them back as `options.params` to reuse. */
export interface Params {
  readonly fields: readonly FieldParams[];
  /** Prior probability that a candidate pair is a match. */
  readonly lambda: number;
  /** The same among candidate pairs that share a household (profiles with `context`). */
  readonly lambdaContext?: number;
  readonly threshold: number;
  /** EM iterations run (0 when parameters were given). */
  readonly iterations: number;
  /** How m and λ were obtained, and whether the estimate was trusted. */
  readonly estimate?: EstimateInfo;
}

/**
 * How a run's parameters were obtained. `em`: estimated from the data. `prior`: the estimate
 * was not trusted and prior m with random-pair u were used instead, because it said most
 * compared pairs match while the prior did not (`most-pairs-match`), or because m and u hardly
 * differ (`no-separation`). `given`: passed in as `options.params`.
 *
 * @example
 * ```ts
 * import { dedupe } from "@linli/dedupe";
 * const { params } = dedupe([{ name: "鄂州市人民医院" }, { name: "黄石市人民医院" }], {
 *   profile: "organization",
 * });
 * params.estimate?.method; // "em" or "prior"
 * ```
 */
export interface EstimateInfo {
  readonly method: "em" | "prior" | "given";
  readonly reason?: "most-pairs-match" | "no-separation";
  /** Share of compared pairs the estimate took for matches. */
  readonly lambda?: number;
  /** How far m lies from u, in bits (Σ m log2 m/u over fields and levels). */
  readonly separation?: number;
}

/** Counts and timings of a run. */
export interface Stats {
  /** The profile the run used: its name, whether it links by exact keys, what it compares. */
  readonly profile?: {
    readonly name: string;
    readonly exactKeys?: boolean;
    readonly summary?: { readonly "zh-CN": string; readonly en: string };
  };
  readonly records: number;
  readonly candidatePairs: number;
  /** Candidate pairs contributed by each blocking rule (before removing repeats). */
  readonly pairsByRule: Readonly<Record<string, number>>;
  /** Blocks skipped because they were larger than the rule's cap. */
  readonly skippedBlocks: Readonly<Record<string, number>>;
  readonly distinctPatterns: number;
  readonly matchedPairs: number;
  readonly clusters: number;
  /** Milliseconds per stage. */
  readonly timings: Readonly<Record<string, number>>;
}
