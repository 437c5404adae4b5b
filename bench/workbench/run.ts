/**
 * Workbench benchmark: the 8 generated community registers of bench/merge (100,000 rows in
 * all by default: GB18030 and UTF-8 CSV, XLSX with a title row, a 问卷星 export…) given to the
 * built page in headless Chromium, read in its worker, then merged with one click. Prints the
 * time to read every file and to merge, the page's main-thread tasks over 50 ms (a
 * PerformanceObserver of long tasks; goal: none over 200 ms, so the page stays responsive) and
 * its long animation frames (a task with the style, layout and paint after it), the
 * CPU time of the browser's processes (every thread) during import and merge, the
 * peak memory of the browser's processes, and the page's size gzipped. Goal: import and merge
 * under 10 s.
 *
 * pnpm build first (the page in packages/workbench/dist), then:
 * npx tsx bench/workbench/run.ts [--rows 100000] [--dist <a built page>]
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { serveFolder } from "../../packages/cli/src/static-server.js";
import { launchDesktop } from "../../packages/workbench/src/e2e/harness.js";
import { machine } from "../machine.js";
import { generate } from "../merge/generate.js";
import { dropAndRead, mergeAll } from "./drive.js";

const args = process.argv.slice(2);
const at = args.indexOf("--rows");
const rows = at >= 0 ? Number(args[at + 1]) : 100_000;
// `--dist <folder>`: another build of the page (to compare two versions).
const distAt = args.indexOf("--dist");
const dist =
  distAt >= 0
    ? `${args[distAt + 1]!.replace(/\/$/, "")}/`
    : fileURLToPath(new URL("../../packages/workbench/dist/", import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Every file of the built page with its size and gzipped size. */
function pageSize(): { file: string; bytes: number; gzip: number }[] {
  const files: { file: string; bytes: number; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const body = readFileSync(p);
        const gzip = gzipSync(body, { level: 9 }).length;
        files.push({ file: relative(dist, p), bytes: body.length, gzip });
      }
    }
  };
  walk(dist);
  return files.sort((a, b) => b.bytes - a.bytes);
}

/** Processes this one started (Chromium's), from /proc. */
function children(): number[] {
  const parent = new Map<number, number>();
  for (const e of readdirSync("/proc")) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      parent.set(Number(e), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const out: number[] = [];
  for (const pid of parent.keys()) {
    let p: number | undefined = parent.get(pid);
    while (p !== undefined && p > 1 && p !== process.pid) p = parent.get(p);
    if (p === process.pid) out.push(pid);
  }
  return out;
}

/** Resident memory of every process this one started, in bytes. */
function childrenRss(): number {
  let total = 0;
  for (const pid of children()) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += Number(m?.[1] ?? 0) * 1024;
    } catch {
      // Gone.
    }
  }
  return total;
}

/**
 * CPU time of every process this one started (all their threads), in ms: the work itself,
 * whatever share of the machine it got.
 */
function childrenCpu(): number {
  let ticks = 0;
  for (const pid of children()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // Gone.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

interface Task {
  readonly start: number;
  readonly ms: number;
  /** Of a frame: the time spent rendering it (style, layout, paint). */
  readonly render?: number;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
const loadBefore = load();
const { paths } = await generate(rows);
const size = pageSize();
const { server, url } = await serveFolder(dist, 0);
const { context, close } = await launchDesktop(chromiumPath, join(tmpdir(), "linli-bench-dl"));
const page = context.pages()[0] ?? (await context.newPage());
await page.addInitScript(() => {
  const w = window as unknown as { __tasks: Task[]; __frames: Task[] };
  w.__tasks = [];
  w.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  // A long task counts script only; a long animation frame also counts the style, layout and
  // paint that follow it, which block input as much.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const f = e as PerformanceEntry & { renderStart: number };
      w.__frames.push({
        start: e.startTime,
        ms: e.duration,
        render: f.renderStart > 0 ? e.startTime + e.duration - f.renderStart : 0,
      });
    }
  }).observe({ type: "long-animation-frame", buffered: true });
});
await page.goto(url);
await page.waitForSelector("#files", { state: "attached" });

let peak = childrenRss();
const sampler = setInterval(() => {
  peak = Math.max(peak, childrenRss());
}, 200);
const now = () => page.evaluate(() => performance.now());

const t0 = await now();
const cpu0 = childrenCpu();
await dropAndRead(page, paths);
const t1 = await now();
const read = await page.$$eval("li[data-file] dd[data-count='read']", (els) =>
  els.reduce((n, el) => n + Number(el.textContent), 0),
);
await mergeAll(page);
const t2 = await now();
const cpu2 = childrenCpu();
const result = await page.locator(".result").textContent();

// One cell fixed in place in the largest CSV file: the row is checked again (the file re-read).
const fixed = paths
  .find((p) => p.endsWith(".csv"))!
  .split("/")
  .at(-1)!;
await page.selectOption("#filter-file", { label: fixed });
const issue = page
  .locator("tr[data-code]")
  .filter({ has: page.locator("button") })
  .first();
const value = (await issue.locator("td.value").textContent()) ?? "";
await issue.getByRole("button").click();
await page.locator("form.fix input").fill(`${value}x`);
const busy = `li[data-file="${fixed}"] progress`;
const t3 = await now();
await page.keyboard.press("Enter");
await page.waitForSelector(busy, { timeout: 5_000 }).catch(() => undefined);
await page.waitForSelector(busy, { state: "detached", timeout: 600_000 });
const t4 = await now();
clearInterval(sampler);
peak = Math.max(peak, childrenRss());
const { tasks, frames } = await page.evaluate(() => {
  const w = window as unknown as { __tasks: Task[]; __frames: Task[] };
  return { tasks: w.__tasks, frames: w.__frames };
});
await close();
server.close();

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const within = (list: readonly Task[], from: number, to: number) =>
  list.filter((t) => t.start >= from && t.start < to);
const longest = (list: readonly Task[]) =>
  list.reduce<Task | undefined>((m, x) => (m && m.ms >= x.ms ? m : x), undefined);
const row = (name: string, ms: number, from: number, to: number) => {
  const t = within(tasks, from, to);
  const f = within(frames, from, to);
  const lt = longest(t);
  const lf = longest(f);
  const at = (x: Task | undefined) => (x ? ` at ${s(x.start - from)}` : "");
  console.log(
    `| ${name} | ${s(ms)} | ${t.length} | ${Math.round(lt?.ms ?? 0)} ms${at(lt)} | ${f.length} | ${Math.round(lf?.ms ?? 0)} ms${at(lf)}, rendering ${Math.round(lf?.render ?? 0)} ms |`,
  );
};
console.log(`${machine()} · load before ${loadBefore}, after ${load()} (uptime)`);
console.log(
  `${paths.length} registers, ${read.toLocaleString("en-US")} rows read · ${result?.trim()}`,
);
console.log("");
console.log(
  "| step | time | main-thread tasks > 50 ms | longest task | frames > 50 ms | longest frame (script, style, layout, paint) |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
row("read every file (worker)", t1 - t0, t0, t1);
row("merge (worker)", t2 - t1, t1, t2);
row("total: import and merge", t2 - t0, t0, t2);
row(`fix one cell of ${fixed} (the file read again)`, t4 - t3, t3, t4);
console.log("");
console.log(
  `CPU time of the browser's processes during import and merge: ${s(cpu2 - cpu0)} (all threads)`,
);
console.log(`Peak memory of the browser's processes (RSS): ${(peak / 2 ** 20).toFixed(0)} MiB`);
console.log("");
console.log("| page file | size | gzip |");
console.log("| --- | ---: | ---: |");
for (const f of size) console.log(`| ${f.file} | ${kib(f.bytes)} | ${kib(f.gzip)} |`);
const total = (k: "bytes" | "gzip") => size.reduce((n, f) => n + f[k], 0);
console.log(`| total | ${kib(total("bytes"))} | ${kib(total("gzip"))} |`);
