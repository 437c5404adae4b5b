import { parentPort, type Transferable } from "node:worker_threads";
import { expectArgument } from "../i18n/argument.js";
import type { FromPoolWorker, ToPoolWorker } from "./worker-pool.js";

/** What a worker of a `WorkerPool` does with each message. */
export interface RequestHandlers<Setup, Job, Answer, Note = never> {
  /** Set up once; a throw tells the pool this thread cannot work. */
  setup(setup: Setup): void;
  /** Answer one job; a throw fails only this request. */
  answer(job: Job): Answer;
  /** What of an answer to move rather than copy (its buffers). */
  transfer?(answer: Answer): readonly Transferable[];
  /** Take a note sent to every thread (see `WorkerPool.broadcast`). */
  note?(note: Note): void;
}

/**
 * The worker side of a `WorkerPool`: answer its setup, jobs and notes with these handlers.
 * Does nothing outside a worker thread, so the module can also be imported on the main thread.
 *
 * @example
 * ```ts
 * import { serveRequests } from "@linli/core/node";
 *
 * let scale = 1;
 * serveRequests<{ scale: number }, number, number>({
 *   setup: (s) => {
 *     scale = s.scale;
 *   },
 *   answer: (n) => n * scale,
 * });
 * ```
 */
export function serveRequests<Setup, Job, Answer, Note = never>(
  handlers: RequestHandlers<Setup, Job, Answer, Note>,
  port = parentPort,
): void {
  // Checked before listening: without handlers it would answer whatever the port carries.
  expectArgument("serveRequests", "handlers", "record", handlers);
  expectArgument("serveRequests", "handlers.setup", "function", handlers.setup);
  expectArgument("serveRequests", "handlers.answer", "function", handlers.answer);
  if (!port) return;
  const send = (m: FromPoolWorker<Answer>, transfer?: readonly Transferable[]) =>
    port.postMessage(m, transfer as Transferable[] | undefined);
  port.on("message", (m: ToPoolWorker<Setup, Job, Note>) => {
    if (m.type === "setup") {
      try {
        handlers.setup(m.setup);
      } catch (e) {
        send({ type: "setup-failed", error: String(e) });
        return;
      }
      send({ type: "ready" });
    } else if (m.type === "note") {
      handlers.note?.(m.note);
    } else {
      let answer: Answer;
      try {
        answer = handlers.answer(m.job);
      } catch (e) {
        send({ type: "failed", id: m.id, error: String(e) });
        return;
      }
      send({ type: "done", id: m.id, answer }, handlers.transfer?.(answer));
    }
  });
}
