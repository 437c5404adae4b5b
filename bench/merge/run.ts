/**
 * Merge benchmark: 8 generated community files, 1.2M rows in total (`generate.ts`), merged
 * in one run with `merge` from `linli/node` and the progress bars of `linli merge` on stderr.
 * Prints the time of each stage (import, dedupe, fusion), peak memory (max RSS of this
 * process) and, with `--write`, the time to write every output. Goal: ≤ 120 s, < 6 GB.
 *
 * The registers come from the synthetic generator (`--district`: its district scenario, a
 * city's name frequencies and a third of rows without an ID), and the merge is scored
 * against the generator's truth: pairwise precision and recall, clusters that mix people,
 * and each kind of hard negative.
 *
 * With `--engine duckdb`, the linkage runs on the DuckDB engine (peak RSS includes DuckDB's
 * memory: it is embedded in this process). `--engine both` runs the in-memory engine, then
 * DuckDB, each in its own process, in this one run (the same files and machine load).
 *
 * npx tsx bench/merge/run.ts [--rows 1200000] [--write] [--district] [--engine memory|duckdb|both [--memory-limit 8GB] [--compare-threads N] [--normalize-threads N] [--frequency-threads N]]
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { type Context, type Progress, progress } from "@linli/cli";
import { type MergeProgress, merge, writeMergeOutputs } from "linli/node";
import { machine, rate } from "../machine.js";
import { mergeAccuracy } from "./accuracy.js";
import { generate } from "./generate.js";

const args = process.argv.slice(2);
const rows = Number(args[args.indexOf("--rows") + 1] || 1_200_000) || 1_200_000;
const write = args.includes("--write");
const engine = args.includes("--engine") ? args[args.indexOf("--engine") + 1]! : "memory";
const memoryLimit = args.includes("--memory-limit")
  ? args[args.indexOf("--memory-limit") + 1]!
  : undefined;
const compareThreads = args.includes("--compare-threads")
  ? Number(args[args.indexOf("--compare-threads") + 1])
  : undefined;
const frequencyThreads = args.includes("--frequency-threads")
  ? Number(args[args.indexOf("--frequency-threads") + 1])
  : undefined;
const normalizeThreads = args.includes("--normalize-threads")
  ? Number(args[args.indexOf("--normalize-threads") + 1])
  : undefined;

// A million records and their clusters need more than V8's default heap: run again with room.
const HEAP_MB = 5600;
if (engine === "both") {
  const rest = args.filter((a, i) => a !== "--engine" && args[i - 1] !== "--engine");
  let status = 0;
  for (const one of ["memory", "duckdb"]) {
    const r = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        "--import",
        "tsx",
        process.argv[1]!,
        ...rest,
        "--engine",
        one,
      ],
      { stdio: "inherit" },
    );
    status ||= r.status ?? 1;
  }
  process.exit(status);
}
if (getHeapStatistics().heap_size_limit < HEAP_MB * 1024 * 1024) {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", process.argv[1]!, ...args],
    {
      stdio: "inherit",
    },
  );
  process.exit(r.status ?? 1);
}

const scenario = args.includes("--district") ? "district" : "classic";
const { paths: files, shapes, truth } = await generate(rows, scenario);
const ctx = {
  values: {},
  positionals: [],
  lang: "en",
  json: false,
  io: {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    env: process.env,
  },
  t: (x: { en: string }) => x.en,
} as unknown as Context;
const bars: { current: { key: string; p: Progress } | undefined } = { current: undefined };
const finish = () => {
  bars.current?.p.done();
  bars.current = undefined;
};
// The longest time with no progress event: what the bar shows stays current within it.
let lastEvent = performance.now();
let longestGap = 0;
let gapAt = "";
const onProgress = (e: MergeProgress) => {
  const now = performance.now();
  if (now - lastEvent > longestGap) {
    longestGap = now - lastEvent;
    gapAt = `${e.stage}${e.detail ? ` ${e.detail}` : ""}`;
  }
  lastEvent = now;
  const key =
    `${e.stage} ${e.detail && e.stage === "import" ? e.detail.split("/").pop() : ""}`.trim();
  if (bars.current?.key !== key) {
    bars.current?.p.done();
    bars.current = { key, p: progress(ctx, key) };
  }
  bars.current.p.update(e.done, e.total);
};

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await merge(files, {
  onProgress,
  ...(engine === "duckdb"
    ? {
        dedupe: {
          engine: "duckdb",
          duckdb: {
            ...(memoryLimit ? { memoryLimit } : {}),
            ...(compareThreads !== undefined ? { compareThreads } : {}),
            ...(normalizeThreads !== undefined ? { normalizeThreads } : {}),
            ...(frequencyThreads !== undefined ? { frequencyThreads } : {}),
          },
        },
      }
    : {}),
});
finish();
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const load = loadavg()[0]!;
const peakMerge = process.resourceUsage().maxRSS / 1024;
let writeSecs: number | undefined;
if (write) {
  const dir = mkdtempSync(join(tmpdir(), "linli-bench-merge-"));
  const t1 = performance.now();
  await writeMergeOutputs(result, dir, { onProgress });
  finish();
  writeSecs = (performance.now() - t1) / 1000;
  rmSync(dir, { recursive: true, force: true });
}
const peak = process.resourceUsage().maxRSS / 1024;
const accuracy = mergeAccuracy(files, shapes, truth, result.clusters);
// The whole result but its timings, hashed: a change meant to make the merge faster must leave
// it the same (compare this line before and after).
const digest = createHash("sha256");
for (const part of [
  "records",
  "clusters",
  "conflicts",
  "issues",
  "summary",
  "nearMisses",
] as const) {
  digest.update(`${part}\n`);
  for (const x of (result as unknown as Record<string, unknown[] | undefined>)[part] ?? [])
    digest.update(`${JSON.stringify(x)}\n`);
}
const { timings: _t, linkage, ...counts } = result.stats;
const { timings: _lt, ...linkageRest } = linkage ?? {};
digest.update(JSON.stringify({ counts, linkageRest }));
const t = result.stats.timings;
const s = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);
const read = result.summary.reduce((n, x) => n + x.rowsRead, 0);
const accepted = result.summary.reduce((n, x) => n + x.accepted, 0);

console.log(
  `\n${rows.toLocaleString("en-US")} rows · engine ${engine} · ${machine()} · load average ${load.toFixed(1)} when it ended\n`,
);
console.log(
  "| files | rows read | accepted | merged records | duplicate clusters | conflicts | import s | dedupe s | fusion s | total s | rows/s | peak RSS MB |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
console.log(
  `| ${files.length} | ${rate(read)} | ${rate(accepted)} | ${rate(result.records.length)} | ${rate(result.stats.duplicateClusters)} | ${rate(result.conflicts.length)} | ${s(t.import)} | ${s(t.dedupe)} | ${s((t.fusion ?? 0) + (t.rows ?? 0))} | ${wall.toFixed(1)} | ${rate(read / wall)} | ${Math.round(peakMerge)} |`,
);
console.log(
  `\nfusion includes ${s(t.rows)} s gathering rows by key; linkage stages (ms): ${JSON.stringify(result.stats.linkage?.timings ? Object.fromEntries(Object.entries(result.stats.linkage.timings).filter(([k]) => !k.includes("."))) : {})}`,
);
console.log(
  `Longest time between two progress updates: ${(longestGap / 1000).toFixed(1)} s (ending in ${gapAt}).`,
);
console.log(`CPU time ${cpuSecs.toFixed(1)} s (V8 also collects garbage on a second thread).`);
console.log(`Result digest (sha256, every output but the timings): ${digest.digest("hex")}`);
if (writeSecs !== undefined) {
  console.log(
    `writing every output (CSV, XLSX, JSON, clusters, issues, report): ${writeSecs.toFixed(1)} s, peak RSS ${Math.round(peak)} MB`,
  );
}
const o = accuracy.overall;
console.log(
  `\nAccuracy against the generator's truth: precision ${o.precision.toFixed(4)}, recall ${o.recall.toFixed(4)} (${rate(o.truePositives)} true pairs found, ${rate(o.falsePositives)} false, ${rate(o.falseNegatives)} missed); ${rate(accuracy.purity.mixed)} of ${rate(accuracy.purity.clusters)} clusters of two rows or more mix people (${(accuracy.purity.mixedShare * 100).toFixed(3)}%); ${rate(accuracy.unplaced)} rows not in the result.`,
);
console.log(
  "\n| hard negative | pairs of different people | wrongly merged | kept apart |\n|---|---:|---:|---:|",
);
for (const [k, h] of Object.entries(accuracy.byHardNegative)) {
  console.log(`| ${k} | ${rate(h.pairs)} | ${rate(h.merged)} | ${h.keptApart.toFixed(4)} |`);
}
console.log("\n| noise on either row | true pairs | found | recall |\n|---|---:|---:|---:|");
for (const [k, x] of Object.entries(accuracy.byNoise)) {
  console.log(`| ${k} | ${rate(x.pairs)} | ${rate(x.found)} | ${x.recall.toFixed(4)} |`);
}
console.log(
  "\n| shapes of the two rows' files | true pairs | found | missed | recall |\n|---|---:|---:|---:|---:|",
);
for (const [k, x] of Object.entries(accuracy.missed.byShapes).sort(([a], [b]) =>
  a < b ? -1 : 1,
)) {
  console.log(
    `| ${k} | ${rate(x.pairs)} | ${rate(x.found)} | ${rate(x.pairs - x.found)} | ${(x.found / x.pairs).toFixed(4)} |`,
  );
}
// What the import did to rows and cells: rejected rows by their first error, withheld cells
// by field and reason (a withheld cell is no value for the linkage to compare).
const rejected = new Map<string, string>();
const withheld = new Map<string, number>();
for (const i of result.issues) {
  const at = `${i.file}\u0000${i.row}`;
  if (i.severity === "error" && !rejected.has(at)) rejected.set(at, i.code);
  if (i.severity === "withheld") {
    const k = `${(i as { field?: string }).field ?? "?"} ${i.code}`;
    withheld.set(k, (withheld.get(k) ?? 0) + 1);
  }
}
const count = (xs: Iterable<string>) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
console.log(
  `\nRows rejected by the import: ${rate(accuracy.unplaced)}; true pairs missed because a row was rejected: ${rate(accuracy.missed.onRejected)} of ${rate(o.falseNegatives)}.`,
);
for (const [code, k] of count(rejected.values())) console.log(`- rejected, ${code}: ${rate(k)}`);
console.log("Cells withheld (the row kept without them):");
for (const [k, v] of [...withheld].sort((a, b) => b[1] - a[1])) console.log(`- ${k}: ${rate(v)}`);
