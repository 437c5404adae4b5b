// Worker threads that compare distinct key pairs for the DuckDB engine (compare-worker.ts).
// Node only.
import { WorkerPool } from "@linli/core/node";
import { cloneableRecipe, type Recipe } from "../comparators/recipe.js";
import type { EncodedField } from "../engine/encode.js";
import type { CompareJob, FieldKeys } from "./compare-worker.js";

/**
 * A few threads that compare key pairs of the fields whose comparator a thread can make again
 * (built-in comparators, not copies of them). A thread that fails answers its jobs with
 * `undefined`, so that they are compared where they were sent from.
 */
export class CompareThreads {
  private constructor(
    private readonly pool: WorkerPool<readonly (Recipe | null)[], CompareJob, Int8Array, FieldKeys>,
    private readonly can: readonly boolean[],
  ) {}

  /**
   * Start `count` threads for these fields and send them the fields' keys; `undefined` when
   * no field can be compared on them or no thread comes up.
   */
  static async start(
    fields: readonly EncodedField[],
    count: number,
  ): Promise<CompareThreads | undefined> {
    const recipes = fields.map((f) => cloneableRecipe(f.comparator, true));
    if (count < 1 || recipes.every((r) => r === null)) return undefined;
    const pool = await WorkerPool.start<
      readonly (Recipe | null)[],
      CompareJob,
      Int8Array,
      FieldKeys
    >({
      here: import.meta.url,
      built: "./compare-worker.js",
      source: "./compare-worker.ts",
      count,
      setup: recipes,
    });
    if (!pool) return undefined;
    fields.forEach((f, field) => {
      if (recipes[field]) pool.broadcast({ field, keys: f.keys, multi: f.multi });
    });
    return new CompareThreads(
      pool,
      recipes.map((r) => r !== null),
    );
  }

  /** How many threads still work. */
  get size(): number {
    return this.pool.size;
  }

  /** Whether field `field` can be compared on the threads. */
  compares(field: number): boolean {
    return this.can[field] === true;
  }

  /** Levels of the pairs `x[k]`, `y[k]` of one field on the next working thread. */
  compare(field: number, x: Int32Array, y: Int32Array): Promise<Int8Array | undefined> {
    if (!this.can[field]) return Promise.resolve(undefined);
    return this.pool.request({ field, x, y }).catch(() => undefined);
  }

  close(): void {
    this.pool.close();
  }
}
