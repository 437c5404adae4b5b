// Worker threads that compare distinct key pairs for the DuckDB engine (compare-worker.ts).
// Node only.
import type { Worker } from "node:worker_threads";
import { startWorker } from "@linli/core/node";
import { recipeOf } from "../comparators/recipe.js";
import type { EncodedField } from "../engine/encode.js";
import type { FromComparer, ToComparer } from "./compare-worker.js";

interface Thread {
  readonly worker: Worker;
  failed: boolean;
  readonly waiting: Map<number, (levels: Int8Array | undefined) => void>;
}

/**
 * A few threads that compare key pairs of the fields whose comparator a thread can make again
 * (built-in comparators, not copies of them). A thread that fails answers its jobs with
 * `undefined`, so that they are compared where they were sent from.
 */
export class CompareThreads {
  private readonly threads: Thread[] = [];
  private next = 0;
  private jobs = 0;

  private constructor(private readonly can: readonly boolean[]) {}

  /**
   * Start `count` threads for these fields and send them the fields' keys; `undefined` when
   * no field can be compared on them or no thread comes up.
   */
  static async start(
    fields: readonly EncodedField[],
    count: number,
  ): Promise<CompareThreads | undefined> {
    const recipes = fields.map((f) => {
      const r = recipeOf(f.comparator, true);
      if (!r) return null;
      try {
        structuredClone(r);
        return r;
      } catch {
        return null;
      }
    });
    if (count < 1 || recipes.every((r) => r === null)) return undefined;
    const pool = new CompareThreads(recipes.map((r) => r !== null));
    const up: Promise<boolean>[] = [];
    for (let i = 0; i < count; i++) {
      let worker: Worker;
      try {
        worker = startWorker(import.meta.url, "./compare-worker.js", "./compare-worker.ts");
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
          worker.once("message", (m: FromComparer) => resolve(m.type === "ready"));
          worker.once("error", () => resolve(false));
          worker.once("exit", () => resolve(false));
        }),
      );
      worker.on("message", (m: FromComparer) => {
        if (m.type === "ready") return;
        const answer = t.waiting.get(m.id);
        t.waiting.delete(m.id);
        answer?.(m.type === "done" ? m.levels : undefined);
      });
      worker.on("error", fail);
      worker.on("exit", fail);
      worker.postMessage({ type: "setup", recipes } satisfies ToComparer);
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
    for (const t of pool.threads) {
      if (t.failed) continue;
      fields.forEach((f, field) => {
        if (!pool.can[field]) return;
        t.worker.postMessage({
          type: "keys",
          field,
          keys: f.keys,
          multi: f.multi,
        } satisfies ToComparer);
      });
    }
    return pool;
  }

  /** How many threads still work. */
  get size(): number {
    return this.threads.filter((t) => !t.failed).length;
  }

  /** Whether field `field` can be compared on the threads. */
  compares(field: number): boolean {
    return this.can[field] === true;
  }

  /** Levels of the pairs `x[k]`, `y[k]` of one field on the next working thread. */
  compare(field: number, x: Int32Array, y: Int32Array): Promise<Int8Array | undefined> {
    const alive = this.threads.filter((t) => !t.failed);
    if (alive.length === 0 || !this.can[field]) return Promise.resolve(undefined);
    const t = alive[this.next++ % alive.length]!;
    const id = this.jobs++;
    return new Promise((resolve) => {
      t.waiting.set(id, resolve);
      t.worker.postMessage({ type: "job", id, field, x, y } satisfies ToComparer);
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
