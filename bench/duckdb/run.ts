// DuckDB engine benchmark: the same synthetic residents deduplicated by the in-memory engine and
// by the DuckDB engine, each in its own process (peak memory is that engine's alone, DuckDB's
// own memory included: it runs inside the process). Prints time, peak RSS, F1 against the
// truth, and how many match pairs differ between the two.
// Run: npx tsx bench/duckdb/run.ts [--sizes 100000,1000000] [--memory-limit 8GB] [--threads 2]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type DedupeResult, dedupe } from "@linli/dedupe";
import { evaluateSynthetic, synthesizeResidents } from "@linli/dedupe/benchmark";
import { machine } from "../machine.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};

interface Figures {
  engine: string;
  records: number;
  ms: number;
  peakMb: number;
  candidatePairs: number;
  matchPairs: number;
  f1: number;
  precision: number;
  recall: number;
  timings: Record<string, number>;
}

/** One engine at one size, in this process; match pairs go to `out`, figures to stdout. */
async function one(engine: "memory" | "duckdb", size: number, out: string) {
  const data = synthesizeResidents({ records: size, seed: 1 });
  const t = performance.now();
  const options = { pairs: "matches" as const };
  const result: DedupeResult =
    engine === "duckdb"
      ? await dedupe(data.records, {
          ...options,
          engine: "duckdb",
          duckdb: {
            ...(args.includes("--memory-limit") ? { memoryLimit: arg("--memory-limit", "") } : {}),
            ...(args.includes("--threads") ? { threads: Number(arg("--threads", "2")) } : {}),
          },
        })
      : dedupe(data.records, options);
  const ms = performance.now() - t;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const lines: string[] = [];
  for (const p of result.pairs) lines.push(`${p.a} ${p.b} ${p.match ? 1 : 0} ${p.weight}`);
  writeFileSync(out, lines.join("\n"));
  const s = evaluateSynthetic(data, result.clusters).overall;
  const figures: Figures = {
    engine,
    records: data.records.length,
    ms: Math.round(ms),
    peakMb,
    candidatePairs: result.stats.candidatePairs,
    matchPairs: result.pairs.length,
    f1: s.f1,
    precision: s.precision,
    recall: s.recall,
    timings: Object.fromEntries(
      Object.entries(result.stats.timings).filter(([k]) => !k.includes(".")),
    ),
  };
  console.log(JSON.stringify(figures));
}

function compare(a: string, b: string): { differ: number; matchDiffer: number; maxWeight: number } {
  const read = (f: string) =>
    new Map(
      readFileSync(f, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => {
          const [x, y, m, w] = l.split(" ");
          return [`${x} ${y}`, { match: m === "1", weight: Number(w) }] as const;
        }),
    );
  const ma = read(a);
  const mb = read(b);
  let differ = 0;
  let matchDiffer = 0;
  let maxWeight = 0;
  for (const [k, v] of ma) {
    const w = mb.get(k);
    if (!w) differ++;
    else {
      if (w.match !== v.match) matchDiffer++;
      maxWeight = Math.max(maxWeight, Math.abs(w.weight - v.weight));
    }
  }
  for (const k of mb.keys()) if (!ma.has(k)) differ++;
  return { differ, matchDiffer, maxWeight };
}

if (args[0] === "--one") {
  await one(args[1] as "memory" | "duckdb", Number(args[2]), args[3]!);
} else {
  const sizes = arg("--sizes", "100000").split(",").map(Number);
  const dir = mkdtempSync(join(tmpdir(), "linli-bench-duckdb-"));
  console.log(`\n${machine()}\n`);
  console.log(
    "| records | engine | s | peak RSS MB | candidate pairs | match pairs | F1 | pairs differing | load before → after |",
  );
  console.log("|---:|---|---:|---:|---:|---:|---:|---:|---|");
  try {
    for (const size of sizes) {
      const runs: Figures[] = [];
      const files: string[] = [];
      for (const engine of ["memory", "duckdb"] as const) {
        const file = join(dir, `${engine}-${size}.txt`);
        const before = loadavg()[0]!.toFixed(1);
        const line = execFileSync(
          process.execPath,
          [
            "--max-old-space-size=12000",
            "--import",
            "tsx",
            process.argv[1]!,
            "--one",
            engine,
            String(size),
            file,
            ...args,
          ],
          { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 },
        );
        const f = JSON.parse(line.trim().split("\n").pop()!) as Figures;
        runs.push(f);
        files.push(file);
        const d = engine === "duckdb" ? compare(files[0]!, file) : undefined;
        console.log(
          `| ${f.records} | ${engine} | ${(f.ms / 1000).toFixed(1)} | ${f.peakMb} | ${f.candidatePairs} | ${f.matchPairs} | ${f.f1.toFixed(4)} | ${d ? `${d.differ} (match flag ${d.matchDiffer}, max weight Δ ${d.maxWeight.toFixed(3)})` : "–"} | ${before} → ${loadavg()[0]!.toFixed(1)} |`,
        );
        console.error(JSON.stringify(f.timings));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
