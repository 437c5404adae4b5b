// A thread that works on a few fields for the DuckDB engine (see frequency-threads.ts): it
// gets the recipes of the fields' comparators once, then one field's keys, parts and counts
// at a time, and answers the tables the in-memory engine's `valueFrequencies` gives (computing
// each key's features itself, and keeping them); later, the levels of the candidate pairs in
// those fields, as the in-memory engine's level functions give them.
import { serveRequests } from "@linli/core/node";
import { comparatorOf } from "../comparators/from-recipe.js";
import type { Recipe } from "../comparators/recipe.js";
import { levelFn } from "../engine/compare.js";
import type { EncodedField } from "../engine/encode.js";
import { type ValueFrequencies, valueFrequencies } from "../engine/score.js";
import type { Comparator } from "../types.js";

/** One field's keys, parts (several phones) and records per key: its term frequencies. */
export interface FrequencyJob {
  readonly kind: "frequencies";
  readonly field: number;
  readonly keys: readonly string[];
  readonly multi: Uint8Array;
  readonly counts: Uint32Array;
  readonly present: number;
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

export type FieldJob = FrequencyJob | LevelsJob;
export type FieldAnswer = ValueFrequencies | Int8Array;

let made: (Comparator | undefined)[] = [];
const fields = new Map<number, EncodedField>();
serveRequests<readonly (Recipe | null)[], FieldJob, FieldAnswer>({
  setup(recipes) {
    made = recipes.map((r) => (r ? comparatorOf(r) : undefined));
  },
  answer(job) {
    if (job.kind === "levels") {
      const field = fields.get(job.field);
      if (!field) throw new Error(`no keys for field ${job.field}`);
      const level = levelFn({ ...field, codes: job.codes }, job.codes.length);
      const { a, b } = job;
      const out = new Int8Array(a.length);
      for (let k = 0; k < a.length; k++) out[k] = level(a[k]!, b[k]!);
      return out;
    }
    const { field, keys, multi, counts, present } = job;
    const comparator = made[field];
    if (!comparator) throw new Error(`no comparator for field ${field}`);
    // Only what `valueFrequencies` and `compareIds` read; each key's features are kept.
    const encoded = {
      name: String(field),
      keys: keys as string[],
      multi,
      counts,
      present,
      comparator,
      features: new Array(keys.length),
      codes: new Int32Array(0),
    } as unknown as EncodedField;
    fields.set(field, encoded);
    return valueFrequencies(encoded);
  },
  transfer: (answer) =>
    answer instanceof Int8Array
      ? [answer.buffer as ArrayBuffer]
      : [
          ...answer.ofKey.map((a) => a.buffer as ArrayBuffer),
          ...answer.adjust.map((a) => a.buffer as ArrayBuffer),
        ],
});
