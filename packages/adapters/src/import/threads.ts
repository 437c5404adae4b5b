// Worker threads that read and build pieces of a CSV table (worker.ts). Node only.
import { WorkerPool } from "@linli/core/node";
import type { BuiltPiece, PieceJob, PieceSetup } from "./piece.js";

/**
 * A few threads, each with at most `perThread` pieces at a time. A thread that fails to start
 * or stops answers its pieces with `undefined`, so that they are read where they were sent from.
 * Idle threads do not keep the process alive.
 */
export class ThreadPool {
  private readonly pool: WorkerPool<PieceSetup, PieceJob, BuiltPiece>;

  constructor(
    setup: PieceSetup,
    count: number,
    private readonly perThread: number,
  ) {
    this.pool = new WorkerPool({
      here: import.meta.url,
      built: "./import-worker.js",
      source: "./worker.ts",
      count,
      setup,
      unrefIdle: true,
    });
  }

  /** Resolves once every thread is up or has failed. */
  async started(): Promise<void> {
    await this.pool.started();
  }

  /** Whether a thread may still take pieces (started or starting). */
  get alive(): boolean {
    return this.pool.alive;
  }

  /** Whether a ready thread has room for a piece now. */
  get room(): boolean {
    return this.pool.room(this.perThread);
  }

  /** Send a piece to the least busy ready thread; `undefined` when none has room. */
  send(job: PieceJob): Promise<BuiltPiece | undefined> | undefined {
    if (!this.room) return undefined;
    return this.pool.request(job, { limit: this.perThread }).catch(() => undefined);
  }

  close(): void {
    this.pool.close();
  }
}
