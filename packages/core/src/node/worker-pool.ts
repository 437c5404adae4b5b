import type { Transferable, Worker } from "node:worker_threads";
import { expectText } from "../i18n/argument.js";
import { startWorker } from "./start-worker.js";

/** What the pool sends a worker (see {@link serveRequests}). */
export type ToPoolWorker<Setup, Job, Note> =
  | { type: "setup"; setup: Setup }
  | { type: "job"; id: number; job: Job }
  | { type: "note"; note: Note };

/** What a worker answers the pool. */
export type FromPoolWorker<Answer> =
  | { type: "ready" }
  | { type: "setup-failed"; error: string }
  | { type: "done"; id: number; answer: Answer }
  | { type: "failed"; id: number; error: string };

/** Why a request of a {@link WorkerPool} was not answered. */
export type WorkerPoolFailure =
  | "worker.error"
  | "worker.exit"
  | "worker.job"
  | "worker.none"
  | "worker.closed";

/**
 * A request a {@link WorkerPool} could not answer: its thread threw or stopped (every request
 * waiting on it fails), the worker could not answer this one, no thread was free, or the pool
 * was closed. Callers in linli's packages catch it and do the work on their own thread.
 *
 * @example
 * ```ts
 * import { WorkerPoolError } from "@linli/core/node";
 *
 * const e = new WorkerPoolError("worker.closed", "the pool was closed");
 * e.code; // "worker.closed"
 * ```
 */
export class WorkerPoolError extends Error {
  override readonly name = "WorkerPoolError";

  constructor(
    readonly code: WorkerPoolFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Where the pool's workers are and what each is sent first. */
export interface WorkerPoolOptions<Setup> {
  /** The `import.meta.url` of the module that starts the workers (see `startWorker`). */
  readonly here: string;
  /** The worker script's path next to the built module, e.g. `"./pool-worker.js"`. */
  readonly built: string;
  /** The worker's source next to the module's source, e.g. `"./worker.ts"`. */
  readonly source: string;
  /** How many threads to start. */
  readonly count: number;
  /** Sent to each worker once; it answers ready (or that it could not set up). */
  readonly setup: Setup;
  /** Keep the process alive only while a request waits (threads that are idle do not hold it). */
  readonly unrefIdle?: boolean;
}

interface Thread<Answer> {
  readonly index: number;
  readonly worker: Worker;
  ready: boolean;
  failed: boolean;
  readonly waiting: Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>;
}

/**
 * A few worker threads that answer requests: each gets its setup once and answers ready, then
 * takes jobs and answers each by its id. A thread that throws or stops fails every request
 * waiting on it with a {@link WorkerPoolError} and takes no more. Node only.
 *
 * @example
 * ```ts
 * import { WorkerPool } from "@linli/core/node";
 *
 * const pool = new WorkerPool<{ scale: number }, number, number>({
 *   here: import.meta.url,
 *   built: "./double-worker.js",
 *   source: "./double-worker.ts",
 *   count: 2,
 *   setup: { scale: 2 },
 * });
 * if ((await pool.started()) > 0) console.log(await pool.request(21)); // 42
 * pool.close();
 * ```
 */
export class WorkerPool<Setup, Job, Answer, Note = never> {
  private readonly threads: Thread<Answer>[] = [];
  private readonly up: Promise<boolean>[] = [];
  private readonly unrefIdle: boolean;
  private next = 0;
  private ids = 0;

  constructor(options: WorkerPoolOptions<Setup>) {
    expectText("WorkerPool", "options.here", options?.here);
    this.unrefIdle = options.unrefIdle === true;
    for (let i = 0; i < options.count; i++) {
      let worker: Worker;
      try {
        worker = startWorker(options.here, options.built, options.source);
      } catch {
        continue;
      }
      this.add(worker, options.setup);
    }
  }

  /**
   * Start a pool and wait for its threads; `undefined` (and nothing left running) when none
   * came up.
   *
   * @example
   * ```ts
   * import { WorkerPool } from "@linli/core/node";
   *
   * const pool = await WorkerPool.start<{ scale: number }, number, number>({
   *   here: import.meta.url,
   *   built: "./double-worker.js",
   *   source: "./double-worker.ts",
   *   count: 2,
   *   setup: { scale: 2 },
   * });
   * // Without threads, do the work here.
   * const answer = pool ? await pool.request(21) : 21 * 2;
   * ```
   */
  static async start<Setup, Job, Answer, Note = never>(
    options: WorkerPoolOptions<Setup>,
  ): Promise<WorkerPool<Setup, Job, Answer, Note> | undefined> {
    const pool = new WorkerPool<Setup, Job, Answer, Note>(options);
    if ((await pool.started()) > 0) return pool;
    pool.close();
    return undefined;
  }

  private add(worker: Worker, setup: Setup): void {
    const t: Thread<Answer> = {
      index: this.threads.length,
      worker,
      ready: false,
      failed: false,
      waiting: new Map(),
    };
    this.threads.push(t);
    this.up.push(
      new Promise<boolean>((resolve) => {
        worker.once("message", (m: FromPoolWorker<Answer>) => resolve(m.type === "ready"));
        worker.once("error", () => resolve(false));
        worker.once("exit", () => resolve(false));
      }),
    );
    worker.on("message", (m: FromPoolWorker<Answer>) => {
      if (m.type === "ready") t.ready = true;
      else if (m.type === "setup-failed") {
        this.fail(
          t,
          new WorkerPoolError("worker.error", `worker ${t.index} could not set up: ${m.error}`),
        );
        void worker.terminate();
      } else {
        const waiting = t.waiting.get(m.id);
        t.waiting.delete(m.id);
        if (m.type === "done") waiting?.resolve(m.answer);
        else
          waiting?.reject(
            new WorkerPoolError("worker.job", `worker ${t.index} could not answer: ${m.error}`),
          );
      }
      if (this.unrefIdle && t.waiting.size === 0) worker.unref();
    });
    worker.on("error", (e: Error) =>
      this.fail(
        t,
        new WorkerPoolError("worker.error", `worker ${t.index} failed: ${e?.message ?? e}`, {
          cause: e,
        }),
      ),
    );
    worker.on("exit", (code: number) =>
      this.fail(
        t,
        new WorkerPoolError("worker.exit", `worker ${t.index} stopped (exit code ${code})`),
      ),
    );
    if (this.unrefIdle) worker.unref();
    worker.postMessage({ type: "setup", setup } satisfies ToPoolWorker<Setup, Job, Note>);
  }

  /** Mark a thread failed and fail every request waiting on it. */
  private fail(t: Thread<Answer>, error: WorkerPoolError): void {
    t.failed = true;
    const waiting = [...t.waiting.values()];
    t.waiting.clear();
    for (const w of waiting) w.reject(error);
    if (this.unrefIdle) t.worker.unref();
  }

  /** Resolves, once every thread is ready or has failed, with how many are ready. */
  async started(): Promise<number> {
    await Promise.all(this.up);
    return this.size;
  }

  /** How many threads are ready and working. */
  get size(): number {
    let n = 0;
    for (const t of this.threads) if (t.ready && !t.failed) n++;
    return n;
  }

  /** Whether a thread may still take requests (ready, or not yet up). */
  get alive(): boolean {
    return this.threads.some((t) => !t.failed);
  }

  /** Whether a ready thread has fewer than `limit` requests waiting. */
  room(limit = Number.POSITIVE_INFINITY): boolean {
    return this.threads.some((t) => t.ready && !t.failed && t.waiting.size < limit);
  }

  /**
   * Send a job to the ready thread with the fewest requests waiting (taking turns among equals),
   * and wait for its answer. Rejects with a {@link WorkerPoolError} when no ready thread has
   * fewer than `limit` waiting, or the thread fails first.
   */
  request(
    job: Job,
    options: { transfer?: readonly Transferable[]; limit?: number } = {},
  ): Promise<Answer> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const n = this.threads.length;
    let best: Thread<Answer> | undefined;
    for (let k = 0; k < n; k++) {
      const t = this.threads[(this.next + k) % n]!;
      if (!t.ready || t.failed || t.waiting.size >= limit) continue;
      if (!best || t.waiting.size < best.waiting.size) best = t;
    }
    if (!best) {
      return Promise.reject(new WorkerPoolError("worker.none", "no worker thread is free"));
    }
    const t = best;
    this.next = (t.index + 1) % n;
    const id = this.ids++;
    return new Promise<Answer>((resolve, reject) => {
      t.waiting.set(id, { resolve, reject });
      if (this.unrefIdle) t.worker.ref();
      t.worker.postMessage(
        { type: "job", id, job } satisfies ToPoolWorker<Setup, Job, Note>,
        options.transfer as Transferable[] | undefined,
      );
    });
  }

  /** Send a note that needs no answer (more data, say) to every ready thread. */
  broadcast(note: Note): void {
    for (const t of this.threads) {
      if (t.ready && !t.failed) t.worker.postMessage({ type: "note", note });
    }
  }

  /** Stop every thread; requests still waiting fail with `worker.closed`. */
  close(): void {
    for (const t of this.threads) {
      this.fail(t, new WorkerPoolError("worker.closed", "the worker pool was closed"));
      void t.worker.terminate();
    }
  }
}
