import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { ArgumentError } from "../i18n/argument.js";
import { startWorker, workerScript } from "../node.js";

const dir = mkdtempSync(join(tmpdir(), "linli-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const echo = `import { parentPort } from "node:worker_threads";
parentPort.on("message", (m) => parentPort.postMessage({ echo: m, from: FROM }));`;
writeFileSync(join(dir, "echo.mjs"), echo.replace("FROM", '"built"'));
// Type annotations: only a TypeScript loader runs this one.
writeFileSync(join(dir, "echo.mts"), echo.replace("FROM", '"source" as string'));
const builtModule = pathToFileURL(join(dir, "index.js")).href;
const sourceScript = pathToFileURL(join(dir, "echo.mts")).href;

async function ask(worker: Worker, message: unknown): Promise<unknown> {
  try {
    const answer = new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    worker.postMessage(message);
    return await answer;
  } finally {
    await worker.terminate();
  }
}

describe("workerScript", () => {
  it("takes the built script next to a built module", () => {
    expect(workerScript("file:///app/dist/chunk-X.js", "./pool-worker.js", "./worker.ts")).toEqual({
      url: new URL("file:///app/dist/pool-worker.js"),
    });
  });

  it("boots the source through tsx's ES module API next to a module run from source", () => {
    const script = workerScript(import.meta.url, "./pool-worker.js", "./worker.ts");
    expect("code" in script).toBe(true);
    const code = (script as { code: string }).code;
    expect(code).toContain("/tsx/dist/esm/api/index.mjs");
    expect(code).toContain(JSON.stringify(new URL("./worker.ts", import.meta.url).href));
    expect(code).toMatch(/api\.register\(\); return import\(/);
  });

  it("refuses what is not a path with a linli error", () => {
    expect(() => workerScript(import.meta.url, "./a.js", undefined as never)).toThrow(
      ArgumentError,
    );
    expect(() => startWorker(null as never, "./a.js", "./a.ts")).toThrow(/here/);
  });
});

describe("startWorker", () => {
  it("runs the built script when started from a built module", async () => {
    const worker = startWorker(builtModule, "./echo.mjs", "./echo.ts");
    expect(await ask(worker, 1)).toEqual({ echo: 1, from: "built" });
  });

  it("runs the TypeScript source when started from source", async () => {
    const worker = startWorker(import.meta.url, "./echo.mjs", sourceScript);
    expect(await ask(worker, "hi")).toEqual({ echo: "hi", from: "source" });
  }, 30_000);

  it("fails as a worker does when the built script is missing", async () => {
    const worker = startWorker(builtModule, "./missing.mjs", "./echo.ts");
    await expect(ask(worker, 1)).rejects.toThrow();
  });
});
