// City scale on DuckDB: N synthetic residents made slice by slice (`residentSlices`) and
// streamed into `dedupe(…, { engine: "duckdb" })` as an AsyncIterable, so that no more than one
// slice of records is ever held. Prints progress with the process's memory as it goes, then
// time, peak RSS (DuckDB's memory included: it runs in this process), stage timings and
// pairwise precision and recall against the truth, with the wrongly merged pairs by kind of
// hard negative.
// Run: npx tsx bench/duckdb/scale.ts --records 13000000 [--scenario district]
//        [--memory-limit 4GB] [--threads 2] [--slice 262144] [--directory /tmp] [--seed 1]
// Peak memory: start Node with a heap limit, e.g. node --max-old-space-size=6000 --import tsx …
import { loadavg } from "node:os";
import { dedupe } from "@linli/dedupe";
import { residentSlices } from "@linli/dedupe/benchmark";
import { machine } from "../machine.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const records = Number(arg("--records", "1000000"));
const scenario = arg("--scenario", "classic") as "classic" | "district";
const memoryLimit = arg("--memory-limit", "4GB");
const threads = Number(arg("--threads", "2"));
const seed = Number(arg("--seed", "1"));
const sliceRecords = Number(arg("--slice", "262144"));
const directory = args.includes("--directory") ? arg("--directory", "") : undefined;

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(0);
let rssPeakSeen = 0;
const rssNow = () => {
  const r = process.memoryUsage.rss();
  if (r > rssPeakSeen) rssPeakSeen = r;
  return mb(r);
};

// The truth, kept as typed arrays while the records stream past.
const grow = (a: Int32Array, n: number) => {
  if (n <= a.length) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
};
const KINDS = ["entity", "household", "twin", "namesake", "swapped", "commonName"] as const;
type Kind = (typeof KINDS)[number];
const truth: Record<Kind, Int32Array> = Object.fromEntries(
  // Sized for the records asked for: doubling past them would hold a quarter more for nothing.
  KINDS.map((k) => [k, new Int32Array(records)]),
) as Record<Kind, Int32Array>;
let n = 0;
let generateMs = 0;

async function* stream(): AsyncGenerator<readonly unknown[]> {
  const slices = residentSlices({ records, seed, scenario, sliceRecords });
  for (;;) {
    const t = performance.now();
    const next = slices.next();
    generateMs += performance.now() - t;
    if (next.done) return;
    const s = next.value;
    for (const k of KINDS) {
      truth[k] = grow(truth[k], n + s.records.length);
      truth[k].set(s[k], n);
    }
    n += s.records.length;
    yield s.records;
  }
}

let stage = "";
let lastLine = 0;
// Where the peak was reached: the process's maximum RSS is read at every progress event, and a
// rise is put between the previous event and this one.
let lastEvent = "start";
let maxSeen = 0;
let peakAt = "";
const maxRss = () => Math.round(process.resourceUsage().maxRSS / 1024);
const notePeak = (event: string) => {
  const m = maxRss();
  if (m > maxSeen) {
    maxSeen = m;
    peakAt = `${m} MB, reached between "${lastEvent}" and "${event}" (${secs()} s)`;
  }
  lastEvent = event;
};
const progress = (p: { stage: string; done: number; total?: number }) => {
  const now = performance.now();
  notePeak(`${p.stage} ${p.done}${p.total !== undefined ? ` of ${p.total}` : ""}`);
  if (p.stage === stage && now - lastLine < 10_000) return;
  stage = p.stage;
  lastLine = now;
  const of = p.total !== undefined ? ` of ${p.total}` : "";
  console.error(
    `[${secs()} s] ${p.stage} ${p.done}${of} · RSS ${rssNow()} MB · heap ${mb(process.memoryUsage().heapUsed)} MB · load ${loadavg()[0]!.toFixed(1)}`,
  );
};
const sampler = setInterval(rssNow, 1000);

const loadBefore = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ");
const result = await dedupe(stream(), {
  engine: "duckdb",
  pairs: "none",
  clusters: "ids",
  duckdb: { memoryLimit, threads, onProgress: progress, ...(directory ? { directory } : {}) },
});
const ms = performance.now() - t0;
clearInterval(sampler);
notePeak("dedupe returned");
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
const loadAfter = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ");

// Pairwise precision and recall from the clusters; the kinds are per-person attributes, so
// pairs of different people of one kind are the kind's pairs less the same person's.
const pairs = (k: number) => (k * (k - 1)) / 2;
const entity = truth.entity.subarray(0, n);
let tp = 0;
let predicted = 0;
let mixed = 0;
let clusters = 0;
const merged: Record<Kind, number> = Object.fromEntries(KINDS.map((k) => [k, 0])) as never;
// The clusters as members grouped by cluster number (counting sort of `clusterIds`): two
// typed arrays instead of millions of small arrays.
const ids = result.clusterIds!;
let count = 0;
for (let i = 0; i < ids.length; i++) if (ids[i]! + 1 > count) count = ids[i]! + 1;
const start = new Int32Array(count + 1);
for (let i = 0; i < ids.length; i++) start[ids[i]! + 1]!++;
for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
const members = new Int32Array(ids.length);
const fill = start.slice(0, count);
for (let i = 0; i < ids.length; i++) members[fill[ids[i]!]!++] = i;
for (let ci = 0; ci < count; ci++) {
  const c = members.subarray(start[ci]!, start[ci + 1]!);
  if (c.length < 2) continue;
  clusters++;
  predicted += pairs(c.length);
  const people = new Map<number, number>();
  for (const i of c) people.set(entity[i]!, (people.get(entity[i]!) ?? 0) + 1);
  for (const k of people.values()) tp += pairs(k);
  if (people.size > 1) mixed++;
  for (const kind of KINDS) {
    if (kind === "entity" || people.size < 2) continue;
    const key = truth[kind];
    for (let x = 0; x < c.length; x++) {
      for (let y = x + 1; y < c.length; y++) {
        const a = c[x]!;
        const b = c[y]!;
        if (entity[a] !== entity[b] && key[a]! >= 0 && key[a] === key[b]) merged[kind]++;
      }
    }
  }
}
const countPairs = (key: Int32Array) => {
  let top = -1;
  for (let i = 0; i < n; i++) if (key[i]! > top) top = key[i]!;
  const sizes = new Int32Array(top + 1);
  for (let i = 0; i < n; i++) if (key[i]! >= 0) sizes[key[i]!]!++;
  let t = 0;
  for (const s of sizes) t += pairs(s);
  return t;
};
const truePairs = countPairs(entity);
const kindPairs = (kind: Kind) => {
  // Pairs of one person are counted only where the person carries the kind.
  const key = truth[kind].subarray(0, n);
  const own = new Int32Array(n);
  for (let i = 0; i < n; i++) own[i] = key[i]! >= 0 ? entity[i]! : -1;
  return countPairs(key) - countPairs(own);
};
const precision = predicted === 0 ? 1 : tp / predicted;
const recall = truePairs === 0 ? 1 : tp / truePairs;
const f1 = (2 * precision * recall) / (precision + recall);
const timings = Object.fromEntries(
  Object.entries(result.stats.timings).filter(([k]) => !k.includes(".")),
);

console.log(
  `\n${machine()} · scenario ${scenario} · seed ${seed} · memory limit ${memoryLimit} · ${threads} threads\n`,
);
console.log(
  "| records | s | of which generating s | s without generating | peak RSS MB | candidate pairs | match pairs | clusters ≥ 2 | mixed clusters | precision | recall | F1 |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
console.log(
  `| ${n} | ${(ms / 1000).toFixed(1)} | ${(generateMs / 1000).toFixed(1)} | ${((ms - generateMs) / 1000).toFixed(1)} | ${peakMb} | ${result.stats.candidatePairs} | ${result.stats.matchedPairs} | ${clusters} | ${mixed} | ${precision.toFixed(4)} | ${recall.toFixed(4)} | ${f1.toFixed(4)} |`,
);
console.log(`\nstages (ms): ${JSON.stringify(timings)}`);
console.log(
  `wrongly merged pairs by kind: ${KINDS.filter((k) => k !== "entity")
    .map((k) => `${k} ${merged[k]} of ${kindPairs(k)}`)
    .join(", ")}`,
);
console.log(`peak RSS ${peakAt}`);
console.log(`true pairs ${truePairs}, found ${tp}, predicted ${predicted}`);
console.log(`load average ${loadBefore} before, ${loadAfter} after`);
