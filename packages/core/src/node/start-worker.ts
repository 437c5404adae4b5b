import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { expectText } from "../i18n/argument.js";

/**
 * Where a module's worker script is and how it is started: the built script next to the
 * module when it runs from `dist/`, or its TypeScript source loaded through tsx when the module
 * itself runs from source (tests, `tsx` scripts).
 *
 * @param here - the `import.meta.url` of the module that starts the worker
 * @param built - the worker script's path next to the built module, e.g. `"./worker.js"`
 * @param source - the worker's source next to the module's source, e.g. `"./worker.ts"`
 * @example
 * ```ts
 * import { workerScript } from "@linli/core/node";
 *
 * workerScript("file:///app/dist/index.js", "./pool-worker.js", "./worker.ts");
 * // { url: URL { href: "file:///app/dist/pool-worker.js" } }
 * ```
 */
export function workerScript(
  here: string,
  built: string,
  source: string,
): { url: URL } | { code: string } {
  expectText("workerScript", "here", here);
  expectText("workerScript", "built", built);
  expectText("workerScript", "source", source);
  if (!here.endsWith(".ts")) return { url: new URL(built, here) };
  // tsx's module API as an ES module (require would resolve its CommonJS build).
  const tsxPackage = createRequire(here).resolve("tsx/package.json");
  const tsx = new URL("./dist/esm/api/index.mjs", pathToFileURL(tsxPackage)).href;
  const script = new URL(source, here).href;
  return {
    code: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); });`,
  };
}

/**
 * Start a module's worker thread (see {@link workerScript} for which script it runs). Throws as
 * `new Worker` does when the thread cannot be made; callers fall back to their own thread.
 *
 * @param here - the `import.meta.url` of the module that starts the worker
 * @param built - the worker script's path next to the built module
 * @param source - the worker's source next to the module's source
 * @example
 * ```ts
 * import { startWorker } from "@linli/core/node";
 *
 * const worker = startWorker(import.meta.url, "./pool-worker.js", "./worker.ts");
 * worker.postMessage({ type: "setup" });
 * ```
 */
export function startWorker(here: string, built: string, source: string): Worker {
  const script = workerScript(here, built, source);
  return "url" in script ? new Worker(script.url) : new Worker(script.code, { eval: true });
}
