import { MessageChannel, type MessagePort } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { serveRequests } from "../node.js";

// The pool's side of a channel whose other side plays the worker's `parentPort`.
const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});
function serve(handlers: Parameters<typeof serveRequests<number, number[], Int8Array, number>>[0]) {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveRequests(handlers, port1);
  const answers: unknown[] = [];
  const next = () =>
    new Promise<unknown>((resolve) => {
      port2.once("message", (m) => {
        answers.push(m);
        resolve(m);
      });
    });
  return { send: (m: unknown) => port2.postMessage(m), next };
}

describe("serveRequests", () => {
  let scale = 0;
  let last: Int8Array | undefined;
  const handlers = {
    setup: (s: number) => {
      if (s < 0) throw new Error("a negative scale");
      scale = s;
    },
    answer: (job: number[]) => {
      if (job.length === 0) throw new Error("nothing to scale");
      last = Int8Array.from(job, (n) => n * scale);
      return last;
    },
    transfer: (a: Int8Array) => [a.buffer as ArrayBuffer],
    note: (n: number) => {
      scale = n;
    },
  };

  it("refuses missing handlers with a linli error, and does not listen", () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    for (const bad of [null, undefined, {}, { setup: () => {} }]) {
      let error: unknown;
      try {
        serveRequests(bad as never, port1);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: "argument.invalid" });
    }
    expect(port1.listenerCount("message")).toBe(0);
  });

  it("answers the setup with ready, and each job with its id and answer", async () => {
    const w = serve(handlers);
    w.send({ type: "setup", setup: 2 });
    expect(await w.next()).toEqual({ type: "ready" });
    w.send({ type: "job", id: 7, job: [1, 2, 3] });
    expect(await w.next()).toEqual({ type: "done", id: 7, answer: Int8Array.of(2, 4, 6) });
    // Moved, not copied.
    expect(last?.byteLength).toBe(0);
  });

  it("says so when its setup throws", async () => {
    const w = serve(handlers);
    w.send({ type: "setup", setup: -1 });
    expect(await w.next()).toEqual({ type: "setup-failed", error: "Error: a negative scale" });
  });

  it("fails only the job that throws, by its id, and answers the next", async () => {
    const w = serve(handlers);
    w.send({ type: "setup", setup: 1 });
    await w.next();
    w.send({ type: "job", id: 3, job: [] });
    expect(await w.next()).toEqual({ type: "failed", id: 3, error: "Error: nothing to scale" });
    w.send({ type: "job", id: 4, job: [5] });
    expect(await w.next()).toEqual({ type: "done", id: 4, answer: Int8Array.of(5) });
  });

  it("takes notes without answering them", async () => {
    const w = serve(handlers);
    w.send({ type: "setup", setup: 1 });
    await w.next();
    w.send({ type: "note", note: 3 });
    w.send({ type: "job", id: 0, job: [2] });
    expect(await w.next()).toEqual({ type: "done", id: 0, answer: Int8Array.of(6) });
  });

  it("does nothing outside a worker thread", () => {
    expect(() => serveRequests(handlers, null)).not.toThrow();
  });
});
