// Worker threads that read and build pieces of a CSV table (worker.ts). Node only.
import type { Worker } from "node:worker_threads";
import { startWorker } from "@linli/core/node";
import type { BuiltPiece, PieceJob, PieceSetup } from "./piece.js";
import type { FromWorker, ToWorker } from "./worker.js";

interface Thread {
  readonly worker: Worker;
  ready: boolean;
  failed: boolean;
  /** Pieces sent and not yet answered, by id. */
  readonly waiting: Map<number, (piece: BuiltPiece | undefined) => void>;
}

/**
 * A few threads, each with at most `perThread` pieces at a time. A thread that fails to start
 * or stops answers its pieces with `undefined`, so that they are read where they were sent from.
 */
export class ThreadPool {
  private readonly threads: Thread[] = [];
  private readonly up: Promise<void>[] = [];

  constructor(
    setup: PieceSetup,
    count: number,
    private readonly perThread: number,
  ) {
    for (let i = 0; i < count; i++) {
      let worker: Worker;
      try {
        worker = startWorker(import.meta.url, "./import-worker.js", "./worker.ts");
      } catch {
        continue;
      }
      const t: Thread = { worker, ready: false, failed: false, waiting: new Map() };
      this.up.push(
        new Promise<void>((resolve) => {
          worker.once("message", () => resolve());
          worker.once("error", () => resolve());
          worker.once("exit", () => resolve());
        }),
      );
      const fail = () => {
        t.failed = true;
        for (const answer of t.waiting.values()) answer(undefined);
        t.waiting.clear();
        worker.unref();
      };
      worker.on("message", (m: FromWorker) => {
        if (m.type === "ready") t.ready = true;
        else {
          const id = m.type === "built" ? m.piece.id : m.id;
          const answer = t.waiting.get(id);
          t.waiting.delete(id);
          answer?.(m.type === "built" ? m.piece : undefined);
        }
        if (t.waiting.size === 0) worker.unref();
      });
      worker.on("error", fail);
      worker.on("exit", fail);
      worker.unref();
      const message: ToWorker = { type: "setup", setup };
      worker.postMessage(message);
      this.threads.push(t);
    }
  }

  /** Resolves once every thread is up or has failed. */
  async started(): Promise<void> {
    await Promise.all(this.up);
  }

  /** Whether a thread may still take pieces (started or starting). */
  get alive(): boolean {
    return this.threads.some((t) => !t.failed);
  }

  /** Whether a ready thread has room for a piece now. */
  get room(): boolean {
    return this.threads.some((t) => t.ready && !t.failed && t.waiting.size < this.perThread);
  }

  /** Send a piece to the least busy ready thread; `undefined` when none has room. */
  send(job: PieceJob): Promise<BuiltPiece | undefined> | undefined {
    let best: Thread | undefined;
    for (const t of this.threads) {
      if (!t.ready || t.failed || t.waiting.size >= this.perThread) continue;
      if (!best || t.waiting.size < best.waiting.size) best = t;
    }
    if (!best) return undefined;
    const t = best;
    return new Promise((resolve) => {
      t.waiting.set(job.id, resolve);
      t.worker.ref();
      const message: ToWorker = { type: "piece", job };
      t.worker.postMessage(message);
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
