// FEBRL parity: each FEBRL dataset linked by the in-memory engine and by the DuckDB engine.
// Prints, per dataset, both engines' F1 against the truth and how many scored pairs differ
// (a pair found by one engine only, or with another match flag).
// Run: npx tsx bench/duckdb/febrl.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type DedupeResult, dedupe, febrlProfile, type LinkResult, link } from "@linli/dedupe";
import { linkScores, pairwiseScores, parseFebrl } from "@linli/dedupe/benchmark";
import { machine } from "../machine.js";

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(here, "../../fixtures/febrl");
if (!existsSync(dir)) throw new Error(`${dir} is missing`);
const load = (f: string) => parseFebrl(readFileSync(resolve(dir, f), "utf8"));
const f4 = (x: number) => x.toFixed(4);

/** Scored pairs (a, b, match) of one engine, and how many differ from the other's. */
function differing(x: DedupeResult | LinkResult, y: DedupeResult | LinkResult) {
  const key = (p: { a: number; b: number }) => `${p.a} ${p.b}`;
  const mx = new Map(x.pairs.map((p) => [key(p), p]));
  const my = new Map(y.pairs.map((p) => [key(p), p]));
  let only = 0;
  let flag = 0;
  let weight = 0;
  for (const [k, p] of mx) {
    const q = my.get(k);
    if (!q) only++;
    else {
      if (q.match !== p.match) flag++;
      weight = Math.max(weight, Math.abs(q.weight - p.weight));
    }
  }
  for (const k of my.keys()) if (!mx.has(k)) only++;
  return { only, flag, weight, total: Math.max(mx.size, my.size) };
}

const rows: string[] = [];
const row = (
  name: string,
  n: number,
  m: { ms: number; f1: number; pairs: number },
  d: { ms: number; f1: number; pairs: number },
  diff: ReturnType<typeof differing>,
) =>
  rows.push(
    `| ${name} | ${n} | ${m.pairs} | ${d.pairs} | ${diff.only + diff.flag} (${((100 * (diff.only + diff.flag)) / Math.max(diff.total, 1)).toFixed(3)}%) | ${diff.weight.toFixed(6)} | ${f4(m.f1)} | ${f4(d.f1)} | ${Math.abs(m.f1 - d.f1).toFixed(4)} | ${Math.round(m.ms)} | ${Math.round(d.ms)} |`,
  );

for (const [file, name] of [
  ["dataset1.csv", "FEBRL1 (dedupe)"],
  ["dataset2.csv", "FEBRL2 (dedupe)"],
  ["dataset3.csv", "FEBRL3 (dedupe)"],
] as const) {
  const records = load(file);
  const entity = records.map((x) => x.entity);
  const options = { profile: febrlProfile(), pairs: "all" as const };
  let t = performance.now();
  const mem = dedupe(records, options);
  const mMs = performance.now() - t;
  t = performance.now();
  const sql = await dedupe(records, { ...options, engine: "duckdb" });
  const dMs = performance.now() - t;
  row(
    name,
    records.length,
    { ms: mMs, f1: pairwiseScores(mem.clusters, entity).f1, pairs: mem.pairs.length },
    { ms: dMs, f1: pairwiseScores(sql.clusters, entity).f1, pairs: sql.pairs.length },
    differing(mem, sql),
  );
}
const a = load("dataset4a.csv");
const b = load("dataset4b.csv");
for (const oneToOne of [false, true]) {
  const options = { profile: febrlProfile(), pairs: "all" as const, oneToOne };
  let t = performance.now();
  const mem = link(a, b, options);
  const mMs = performance.now() - t;
  t = performance.now();
  const sql = await link(a, b, { ...options, engine: "duckdb" });
  const dMs = performance.now() - t;
  const f1 = (r: LinkResult) =>
    linkScores(
      r.clusters,
      a.map((x) => x.entity),
      b.map((x) => x.entity),
    ).f1;
  row(
    oneToOne ? "FEBRL4, one to one" : "FEBRL4 (link 4a ↔ 4b)",
    a.length + b.length,
    { ms: mMs, f1: f1(mem), pairs: mem.pairs.length },
    { ms: dMs, f1: f1(sql), pairs: sql.pairs.length },
    differing(mem, sql),
  );
}
console.log(`\n${machine()}\n`);
console.log(
  "| dataset | records | scored pairs (memory) | scored pairs (duckdb) | pairs differing | max weight Δ | F1 memory | F1 duckdb | ΔF1 | ms memory | ms duckdb |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(r);
