// Worker threads that normalise raw values for the DuckDB engine (normalize-worker.ts). Node only.
import { WorkerPool } from "@linli/core/node";
import type { Recipe } from "../comparators/recipe.js";
import type { NormalizeAnswer, NormalizeJob } from "./normalize-worker.js";

/** Keys of a job's texts and JSON values, or `undefined` when its thread failed. */
export type Answer = NormalizeAnswer | undefined;

/**
 * A few threads that normalise with the comparators of the given recipes. A thread that fails
 * answers its jobs with `undefined`, so that they are normalised where they were sent from.
 */
export class NormalizeThreads {
  private constructor(
    private readonly pool: WorkerPool<readonly (Recipe | null)[], NormalizeJob, NormalizeAnswer>,
  ) {}

  /** Start `count` threads; `undefined` when none comes up. */
  static async start(
    recipes: readonly (Recipe | null)[],
    count: number,
  ): Promise<NormalizeThreads | undefined> {
    const pool = await WorkerPool.start<readonly (Recipe | null)[], NormalizeJob, NormalizeAnswer>({
      here: import.meta.url,
      built: "./normalize-worker.js",
      source: "./normalize-worker.ts",
      count,
      setup: recipes,
    });
    if (!pool) return undefined;
    return new NormalizeThreads(pool);
  }

  /** How many threads still work. */
  get size(): number {
    return this.pool.size;
  }

  /** Normalise one batch on the next working thread (`undefined` when none is left). */
  send(job: NormalizeJob): Promise<Answer> {
    return this.pool.request(job).catch(() => undefined);
  }

  close(): void {
    this.pool.close();
  }
}
