// Worker threads that normalise raw values for the DuckDB engine (normalize-worker.ts). Node only.
import type { Worker } from "node:worker_threads";
import { startWorker } from "@linli/core/node";
import type { Recipe } from "../comparators/recipe.js";
import type { FromNormalizer, NormalizeJob, ToNormalizer } from "./normalize-worker.js";

/** Keys of a job's texts and JSON values, or `undefined` when its thread failed. */
export type Answer = { texts: (string | undefined)[]; jsons: (string | undefined)[] } | undefined;

interface Thread {
  readonly worker: Worker;
  failed: boolean;
  readonly waiting: Map<number, (answer: Answer) => void>;
}

/**
 * A few threads that normalise with the comparators of the given recipes. A thread that fails
 * answers its jobs with `undefined`, so that they are normalised where they were sent from.
 */
export class NormalizeThreads {
  private readonly threads: Thread[] = [];
  private next = 0;

  private constructor() {}

  /** Start `count` threads; `undefined` when none comes up. */
  static async start(
    recipes: readonly (Recipe | null)[],
    count: number,
  ): Promise<NormalizeThreads | undefined> {
    const pool = new NormalizeThreads();
    const up: Promise<boolean>[] = [];
    for (let i = 0; i < count; i++) {
      let worker: Worker;
      try {
        worker = startWorker(import.meta.url, "./normalize-worker.js", "./normalize-worker.ts");
      } catch {
        continue;
      }
      const t: Thread = { worker, failed: false, waiting: new Map() };
      const fail = () => {
        t.failed = true;
        for (const answer of t.waiting.values()) answer(undefined);
        t.waiting.clear();
      };
      up.push(
        new Promise<boolean>((resolve) => {
          worker.once("message", (m: FromNormalizer) => resolve(m.type === "ready"));
          worker.once("error", () => resolve(false));
          worker.once("exit", () => resolve(false));
        }),
      );
      worker.on("message", (m: FromNormalizer) => {
        if (m.type === "ready") return;
        const answer = t.waiting.get(m.id);
        t.waiting.delete(m.id);
        answer?.(m.type === "done" ? { texts: m.texts, jsons: m.jsons } : undefined);
      });
      worker.on("error", fail);
      worker.on("exit", fail);
      worker.postMessage({ type: "setup", recipes } satisfies ToNormalizer);
      pool.threads.push(t);
    }
    const ready = await Promise.all(up);
    pool.threads.forEach((t, i) => {
      if (!ready[i]) {
        t.failed = true;
        void t.worker.terminate();
      }
    });
    if (!pool.threads.some((t) => !t.failed)) return undefined;
    return pool;
  }

  /** How many threads still work. */
  get size(): number {
    return this.threads.filter((t) => !t.failed).length;
  }

  /** Normalise one batch on the next working thread (`undefined` when none is left). */
  send(job: NormalizeJob): Promise<Answer> {
    const alive = this.threads.filter((t) => !t.failed);
    if (alive.length === 0) return Promise.resolve(undefined);
    const t = alive[this.next++ % alive.length]!;
    return new Promise((resolve) => {
      t.waiting.set(job.id, resolve);
      t.worker.postMessage({ type: "job", job } satisfies ToNormalizer);
    });
  }

  close(): void {
    for (const t of this.threads) {
      t.failed = true;
      for (const answer of t.waiting.values()) answer(undefined);
      t.waiting.clear();
      void t.worker.terminate();
    }
  }
}
