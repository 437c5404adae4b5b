import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ArgumentError } from "../i18n/argument.js";
import { WorkerPool, WorkerPoolError } from "../node.js";

const dir = mkdtempSync(join(tmpdir(), "linli-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A worker speaking the pool's protocol by hand, so that the pool is tested on its own.
writeFileSync(
  join(dir, "scale.mjs"),
  `import { parentPort } from "node:worker_threads";
let scale = 0;
parentPort.on("message", (m) => {
  if (m.type === "setup") {
    if (m.setup.bad) parentPort.postMessage({ type: "setup-failed", error: "bad setup" });
    else { scale = m.setup.scale; parentPort.postMessage({ type: "ready" }); }
  } else if (m.type === "note") scale = m.note;
  else {
    const { n, wait = 0 } = m.job;
    if (n === "hold") return;
    if (n === "throw") setTimeout(() => { throw new Error("boom in the worker"); });
    else if (n === "exit") process.exit(3);
    else if (n === "fail") parentPort.postMessage({ type: "failed", id: m.id, error: "no answer for fail" });
    else setTimeout(() => parentPort.postMessage({ type: "done", id: m.id, answer: n * scale }), wait);
  }
});`,
);
// Built modules take their worker's script next to them.
const here = pathToFileURL(join(dir, "index.js")).href;
const sourceWorker = join(dir, "serve.mts");
writeFileSync(
  sourceWorker,
  `import { serveRequests } from ${JSON.stringify(new URL("./serve-requests.ts", import.meta.url).href)};
let scale = 0;
serveRequests<{ scale: number }, number, number>({
  setup: (s) => { scale = s.scale; },
  answer: (n: number) => n * scale,
});`,
);

type Job = { n: number | "hold" | "throw" | "exit" | "fail"; wait?: number };
type Pool = WorkerPool<{ scale?: number; bad?: boolean }, Job, number, number>;
const pools: Pool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.close();
});
function pool(count: number, setup: { scale?: number; bad?: boolean } = { scale: 2 }): Pool {
  const p: Pool = new WorkerPool({ here, built: "./scale.mjs", source: "./x.ts", count, setup });
  pools.push(p);
  return p;
}
const failure = (code: string, message: RegExp) =>
  expect.objectContaining({
    name: "WorkerPoolError",
    code,
    message: expect.stringMatching(message),
  });

describe("WorkerPool", () => {
  it("routes each answer to its request by id, whatever order they come back in", async () => {
    const p = pool(2);
    expect(await p.started()).toBe(2);
    const answers = await Promise.all(
      [5, 4, 3, 2, 1, 0].map((n) => p.request({ n, wait: n * 15 })),
    );
    expect(answers).toEqual([10, 8, 6, 4, 2, 0]);
  });

  it("fails every request waiting on a thread that throws, with a clear error, and uses it no more", async () => {
    const p = pool(1);
    await p.started();
    const held = [p.request({ n: "hold" }), p.request({ n: "hold" })];
    const thrown = p.request({ n: "throw" });
    for (const r of [...held, thrown]) {
      await expect(r).rejects.toEqual(
        failure("worker.error", /worker 0 failed: boom in the worker/),
      );
    }
    await expect(held[0]).rejects.toBeInstanceOf(WorkerPoolError);
    expect(p.size).toBe(0);
    expect(p.alive).toBe(false);
    await expect(p.request({ n: 1 })).rejects.toEqual(failure("worker.none", /no worker/));
  });

  it("fails every request waiting on a thread that exits, and the others go on", async () => {
    const p = pool(2);
    await p.started();
    // Turns among equals: the first request goes to thread 0, the second to thread 1.
    const held = p.request({ n: "hold" });
    const exit = p.request({ n: "exit" });
    await expect(exit).rejects.toEqual(failure("worker.exit", /worker 1 stopped \(exit code 3\)/));
    expect(p.size).toBe(1);
    expect(await p.request({ n: 7 })).toBe(14);
    p.close();
    await expect(held).rejects.toEqual(failure("worker.closed", /closed/));
  });

  it("fails only the request its worker could not answer", async () => {
    const p = pool(1);
    await p.started();
    const [failed, ok] = await Promise.allSettled([p.request({ n: "fail" }), p.request({ n: 4 })]);
    expect(failed).toEqual({
      status: "rejected",
      reason: failure("worker.job", /worker 0 could not answer: no answer for fail/),
    });
    expect(ok).toEqual({ status: "fulfilled", value: 8 });
    expect(p.size).toBe(1);
  });

  it("starts as a whole: a pool when a thread came up, else undefined", async () => {
    const up = await WorkerPool.start<{ scale: number }, Job, number>({
      here,
      built: "./scale.mjs",
      source: "./x.ts",
      count: 1,
      setup: { scale: 5 },
    });
    try {
      expect(await up?.request({ n: 2 })).toBe(10);
    } finally {
      up?.close();
    }
    const none = await WorkerPool.start({
      here,
      built: "./scale.mjs",
      source: "",
      count: 1,
      setup: { bad: true },
    });
    expect(none).toBeUndefined();
  });

  it("counts a thread that cannot set up, or whose script is missing, as not started", async () => {
    expect(await pool(2, { bad: true }).started()).toBe(0);
    const missing: Pool = new WorkerPool({
      here,
      built: "./missing.mjs",
      source: "./x.ts",
      count: 1,
      setup: {},
    });
    pools.push(missing);
    expect(await missing.started()).toBe(0);
    expect(missing.alive).toBe(false);
  });

  it("gives the least busy thread the next job, and none past the limit", async () => {
    const p = pool(2);
    await p.started();
    void p.request({ n: "hold" }, { limit: 1 }).catch(() => {});
    expect(p.room(1)).toBe(true);
    void p.request({ n: "hold" }, { limit: 1 }).catch(() => {});
    expect(p.room(1)).toBe(false);
    expect(p.room()).toBe(true);
    await expect(p.request({ n: 1 }, { limit: 1 })).rejects.toEqual(failure("worker.none", /free/));
  });

  it("sends a note to every thread", async () => {
    const p = pool(2);
    await p.started();
    p.broadcast(10);
    expect(await Promise.all([p.request({ n: 1 }), p.request({ n: 2 })])).toEqual([10, 20]);
  });

  it("fails what waits when closed, and answers no more", async () => {
    const p = pool(1);
    await p.started();
    const held = p.request({ n: "hold" });
    p.close();
    await expect(held).rejects.toEqual(failure("worker.closed", /closed/));
    expect(p.size).toBe(0);
    await expect(p.request({ n: 1 })).rejects.toBeInstanceOf(WorkerPoolError);
  });

  it("runs a worker written with serveRequests from its TypeScript source", async () => {
    const p = new WorkerPool<{ scale: number }, number, number>({
      here: import.meta.url,
      built: "./none.js",
      source: pathToFileURL(sourceWorker).href,
      count: 1,
      setup: { scale: 3 },
    });
    try {
      expect(await p.started()).toBe(1);
      expect(await p.request(5)).toBe(15);
    } finally {
      p.close();
    }
  }, 30_000);

  it("refuses a start that is not a module's URL with a linli error", () => {
    expect(
      () => new WorkerPool({ here: 1 as never, built: "", source: "", count: 1, setup: 0 }),
    ).toThrow(ArgumentError);
  });
});
