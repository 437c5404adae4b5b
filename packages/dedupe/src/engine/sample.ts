import { expectArgument } from "@linli/core";
import { comparatorOf } from "../comparators/from-recipe.js";
import { cloneableRecipe, type Recipe } from "../comparators/recipe.js";
import { levelFn } from "./compare.js";
import { type EncodedField, PART } from "./encode.js";
import { sampleCounts } from "./estimate.js";

/**
 * One field's share of u from random pairs, in a form another thread can take (plain data:
 * the comparator as the recipe of its factory). Its answer is {@link runSampleJob}'s counts.
 *
 * @example
 * ```ts
 * import { runSampleJob, type SampleJob } from "@linli/dedupe";
 * // A helper worker's whole work: counts for each job it is sent.
 * const answer = (job: SampleJob): Float64Array => runSampleJob(job);
 * ```
 */
export interface SampleJob {
  /** The field's position in the profile. */
  readonly field: number;
  readonly recipe: Recipe;
  /** Key id per record (-1: missing). */
  readonly codes: Int32Array;
  /** Distinct keys, by id. */
  readonly keys: readonly string[];
  readonly records: number;
  /** Group per record when only pairs across groups count. */
  readonly group?: Int32Array;
  readonly sampleSize: number;
  readonly seed: number;
}

/**
 * The job of one encoded field, or undefined when its comparator cannot be made again
 * elsewhere (a comparator of the caller's own, or a built-in one with a function changed).
 */
export function sampleJob(
  field: EncodedField,
  index: number,
  records: number,
  group: Int32Array | undefined,
  sampleSize: number,
  seed: number,
): SampleJob | undefined {
  const recipe = cloneableRecipe(field.comparator, true);
  if (!recipe) return undefined;
  return {
    field: index,
    recipe,
    codes: field.codes,
    keys: field.keys,
    records,
    ...(group ? { group } : {}),
    sampleSize,
    seed,
  };
}

/**
 * A field's level counts over the random pairs, as the in-memory engine counts them itself:
 * the comparator made again from its recipe, each key's features computed here.
 *
 * @example
 * ```ts
 * import { runSampleJob } from "@linli/dedupe";
 * const counts = runSampleJob({
 *   field: 0,
 *   recipe: { factory: "exact" },
 *   codes: Int32Array.from([0, 1, 0]),
 *   keys: ["a", "b"],
 *   records: 3,
 *   sampleSize: 100,
 *   seed: 1,
 * });
 * // counts: pairs at each level but the first (exact agreement is counted from frequencies)
 * ```
 */
export function runSampleJob(job: SampleJob): Float64Array {
  expectArgument("runSampleJob", "job", "object", job);
  const comparator = comparatorOf(job.recipe);
  const keys = job.keys as string[];
  // Only what `levelFn` and `compareIds` read.
  const field = {
    comparator,
    codes: job.codes,
    keys,
    features: new Array(keys.length),
    multi: Uint8Array.from(keys, (k) => (k.includes(PART) ? 1 : 0)),
  } as unknown as EncodedField;
  return sampleCounts(
    field,
    levelFn(field, job.records),
    job.records,
    job.group,
    job.sampleSize,
    job.seed,
  );
}
