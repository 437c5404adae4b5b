// A worker thread that computes term frequencies by value for the DuckDB engine
// (frequency-worker.ts) while the calling thread writes the tables and derives the block keys,
// then the levels of the candidate pairs in those fields while the calling thread compares
// the others. Node only.
import { WorkerPool } from "@linli/core/node";
import { cloneableRecipe, type Recipe } from "../comparators/recipe.js";
import type { EncodedField } from "../engine/encode.js";
import { frequencyOf, type TermFrequency } from "../engine/score.js";
import type { FieldAnswer, FieldJob } from "./frequency-worker.js";

/** Records from which the DuckDB engine computes term frequencies on a thread by default. */
export const FREQUENCY_THREAD_RECORDS = 100_000;

/**
 * Whether a field's term frequencies can be computed on a thread: adjusted by value (not by
 * shared tokens, which need the pairs) with a built-in comparator a thread can make again.
 */
export function onThread(field: EncodedField): boolean {
  return (
    field.spec.termFrequency === true &&
    !field.comparator.tokens &&
    cloneableRecipe(field.comparator, true) !== null
  );
}

/** The work of the thread on the fields it took (`undefined`: not taken, or it failed). */
export interface FieldThread {
  /** Each field's term frequencies. */
  readonly answers: readonly (Promise<TermFrequency | undefined> | undefined)[];
  /** Whether field `field` was sent to the thread (its levels can be asked for). */
  has(field: number): boolean;
  /**
   * Levels of the pairs of records `a[k]`, `b[k]` in field `field` (arrays over a
   * SharedArrayBuffer are not copied), or `undefined`: compare them on the calling thread.
   */
  levels(field: number, a: Int32Array, b: Int32Array): Promise<Int8Array | undefined>;
  close(): void;
}

/**
 * Start one thread and send it the keys of every field {@link onThread} takes; each field's
 * answer is a promise of its adjustments, `undefined` when the thread failed (the field is
 * then computed on the calling thread). No thread, and no promise, when none of the fields
 * qualifies or the thread does not come up.
 */
export async function frequenciesOnThread(fields: readonly EncodedField[]): Promise<FieldThread> {
  const none: FieldThread = {
    answers: fields.map(() => undefined),
    has: () => false,
    levels: async () => undefined,
    close() {},
  };
  const take = fields.map(onThread);
  if (!take.includes(true)) return none;
  const recipes = fields.map((f, i) => (take[i] ? cloneableRecipe(f.comparator, true) : null));
  const pool = await WorkerPool.start<readonly (Recipe | null)[], FieldJob, FieldAnswer>({
    here: import.meta.url,
    built: "./frequency-worker.js",
    source: "./frequency-worker.ts",
    count: 1,
    setup: recipes,
    // A run that fails before it takes the answers does not stay alive for the thread.
    unrefIdle: true,
  });
  if (!pool) return none;
  const answers = fields.map((f, field) => {
    if (!take[field]) return undefined;
    const job: FieldJob = {
      kind: "frequencies",
      field,
      keys: f.keys,
      multi: f.multi,
      counts: f.counts,
      present: f.present,
    };
    return pool.request(job).then(
      (tables) => (tables instanceof Int8Array ? undefined : frequencyOf(tables)),
      () => undefined,
    );
  });
  return {
    answers,
    has: (field) => take[field] === true && pool.size > 0,
    levels(field, a, b) {
      if (!take[field]) return Promise.resolve(undefined);
      const job: FieldJob = { kind: "levels", field, codes: fields[field]!.codes, a, b };
      return pool.request(job).then(
        (levels) => (levels instanceof Int8Array ? levels : undefined),
        () => undefined,
      );
    },
    close: () => pool.close(),
  };
}
