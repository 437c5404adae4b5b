// Dedupe benchmark: FEBRL accuracy beside Splink's published F1, accuracy on synthetic Chinese
// residents by kind of noise and hard negative, accuracy at district scale (the generator's
// district scenario: a city's name frequencies, a third of rows without an ID) at 100k and
// 1M, accuracy on real-shaped organisation and facility lists (20k), and speed/memory for
// 100k and 1M residents.
// Run: npx tsx bench/dedupe/run.ts [--sizes 100000,1000000] [--accuracy 100000]
//        [--district 100000,1000000] [--organizations 20000]
//        [--only febrl,accuracy,district,organizations,speed]
// Each size runs in its own process, so that peak memory is that size's alone.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { candidatePairs, dedupe, febrlProfile, link } from "@linli/dedupe";
import {
  blockingRecall,
  evaluateOrganizations,
  evaluateSynthetic,
  linkScores,
  type PairScores,
  pairwiseScores,
  parseFebrl,
  synthesizeOrganizations,
  synthesizeResidents,
} from "@linli/dedupe/benchmark";
import { machine } from "../machine.js";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const f4 = (x: number) => x.toFixed(4);
const mb = (kb: number) => Math.round(kb / 1024);

/** One size, in this process: generate, deduplicate, measure. Prints one JSON line. */
function scale(size: number) {
  const data = synthesizeResidents({ records: size, seed: 1 });
  const before = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const result = dedupe(data.records, { pairs: "none" });
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const peakKb = process.resourceUsage().maxRSS;
  const scores = evaluateSynthetic(data, result.clusters).overall;
  const c = candidatePairs(data.records);
  console.log(
    JSON.stringify({
      records: data.records.length,
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      candidatePairs: result.stats.candidatePairs,
      peakMb: mb(peakKb),
      inputMb: Math.round(before / 2 ** 20),
      blockingRecall: blockingRecall(data.entity, c.a, c.b),
      precision: scores.precision,
      recall: scores.recall,
      timings: result.stats.timings,
    }),
  );
}

function febrl() {
  const dir = resolve(here, "../../fixtures/febrl");
  if (!existsSync(dir)) {
    console.log(`FEBRL skipped: ${dir} is missing`);
    return;
  }
  const load = (f: string) => parseFebrl(readFileSync(resolve(dir, f), "utf8"));
  const rows: string[] = [];
  const row = (name: string, n: number, ms: number, pairs: number, s: PairScores, splink: string) =>
    rows.push(
      `| ${name} | ${n} | ${pairs} | ${Math.round(ms)} | ${f4(s.precision)} | ${f4(s.recall)} | **${f4(s.f1)}** | ${splink} |`,
    );
  for (const [file, name, splink] of [
    ["dataset1.csv", "FEBRL1 (dedupe)", "–"],
    ["dataset2.csv", "FEBRL2 (dedupe)", "–"],
    ["dataset3.csv", "FEBRL3 (dedupe)", "0.9929"],
  ] as const) {
    const records = load(file);
    const t = performance.now();
    const r = dedupe(records, { profile: febrlProfile(), pairs: "none" });
    const ms = performance.now() - t;
    const s = pairwiseScores(
      r.clusters,
      records.map((x) => x.entity),
    );
    row(name, records.length, ms, r.stats.candidatePairs, s, splink);
  }
  const a = load("dataset4a.csv");
  const b = load("dataset4b.csv");
  const t = performance.now();
  const r = link(a, b, { profile: febrlProfile(), pairs: "none" });
  const ms = performance.now() - t;
  const s = linkScores(
    r.clusters,
    a.map((x) => x.entity),
    b.map((x) => x.entity),
  );
  row("FEBRL4 (link 4a ↔ 4b)", a.length + b.length, ms, r.stats.candidatePairs, s, "0.9992");
  const t1 = performance.now();
  const one = link(a, b, { profile: febrlProfile(), pairs: "none", oneToOne: true });
  const ms1 = performance.now() - t1;
  const s1 = linkScores(
    one.clusters,
    a.map((x) => x.entity),
    b.map((x) => x.entity),
  );
  row("FEBRL4, `oneToOne: true`", a.length + b.length, ms1, one.stats.candidatePairs, s1, "–");
  console.log("\n### FEBRL (threshold 0.9, no labels)\n");
  console.log("| dataset | records | candidate pairs | ms | precision | recall | F1 | Splink F1 |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(r);
}

/** One district-scale size, in this process. Prints one JSON line. */
function districtOne(size: number) {
  const data = synthesizeResidents({ records: size, seed: 1, scenario: "district" });
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const result = dedupe(data.records, { pairs: "none" });
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const rep = evaluateSynthetic(data, result.clusters);
  console.log(
    JSON.stringify({
      records: data.records.length,
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakMb: mb(process.resourceUsage().maxRSS),
      candidatePairs: result.stats.candidatePairs,
      lambda: result.params.lambda,
      ...rep,
    }),
  );
}

function district(sizes: readonly number[]) {
  const runs = sizes.map((size) => {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--district-one", String(size)],
      { encoding: "utf8", maxBuffer: 1 << 24 },
    );
    return JSON.parse(out.trim().split("\n").at(-1)!);
  });
  console.log(
    `\n### A district's registers (district scenario, seed 1, threshold 0.9, no labels)\n`,
  );
  console.log(
    "| records | seconds | CPU s | peak RSS (MB) | candidate pairs | precision | recall | F1 | clusters of 2+ | mixing people |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of runs) {
    const o = r.overall;
    console.log(
      `| ${r.records} | ${(r.ms / 1000).toFixed(1)} | ${(r.cpuMs / 1000).toFixed(1)} | ${r.peakMb} | ${r.candidatePairs} | ${f4(o.precision)} | ${f4(o.recall)} | ${f4(o.f1)} | ${r.purity.clusters} | ${r.purity.mixed} (${(r.purity.mixedShare * 100).toFixed(3)}%) |`,
    );
  }
  const head = runs.map((r) => `${r.records}`).join(" | ");
  const line = "|---|" + runs.map(() => "---:|---:|").join("");
  console.log(
    `\nHard negatives: pairs of different people, and how many were wrongly merged (${head} records).\n`,
  );
  console.log(`| hard negative | ${runs.map(() => "pairs | merged").join(" | ")} |`);
  console.log(line);
  for (const k of Object.keys(runs[0].byHardNegative)) {
    console.log(
      `| ${k} | ${runs.map((r) => `${r.byHardNegative[k].pairs} | ${r.byHardNegative[k].merged}`).join(" | ")} |`,
    );
  }
  console.log(`\nRecall by kind of noise on either record (${head} records).\n`);
  console.log(`| noise | ${runs.map(() => "true pairs | recall").join(" | ")} |`);
  console.log(line);
  for (const k of Object.keys(runs[0].byNoise)) {
    console.log(
      `| ${k} | ${runs.map((r) => `${r.byNoise[k].pairs} | ${f4(r.byNoise[k].recall)}`).join(" | ")} |`,
    );
  }
}

function accuracy(size: number) {
  const data = synthesizeResidents({ records: size, seed: 2 });
  const result = dedupe(data.records, { pairs: "none" });
  const rep = evaluateSynthetic(data, result.clusters);
  console.log(`\n### Synthetic Chinese residents (${data.records.length} records, seed 2)\n`);
  console.log(
    `Overall: precision ${f4(rep.overall.precision)}, recall ${f4(rep.overall.recall)}, F1 ${f4(rep.overall.f1)} (${rep.overall.truePositives} true pairs found, ${rep.overall.falsePositives} false, ${rep.overall.falseNegatives} missed).\n`,
  );
  console.log("| noise on either record | true pairs | found | recall |");
  console.log("|---|---:|---:|---:|");
  // Kinds this scenario does not make (moves, swapped given names) have no pairs to score.
  for (const [k, v] of Object.entries(rep.byNoise)) {
    if (v.pairs > 0) console.log(`| ${k} | ${v.pairs} | ${v.found} | ${f4(v.recall)} |`);
  }
  console.log("\n| hard negative | pairs of different people | wrongly merged | kept apart |");
  console.log("|---|---:|---:|---:|");
  for (const [k, v] of Object.entries(rep.byHardNegative)) {
    if (v.pairs > 0) console.log(`| ${k} | ${v.pairs} | ${v.merged} | ${f4(v.keptApart)} |`);
  }
}

/** Organisations and facilities: re-typed duplicates and hard negatives, then a list of distinct ones. */
function organizations(size: number) {
  const data = synthesizeOrganizations({ records: size, seed: 1 });
  const t = performance.now();
  const result = dedupe(data.records, { profile: "organization", pairs: "none" });
  const ms = performance.now() - t;
  const rep = evaluateOrganizations(data, result.clusters);
  const o = rep.overall;
  console.log(
    `\n### Organisations and facilities (${data.records.length} records, seed 1, threshold 0.9, no labels)\n`,
  );
  console.log(
    `Overall: precision ${f4(o.precision)}, recall ${f4(o.recall)}, F1 ${f4(o.f1)} (${o.truePositives} true pairs found, ${o.falsePositives} false, ${o.falseNegatives} missed); ${(ms / 1000).toFixed(1)} s, ${result.stats.candidatePairs} candidate pairs, estimate ${result.params.estimate?.method ?? "em"}.\n`,
  );
  console.log("| re-typing on either record | true pairs | found | recall |");
  console.log("|---|---:|---:|---:|");
  for (const [k, v] of Object.entries(rep.byNoise)) {
    console.log(`| ${k} | ${v.pairs} | ${v.found} | ${f4(v.recall)} |`);
  }
  console.log("\n| hard negative | pairs of different places | wrongly merged | kept apart |");
  console.log("|---|---:|---:|---:|");
  for (const [k, v] of Object.entries(rep.byHardNegative)) {
    console.log(`| ${k} | ${v.pairs} | ${v.merged} | ${f4(v.keptApart)} |`);
  }
  const distinct = synthesizeOrganizations({ records: size, seed: 2, duplicateRate: 0 });
  const alone = dedupe(distinct.records, { profile: "organization", pairs: "none" });
  console.log(
    `\nA list of ${distinct.records.length} distinct organisations merged alone: ${alone.clusters.length} records (${distinct.records.length - alone.clusters.length} wrongly fused), estimate ${alone.params.estimate?.method ?? "em"}.`,
  );
}

const only = arg("--only", "febrl,accuracy,district,organizations,speed").split(",");
if (args[0] === "--one") {
  scale(Number(args[1]));
} else if (args[0] === "--district-one") {
  districtOne(Number(args[1]));
} else {
  console.log(machine());
  if (only.includes("febrl")) febrl();
  if (only.includes("accuracy")) accuracy(Number(arg("--accuracy", "100000")));
  if (only.includes("district")) {
    district(arg("--district", "100000,1000000").split(",").map(Number));
  }
  if (only.includes("organizations")) organizations(Number(arg("--organizations", "20000")));
  if (only.includes("speed")) speed();
}

function speed() {
  console.log("\n### Speed and memory (synthetic residents, seed 1, one process per size)\n");
  console.log(
    "| records | seconds | records/s | CPU s | candidate pairs | blocking recall | peak RSS (MB) | of which input (MB) | precision | recall |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const size of arg("--sizes", "100000,1000000").split(",").map(Number)) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--one", String(size)],
      { encoding: "utf8", maxBuffer: 1 << 24 },
    );
    const r = JSON.parse(out.trim().split("\n").at(-1)!);
    console.log(
      `| ${r.records} | ${(r.ms / 1000).toFixed(1)} | ${Math.round(r.records / (r.ms / 1000))} | ${(r.cpuMs / 1000).toFixed(1)} | ${r.candidatePairs} | ${f4(r.blockingRecall)} | ${r.peakMb} | ${r.inputMb} | ${f4(r.precision)} | ${f4(r.recall)} |`,
    );
    console.error(JSON.stringify(r.timings));
  }
}
