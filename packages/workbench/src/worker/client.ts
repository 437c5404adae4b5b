import type { Progress, Request, Response } from "./protocol.js";

type Final = Exclude<Response, { type: "progress" }>;

/** Distributive Omit: keeps each request's own fields. */
type Ask = Request extends infer R ? (R extends unknown ? Omit<R, "seq"> : never) : never;

/** The page's side of the worker: each request gets its answer, with progress on the way. */
export class WorkerClient {
  private seq = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (r: Final) => void; progress?: ((p: Progress) => void) | undefined }
  >();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<Response>) => {
      const r = event.data;
      const w = this.waiting.get(r.seq);
      if (!w) return;
      if (r.type === "progress") w.progress?.(r);
      else {
        this.waiting.delete(r.seq);
        w.resolve(r);
      }
    };
  }

  /** Send a request; resolves with the worker's final answer (an error is an answer too). */
  ask(request: Ask, progress?: (p: Progress) => void): Promise<Final> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(seq, { resolve, progress });
      this.worker.postMessage({ ...request, seq } as Request);
    });
  }
}

/** The workbench's worker. */
export function startWorker(): WorkerClient {
  return new WorkerClient(
    new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "linli" }),
  );
}
