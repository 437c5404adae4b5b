// A thread that compares distinct key pairs for the DuckDB engine (see compare-threads.ts): it
// gets the recipes of the fields' comparators once, each field's keys once, then batches of
// key-id pairs, and answers their levels as the in-memory engine's `compareIds` gives them.
import { serveRequests } from "@linli/core/node";
import { comparatorOf } from "../comparators/from-recipe.js";
import type { Recipe } from "../comparators/recipe.js";
import { compareIds, type EncodedField } from "../engine/encode.js";
import type { Comparator } from "../types.js";

/** One field's keys, sent to every thread once. */
export interface FieldKeys {
  readonly field: number;
  readonly keys: readonly string[];
  readonly multi: Uint8Array;
}

/** A batch of one field's key-id pairs `x[k]`, `y[k]`. */
export interface CompareJob {
  readonly field: number;
  readonly x: Int32Array;
  readonly y: Int32Array;
}

let made: (Comparator | undefined)[] = [];
const fields = new Map<number, EncodedField>();
serveRequests<readonly (Recipe | null)[], CompareJob, Int8Array, FieldKeys>({
  setup(recipes) {
    made = recipes.map((r) => (r ? comparatorOf(r) : undefined));
  },
  note({ field, keys, multi }) {
    const comparator = made[field];
    if (!comparator) return;
    // Only what `compareIds` reads: keys, parts and each key's features, cached here.
    fields.set(field, {
      keys: keys as string[],
      multi,
      comparator,
      features: new Array(keys.length),
    } as unknown as EncodedField);
  },
  answer({ field, x, y }) {
    const f = fields.get(field);
    if (!f) throw new Error(`no keys for field ${field}`);
    const levels = new Int8Array(x.length);
    for (let k = 0; k < x.length; k++) levels[k] = compareIds(f, x[k]!, y[k]!);
    return levels;
  },
  transfer: (levels) => [levels.buffer as ArrayBuffer],
});
