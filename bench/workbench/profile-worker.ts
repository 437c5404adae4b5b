/**
 * Where the worker's CPU goes while the page imports and merges: a V8 CPU profile of every
 * worker of the page, taken through the DevTools protocol (the `Profiler` domain on each
 * worker target, attached before it runs), written as .cpuprofile files (open them in
 * Chromium's DevTools) and summed up: the functions with the most self time, and the time
 * under a few stages, while the files are read and while they are merged. Build the page
 * without minifying to read function names:
 * `(cd packages/workbench && npx vite build --minify false --outDir /tmp/wb-prof)`.
 * To find what to cut; figures for the docs come from run.ts through bench.sh.
 *
 * npx tsx bench/workbench/profile-worker.ts [--rows 100000] [--dist DIR] [--out PREFIX]
 *   [--interval 250] [--top 25]
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveFolder } from "../../packages/cli/src/static-server.js";
import { launchDesktop } from "../../packages/workbench/src/e2e/harness.js";
import { generate } from "../merge/generate.js";
import { dropAndRead, mergeAll } from "./drive.js";
import { type CpuProfile, summarise } from "./profile-summary.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = opt("--dist")
  ? `${opt("--dist")!.replace(/\/$/, "")}/`
  : fileURLToPath(new URL("../../packages/workbench/dist/", import.meta.url));
const out = opt("--out") ?? join(tmpdir(), "linli-worker");

const { paths } = await generate(Number(opt("--rows") ?? 100_000));
const { server, url } = await serveFolder(dist, 0);
const { context, close } = await launchDesktop("/usr/bin/chromium", join(tmpdir(), "linli-dl"));
const page = context.pages()[0] ?? (await context.newPage());
const cdp = await context.newCDPSession(page);

// Worker targets are reached through the page's session (not flattened): commands go in
// Target.sendMessageToTarget, answers come back as Target.receivedMessageFromTarget.
let next = 1;
const waiting = new Map<number, (result: unknown) => void>();
const workers: string[] = [];
type Send = (method: string, params: object) => Promise<unknown>;
const raw = cdp.send.bind(cdp) as unknown as Send;
const on = cdp.on.bind(cdp) as unknown as (event: string, f: (e: never) => void) => void;
const ask = (sessionId: string, method: string, params: object = {}) =>
  new Promise<unknown>((resolve) => {
    const id = next++;
    waiting.set(id, resolve);
    void raw("Target.sendMessageToTarget", {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
  });
on("Target.receivedMessageFromTarget", (e: { message: string }) => {
  const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
  if (m.id !== undefined) waiting.get(m.id)?.(m.result ?? m.error);
  if (m.id !== undefined) waiting.delete(m.id);
});
on("Target.attachedToTarget", (e: { sessionId: string; targetInfo: { type: string } }) => {
  if (e.targetInfo.type !== "worker") {
    void ask(e.sessionId, "Runtime.runIfWaitingForDebugger");
    return;
  }
  workers.push(e.sessionId);
  void (async () => {
    await ask(e.sessionId, "Profiler.enable");
    await ask(e.sessionId, "Profiler.setSamplingInterval", {
      interval: Number(opt("--interval") ?? 250),
    });
    await ask(e.sessionId, "Profiler.start");
    await ask(e.sessionId, "Runtime.runIfWaitingForDebugger");
  })();
});
await raw("Target.setAutoAttach", {
  autoAttach: true,
  waitForDebuggerOnStart: true,
  flatten: false,
});
await page.goto(url);
await page.waitForSelector("#files", { state: "attached" });

const t0 = Date.now();
await dropAndRead(page, paths);
const t1 = Date.now();
await mergeAll(page);
const t2 = Date.now();
console.log(`read ${t1 - t0} ms, merge ${t2 - t1} ms (profiled, slower than unprofiled)`);
for (const [k, sessionId] of workers.entries()) {
  const r = (await ask(sessionId, "Profiler.stop")) as { profile?: CpuProfile } | undefined;
  if (!r?.profile) continue;
  const file = `${out}-${k}.cpuprofile`;
  writeFileSync(file, JSON.stringify(r.profile));
  console.log(`\nworker ${k}: ${file}`);
  console.log(summarise(r.profile, Number(opt("--top") ?? 25)));
}
await close();
server.close();
