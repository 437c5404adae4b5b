// A worker thread that derives block keys and computes term frequencies by value for the
// DuckDB engine (frequency-worker.ts) while the calling thread writes the tables and derives
// the other block keys, then the levels of the candidate pairs in those fields while the
// calling thread compares the others. Node only.
import { WorkerPool } from "@linli/core/node";
import { cloneableRecipe, type Recipe } from "../comparators/recipe.js";
import { type Derived, unpackDerived } from "../engine/derive.js";
import type { EncodedField } from "../engine/encode.js";
import { frequencyOf, type TermFrequency } from "../engine/score.js";
import type { Comparator } from "../types.js";
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
  /**
   * The block keys of field `field` derived by the named transform `transform` (`""`: the key
   * itself), if asked for when the thread started; `undefined`: derive them here.
   */
  derived(field: number, transform: string): Promise<Derived | undefined> | undefined;
  /**
   * The `textHash` of each key of field `field` (see `recordHasher`), or `undefined`: hash
   * them on the calling thread.
   */
  hashes(field: number): Promise<Float64Array | undefined>;
  /** Whether field `field` was sent to the thread (its levels can be asked for). */
  has(field: number): boolean;
  /**
   * Levels of the pairs of records `a[k]`, `b[k]` in field `field` (arrays over a
   * SharedArrayBuffer are not copied), or `undefined`: compare them on the calling thread.
   */
  levels(field: number, a: Int32Array, b: Int32Array): Promise<Int8Array | undefined>;
  /**
   * How many random pairs (those of `samplePairs` with this size and seed) reach each level of
   * field `field`, or `undefined`: count them on the calling thread.
   */
  sample(
    field: number,
    group: Int32Array | undefined,
    sampleSize: number,
    seed: number,
  ): Promise<Float64Array | undefined>;
  close(): void;
}

/** A field's block keys under a named transform (see `NAMED_TRANSFORMS`), `""` for none. */
export interface Derivation {
  readonly field: number;
  readonly transform: string;
}

/** The worker thread of {@link frequenciesOnThread}, started (or starting), with no work yet. */
export type FieldPool = WorkerPool<readonly (Recipe | null)[], FieldJob, FieldAnswer>;

/**
 * Start the thread for fields with these comparators, before their records are normalised:
 * its modules load on the other core while this thread normalises (at 1.2 million records it
 * took 8 s to come up after normalisation, and this thread derived its block keys meanwhile).
 * Each comparator a thread can make again is sent; `undefined` when none can be, or the thread
 * does not come up.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const pool = startFieldThread([comparators.chineseName(), comparators.date()]);
 * // … normalise the records, then:
 * const thread = await frequenciesOnThread(fields, [], pool);
 * ```
 */
export function startFieldThread(
  comparators: readonly Comparator[],
): Promise<FieldPool | undefined> {
  const recipes = comparators.map((c) => cloneableRecipe(c, true));
  if (!recipes.some((r) => r !== null)) return Promise.resolve(undefined);
  return WorkerPool.start<readonly (Recipe | null)[], FieldJob, FieldAnswer>({
    here: import.meta.url,
    built: "./frequency-worker.js",
    source: "./frequency-worker.ts",
    count: 1,
    setup: recipes,
    // A run that fails before it takes the answers does not stay alive for the thread.
    unrefIdle: true,
  }).catch(() => undefined);
}

/**
 * Sends a starting thread's fields their new distinct keys while records are normalised
 * (see {@link keyStream}); `sent[k]`: how many of field `k`'s keys the thread has.
 */
export interface KeyStream {
  readonly sent: readonly number[];
  /** Whether the thread is up (keys were sent, or will be with the next push). */
  readonly up: boolean;
  /** Send what each field (`undefined`: not streamed) has beyond what was sent. */
  push(keys: readonly (readonly string[] | undefined)[]): void;
}

/**
 * Stream keys to the thread `started` for fields `streamed` while their records are
 * normalised, so that it has them, and the features of fields with `features`, when the
 * normalisation ends (at 1.2 million records its core was otherwise idle then, and it took
 * seconds after it to compute the names' features that their block keys need). Nothing is
 * sent before the thread is up; what is not sent goes with the field's last job (see
 * {@link frequenciesOnThread}).
 *
 * @example
 * ```ts
 * const started = startFieldThread(comparators);
 * const stream = keyStream(started, [true, false], [true, false]);
 * stream.push([["张三", "李四"], undefined]); // after each chunk of records
 * const thread = await frequenciesOnThread(fields, [], started, stream);
 * ```
 */
export function keyStream(
  started: Promise<FieldPool | undefined>,
  streamed: readonly boolean[],
  features: readonly boolean[],
): KeyStream {
  let pool: FieldPool | undefined;
  started.then(
    (p) => {
      pool = p;
    },
    () => {},
  );
  const sent = streamed.map(() => 0);
  return {
    sent,
    get up() {
      return pool !== undefined;
    },
    push(keys) {
      const up = pool;
      if (!up) return;
      keys.forEach((all, field) => {
        if (!all || !streamed[field] || all.length === sent[field]) return;
        const job: FieldJob = {
          kind: "more",
          field,
          keys: all.slice(sent[field]),
          features: features[field] === true,
        };
        // A failed part leaves the thread short of keys: it then refuses the field.
        up.request(job).catch(() => {});
        sent[field] = all.length;
      });
    },
  };
}

/**
 * Send the thread (`started` by {@link startFieldThread} with these fields' comparators, or
 * started now) the keys of every field {@link onThread} takes (those `stream` sent it
 * already are not sent again); the block keys of `derive`
 * (those of fields it takes) are derived first, as blocking needs them before scoring needs
 * the term frequencies. Each field's answer is a promise of its adjustments, `undefined` when
 * the thread failed (the field is then computed on the calling thread). No thread, and no
 * promise, when none of the fields qualifies or the thread does not come up.
 */
export async function frequenciesOnThread(
  fields: readonly EncodedField[],
  derive: readonly Derivation[] = [],
  started?: Promise<FieldPool | undefined>,
  stream?: KeyStream,
): Promise<FieldThread> {
  const none: FieldThread = {
    answers: fields.map(() => undefined),
    derived: () => undefined,
    hashes: async () => undefined,
    has: () => false,
    levels: async () => undefined,
    sample: async () => undefined,
    close() {},
  };
  // Fields with term frequencies, and fields only block keys are derived from (citizen IDs).
  const frequent = fields.map(onThread);
  const take = fields.map(
    (f, k) =>
      frequent[k] === true ||
      (derive.some((d) => d.field === k) && cloneableRecipe(f.comparator, true) !== null),
  );
  if (!take.includes(true)) {
    (await started)?.close();
    return none;
  }
  const pool = await (started ?? startFieldThread(fields.map((f) => f.comparator)));
  if (!pool) return none;
  // Jobs are answered in the order sent: a failed one fails the jobs of its field after it.
  const hashed: (Promise<Float64Array | undefined> | undefined)[] = fields.map(() => undefined);
  fields.forEach((f, field) => {
    if (!take[field]) return;
    const { keys, multi, counts, present } = f;
    // Keys streamed while normalising are not sent again.
    const all = stream?.sent[field] === keys.length;
    const job: FieldJob = {
      kind: "keys",
      field,
      ...(all ? {} : { keys }),
      multi,
      counts,
      present,
    };
    pool.request(job).catch(() => {});
    // Asked before the block keys (the records' hashes are written first), when streamed: the
    // thread hashed the keys as they came.
    if (!stream) return;
    hashed[field] = pool.request({ kind: "hashes", field }).then(
      (h) => (h instanceof Float64Array ? h : undefined),
      () => undefined,
    );
  });
  const derived = new Map<string, Promise<Derived | undefined>>();
  for (const { field, transform } of derive) {
    const at = `${field} ${transform}`;
    if (!take[field] || derived.has(at)) continue;
    const job: FieldJob = { kind: "derive", field, transform };
    const answer = pool.request(job).then(
      (d) => (d instanceof Int8Array || !("single" in d) ? undefined : unpackDerived(d)),
      () => undefined,
    );
    derived.set(at, answer);
  }
  const answers = fields.map((_, field) => {
    if (!frequent[field]) return undefined;
    return pool.request({ kind: "frequencies", field }).then(
      (tables) =>
        tables instanceof Int8Array || !("ofKey" in tables) ? undefined : frequencyOf(tables),
      () => undefined,
    );
  });
  return {
    answers,
    derived: (field, transform) => derived.get(`${field} ${transform}`),
    hashes: (field) => hashed[field] ?? Promise.resolve(undefined),
    has: (field) => take[field] === true && pool.size > 0,
    levels(field, a, b) {
      if (!take[field]) return Promise.resolve(undefined);
      const job: FieldJob = { kind: "levels", field, codes: fields[field]!.codes, a, b };
      return pool.request(job).then(
        (levels) => (levels instanceof Int8Array ? levels : undefined),
        () => undefined,
      );
    },
    sample(field, group, sampleSize, seed) {
      if (!take[field]) return Promise.resolve(undefined);
      const codes = fields[field]!.codes;
      const job: FieldJob = {
        kind: "sample",
        field,
        codes,
        sampleSize,
        seed,
        ...(group ? { group } : {}),
      };
      return pool.request(job).then(
        (counts) => (counts instanceof Float64Array ? counts : undefined),
        () => undefined,
      );
    },
    close: () => pool.close(),
  };
}
