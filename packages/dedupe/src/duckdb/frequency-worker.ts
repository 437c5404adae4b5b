// A thread that works on a few fields for the DuckDB engine (see frequency-threads.ts): it
// gets the recipes of the fields' comparators once, then one field's keys, parts and counts
// at a time (the keys, and the features of those with term frequencies, may come part by part
// while the records are normalised); it answers the block keys of those fields derived by named transforms (as the
// in-memory engine's `deriveField` gives them) and the tables its `valueFrequencies` gives
// (computing each key's features itself, and keeping them); later, the levels of the
// candidate pairs in those fields, as the in-memory engine's level functions give them.
import { serveRequests } from "@linli/core/node";
import { comparatorOf } from "../comparators/from-recipe.js";
import type { Recipe } from "../comparators/recipe.js";
import { levelFn } from "../engine/compare.js";
import { deriveField, type PackedDerived, packDerived } from "../engine/derive.js";
import { textHash } from "../engine/edges.js";
import { type EncodedField, PART } from "../engine/encode.js";
import { sampleCounts } from "../engine/estimate.js";
import { NumberMap, StringMap } from "../engine/hash.js";
import { type ValueFrequencies, valueFrequencies } from "../engine/score.js";
import { NAMED_TRANSFORMS } from "../profiles/keys.js";
import type { Comparator, KeyTransform } from "../types.js";
import { sharedInt8 } from "./shared.js";

/**
 * The next distinct keys of a field still being normalised (appended to those sent before);
 * with `features`, each key's features are computed now, as `featuresOf` gives them.
 */
export interface MoreJob {
  readonly kind: "more";
  readonly field: number;
  readonly keys: readonly string[];
  readonly features: boolean;
}

/**
 * One field's keys, parts (several phones) and records per key, kept for the jobs after.
 * Without `keys`, those sent by {@link MoreJob}s, which must be all of them.
 */
export interface KeysJob {
  readonly kind: "keys";
  readonly field: number;
  readonly keys?: readonly string[];
  readonly multi: Uint8Array;
  readonly counts: Uint32Array;
  readonly present: number;
}

/** The `textHash` of each key of a field sent before (see `recordHasher`). */
export interface HashesJob {
  readonly kind: "hashes";
  readonly field: number;
}

/** The block keys of a field sent before, derived by a named transform (`""`: none). */
export interface DeriveJob {
  readonly kind: "derive";
  readonly field: number;
  readonly transform: string;
}

/** The term frequencies of a field sent before. */
export interface FrequencyJob {
  readonly kind: "frequencies";
  readonly field: number;
}

/** The levels, in a field sent before, of the pairs of records `a[k]`, `b[k]`. */
export interface LevelsJob {
  readonly kind: "levels";
  readonly field: number;
  /** Key id of each record. */
  readonly codes: Int32Array;
  /** Shared with the calling thread (not copied). */
  readonly a: Int32Array;
  readonly b: Int32Array;
}

/**
 * How many of the random pairs u is estimated from reach each level of a field sent before
 * (the pairs of `samplePairs` with this size and seed).
 */
export interface SampleJob {
  readonly kind: "sample";
  readonly field: number;
  /** Key id of each record. */
  readonly codes: Int32Array;
  readonly group?: Int32Array;
  readonly sampleSize: number;
  readonly seed: number;
}

export type FieldJob =
  | MoreJob
  | KeysJob
  | HashesJob
  | DeriveJob
  | FrequencyJob
  | LevelsJob
  | SampleJob;
export type FieldAnswer = ValueFrequencies | Int8Array | Float64Array | PackedDerived;

let made: (Comparator | undefined)[] = [];
const fields = new Map<number, EncodedField>();
/** Keys (and features, when asked) of fields sent while they were being normalised. */
const streams = new Map<
  number,
  { keys: string[]; features: unknown[] | undefined; hashes: Float64Array }
>();
/** Each field's key hashes, until asked for. */
const hashes = new Map<number, Float64Array>();
const tables = { dict: new StringMap(), numbers: new NumberMap(1024) };
const fieldOf = (k: number) => {
  const field = fields.get(k);
  if (!field) throw new Error(`no keys for field ${k}`);
  return field;
};
serveRequests<readonly (Recipe | null)[], FieldJob, FieldAnswer>({
  setup(recipes) {
    made = recipes.map((r) => (r ? comparatorOf(r) : undefined));
  },
  answer(job) {
    if (job.kind === "more") {
      const comparator = made[job.field];
      if (!comparator) throw new Error(`no comparator for field ${job.field}`);
      let stream = streams.get(job.field);
      if (!stream) {
        stream = { keys: [], features: job.features ? [] : undefined, hashes: new Float64Array(0) };
        streams.set(job.field, stream);
      }
      const { keys, features } = stream;
      const at = keys.length;
      if (stream.hashes.length < at + job.keys.length) {
        const grown = new Float64Array(Math.max(2 * stream.hashes.length, at + job.keys.length));
        grown.set(stream.hashes.subarray(0, at));
        stream.hashes = grown;
      }
      for (const [j, k] of job.keys.entries()) stream.hashes[at + j] = textHash(k);
      for (const k of job.keys) {
        keys.push(k);
        // As `featuresOf`: a key of several values (phones) has the features of each.
        features?.push(
          k.includes(PART)
            ? k.split(PART).map((part) => comparator.features(part))
            : comparator.features(k),
        );
      }
      return new Int8Array(0);
    }
    if (job.kind === "hashes") {
      const out = hashes.get(job.field);
      hashes.delete(job.field);
      if (out) return out;
      const { keys } = fieldOf(job.field);
      return Float64Array.from(keys, textHash);
    }
    if (job.kind === "derive") {
      const transform = job.transform === "" ? undefined : NAMED_TRANSFORMS[job.transform];
      if (job.transform !== "" && !transform) throw new Error(`no transform ${job.transform}`);
      return packDerived(deriveField(fieldOf(job.field), transform as KeyTransform, tables));
    }
    if (job.kind === "frequencies") return valueFrequencies(fieldOf(job.field));
    if (job.kind === "sample") {
      const field = fieldOf(job.field);
      const n = job.codes.length;
      const level = levelFn({ ...field, codes: job.codes }, n);
      return sampleCounts([field], [level], n, job.group, job.sampleSize, job.seed)[0]!;
    }
    if (job.kind === "levels") {
      const field = fieldOf(job.field);
      const level = levelFn({ ...field, codes: job.codes }, job.codes.length);
      const { a, b } = job;
      // Shared: not copied back, and no external memory for V8 to collect over (shared.ts).
      const out = sharedInt8(a.length);
      for (let k = 0; k < a.length; k++) out[k] = level(a[k]!, b[k]!);
      return out;
    }
    const { field, multi, counts, present } = job;
    const comparator = made[field];
    if (!comparator) throw new Error(`no comparator for field ${field}`);
    const stream = streams.get(field);
    streams.delete(field);
    const keys = job.keys ?? stream?.keys;
    if (!keys || keys.length !== counts.length) {
      throw new Error(`field ${field}: ${keys?.length ?? 0} keys sent, ${counts.length} expected`);
    }
    const features =
      !job.keys && stream?.features?.length === keys.length
        ? stream.features
        : new Array(keys.length);
    if (!job.keys && stream) hashes.set(field, stream.hashes.slice(0, keys.length));
    // Only what `deriveField`, `valueFrequencies` and `compareIds` read; each key's features
    // are kept.
    const encoded = {
      name: String(field),
      keys: keys as string[],
      multi,
      counts,
      present,
      comparator,
      features,
      codes: new Int32Array(0),
    } as unknown as EncodedField;
    fields.set(field, encoded);
    return new Int8Array(0);
  },
  transfer: (answer) =>
    answer instanceof Int8Array || answer instanceof Float64Array
      ? answer.buffer instanceof ArrayBuffer
        ? [answer.buffer]
        : []
      : "single" in answer
        ? [answer.single.buffer as ArrayBuffer, answer.multi.buffer as ArrayBuffer]
        : [
            ...answer.ofKey.map((a) => a.buffer as ArrayBuffer),
            ...answer.adjust.map((a) => a.buffer as ArrayBuffer),
          ],
});
