/**
 * What the page's main thread does while the files are read (and merged, with --merge): its
 * long animation frames (a task with the style, layout and paint after it), and with --trace a
 * Chromium trace giving each heavy task's CPU time (thread time: the same on a busy machine as
 * on a quiet one, unlike wall time) split into script, style, layout and paint. To find what
 * holds the page up; figures for the docs come from run.ts through bench.sh.
 *
 * npx tsx bench/workbench/main-thread.ts [--rows 100000] [--dist DIR] [--trace] [--over 15]
 *   [--merge] [--css TEXT] [--out trace.json]
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveFolder } from "../../packages/cli/src/static-server.js";
import { launchDesktop } from "../../packages/workbench/src/e2e/harness.js";
import { generate } from "../merge/generate.js";
import { dropAndRead, mergeAll } from "./drive.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rows = Number(opt("--rows") ?? 100_000);
const over = Number(opt("--over") ?? 100);
const dist = opt("--dist")
  ? `${opt("--dist")!.replace(/\/$/, "")}/`
  : fileURLToPath(new URL("../../packages/workbench/dist/", import.meta.url));

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: Record<string, unknown>;
}

const { paths } = await generate(rows);
const { server, url } = await serveFolder(dist, 0);
const { context, close } = await launchDesktop("/usr/bin/chromium", join(tmpdir(), "linli-dl"));
const page = context.pages()[0] ?? (await context.newPage());
await page.addInitScript(() => {
  const w = window as unknown as { __long: unknown[] };
  w.__long = [];
  for (const type of ["longtask", "long-animation-frame"])
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const f = e as PerformanceEntry & {
          renderStart?: number;
          styleAndLayoutStart?: number;
          blockingDuration?: number;
          scripts?: { invoker: string; duration: number; forcedStyleAndLayoutDuration: number }[];
        };
        w.__long.push({
          type,
          start: Math.round(e.startTime),
          ms: Math.round(e.duration),
          ...(f.renderStart
            ? {
                render: Math.round(e.startTime + e.duration - f.renderStart),
                layout: Math.round(e.startTime + e.duration - (f.styleAndLayoutStart ?? 0)),
                scripts: f.scripts?.map((x) => `${x.invoker} ${Math.round(x.duration)}`),
              }
            : {}),
        });
      }
    }).observe({ type, buffered: true });
});
await page.goto(url);
await page.waitForSelector("#files", { state: "attached" });
// `--css TEXT`: a style sheet added before the files are dropped (to see what a change of layout
// would save).
if (opt("--css"))
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, opt("--css")!);
const cdp = await context.newCDPSession(page);
const events: Ev[] = [];
cdp.on("Tracing.dataCollected", (e) => {
  for (const x of e.value) events.push(x as unknown as Ev);
});
const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
const tracing = args.includes("--trace");
if (tracing)
  await cdp.send("Tracing.start", {
    traceConfig: {
      includedCategories: [
        "toplevel",
        "devtools.timeline",
        "disabled-by-default-devtools.timeline",
        "v8",
        "v8.execute",
        "blink",
      ],
    },
    transferMode: "ReportEvents",
  });
const t0 = await page.evaluate(() => performance.now());
await dropAndRead(page, paths);
// `--merge`: the merge too, until its result shows.
if (args.includes("--merge")) {
  await mergeAll(page);
  await page.waitForTimeout(500);
}
const long = await page.evaluate(
  () => (window as unknown as { __long: { start: number }[] }).__long,
);
for (const l of long)
  if (l.start >= t0) console.log(JSON.stringify({ ...l, start: Math.round(l.start - t0) }));
if (tracing) {
  await cdp.send("Tracing.end");
  await done;
}
await close();
server.close();
if (opt("--out")) writeFileSync(opt("--out")!, JSON.stringify(events));

// The renderer's main thread: the one named CrRendererMain. Wall time depends on the machine's
// load; thread time (tdur) is the CPU the task itself took.
const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
const main = new Set(mains.map((e) => `${e.pid}:${e.tid}`));
const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === "X" && e.dur);
const tasks = onMain
  .filter((e) => e.name === "ThreadControllerImpl::RunTask")
  .sort((a, b) => a.ts - b.ts)
  .filter((e, i, all) => i === 0 || e.ts >= all[i - 1]!.ts + all[i - 1]!.dur!);
const cpu = (e: Ev) => (e as Ev & { tdur?: number }).tdur ?? 0;
const heavy = tasks.filter((t) => cpu(t) / 1000 >= over);
const first = tasks[0]?.ts ?? 0;
console.log(
  `${tasks.length} main-thread tasks, ${(tasks.reduce((n, t) => n + cpu(t), 0) / 1000).toFixed(0)} ms of CPU; ${heavy.length} of ${over} ms of CPU or more:`,
);
for (const t of heavy) {
  const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
  const part = (name: string) =>
    inside.filter((e) => e.name === name).reduce((n, e) => n + cpu(e), 0) / 1000;
  console.log(
    `  at ${((t.ts - first) / 1e6).toFixed(1)} s: ${(cpu(t) / 1000).toFixed(0)} ms of CPU (${(t.dur! / 1000).toFixed(0)} ms wall): script ${part("FunctionCall").toFixed(0)}, style ${part("UpdateLayoutTree").toFixed(0)}, layout ${part("Layout").toFixed(0)}, paint ${(part("PrePaint") + part("Paint")).toFixed(0)}`,
  );
}
