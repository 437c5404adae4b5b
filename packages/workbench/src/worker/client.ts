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

const spawn = (name: string) =>
  new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name });

/**
 * The workbench's worker, and a second one that reads files for it: with two cores, two
 * files are read at once. The helper hands each file it read to the first worker, which
 * holds every file for the merge.
 */
export function startWorker(): WorkerClient {
  const main = spawn("linli");
  const cores = typeof navigator === "undefined" ? 1 : (navigator.hardwareConcurrency ?? 1);
  if (cores > 1) {
    const { port1, port2 } = new MessageChannel();
    spawn("linli-reader").postMessage({ seq: 0, type: "serve", port: port2 } satisfies Request, [
      port2,
    ]);
    main.postMessage({ seq: 0, type: "helper", port: port1 } satisfies Request, [port1]);
  }
  return new WorkerClient(main);
}
