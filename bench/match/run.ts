/**
 * Matching benchmark: a generated lockdown day (70 communities, 10,000 needs, 2,000 stock lots,
 * 500 volunteers) with supply at 100% and at 30% of demand. For each: priority allocation
 * (`match`, median of 3) and fair mode (`matchFair`) timed end to end, from records to the
 * plan with delivery tasks assigned, each in its own process so that its peak memory is its
 * own; then the plans measured against the linear-programming optimum of each figure
 * (`planBounds`, HiGHS). Goals: priority within 5% of the optimum of its weighted objective,
 * ≥ 95% of the urgent lines stock allows allocated, fair mode's worst community ≥ 0.95 of the
 * best achievable share, priority < 1 s, fair < 60 s.
 *
 * npx tsx bench/match/run.ts [--needs 10000] [--seed 2022]
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { type MatchPlan, match } from "@linli/match";
import { generateLockdown, planBounds, planQuality } from "@linli/match/benchmark";
import { matchFair } from "@linli/match/fair";
import { machine } from "../machine.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const needs = arg("--needs", 10_000);
const seed = arg("--seed", 2022);
const scale = needs / 10_000;
const day = (supply: number) =>
  generateLockdown({
    communities: Math.max(3, Math.round(70 * Math.min(1, scale))),
    needs,
    lots: Math.round(2_000 * scale),
    volunteers: Math.round(500 * scale),
    supply,
    seed,
  });

interface Measured {
  ms: number;
  /** CPU time of this process (user + system): what the work costs, whatever else runs. */
  cpuMs: number;
  peakMb: number;
  heapMb: number;
  quality: ReturnType<typeof planQuality>;
  figures: Record<string, number>;
}

// One measurement in a child process: `--child priority 0.3`.
const child = args.indexOf("--child");
if (child >= 0) {
  const mode = args[child + 1]!;
  const supply = Number(args[child + 2]);
  const d = day(supply);
  const options = { asOf: d.asOf };
  const times: number[] = [];
  const cpu: number[] = [];
  let plan: MatchPlan | undefined;
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < (mode === "priority" ? 3 : 1); i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    plan = mode === "priority" ? match(d, options) : await matchFair(d, options);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const out: Measured = {
    ms: times[times.length >> 1]!,
    cpuMs: cpu[cpu.length >> 1]!,
    peakMb: process.resourceUsage().maxRSS / 1024,
    heapMb,
    quality: planQuality(d, options, plan!),
    figures: Object.fromEntries((plan!.run.figures ?? []).map((f) => [f.name, f.value])),
  };
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

function measure(mode: "priority" | "fair", supply: number): Measured {
  const r = spawnSync(
    process.execPath,
    // A larger young generation: the plan is many small objects that live to the end.
    [
      "--max-semi-space-size=64",
      "--import",
      "tsx",
      process.argv[1]!,
      ...args,
      "--child",
      mode,
      String(supply),
    ],
    { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (r.status !== 0) throw new Error(`${mode} ${supply} failed`);
  return JSON.parse(r.stdout) as Measured;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
console.log(`${machine()} · load before ${load()}`);
console.log(
  `Generated day: ${needs.toLocaleString("en-US")} needs, ${Math.round(2000 * scale)} stock lots (some as pledges), ${Math.round(500 * scale)} volunteers, seed ${seed}.\n`,
);
const rows: string[] = [];
for (const supply of [1, 0.3]) {
  const d = day(supply);
  const bounds = await planBounds(d, { asOf: d.asOf });
  const p = measure("priority", supply);
  const f = measure("fair", supply);
  rows.push(
    `| ${pct(supply)} | ${p.figures.needLines} | ${p.figures.linesComplete} | ${(p.ms / 1000).toFixed(2)} s (CPU ${(p.cpuMs / 1000).toFixed(2)} s) · ${p.peakMb.toFixed(0)} MB | ${(f.ms / 1000).toFixed(1)} s (CPU ${(f.cpuMs / 1000).toFixed(1)} s) · ${f.peakMb.toFixed(0)} MB | ${pct(p.quality.weighted / bounds.weighted)} | ${pct(p.quality.urgentCovered / bounds.urgentCovered)} | ${pct(f.quality.urgentCovered / bounds.urgentCovered)} | ${(f.quality.worstShare / bounds.worstShare).toFixed(3)} (${f.quality.worstShare.toFixed(3)} of ${bounds.worstShare.toFixed(3)}) | ${(p.quality.worstShare / bounds.worstShare).toFixed(3)} | ${f.figures["fair.lpColumns"]} |`,
  );
}
console.log(
  "| supply | need lines | lines met in full (priority) | priority: time (CPU) · peak RSS | fair: time (CPU) · peak RSS | priority weighted total / LP optimum | urgent covered, priority / LP optimum | urgent covered, fair / LP optimum | fair worst community / best achievable | priority worst / best | fair LP columns |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
console.log(`\nLoad after: ${load()}`);
