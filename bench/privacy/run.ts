/**
 * Privacy throughput and linkage quality: Bloom-filter encoding of FEBRL4 and of generated
 * residents (record-level CLKs and the field-level filters of `encodeRecord`), HMAC-SHA256
 * against @noble/hashes, privacy-preserving linkage of FEBRL4 with @linli/dedupe's
 * `pprlProfile`, synthetic residents deduplicated on encodings at two sizes, all-pairs Dice
 * of FEBRL4 CLKs (5,000 × 5,000) with a plain threshold and a greedy one-to-one assignment,
 * pseudonymous keys, and sharing profiles on records and flat rows.
 */
import { existsSync, readFileSync } from "node:fs";
import { columns, getColumn, Resident } from "@linli/core";
import { resident } from "@linli/core/testing";
import { parseFebrl, synthesizeResidents } from "@linli/dedupe/benchmark";
import {
  clkEncoder,
  dicePairs,
  febrlClkSchema,
  packClks,
  profiler,
  pseudonymizer,
  pseudonymKey,
  residentClkSchema,
  rowProfiler,
} from "@linli/privacy";
import fc from "fast-check";
import { machine, median, rate } from "../machine.js";
import { hmacRates } from "./hmac.js";
import { linkFebrl, residents, show } from "./pprl.js";

const SECRET = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const ROUNDS = 5;
const febrlDir = new URL("../../fixtures/febrl/", import.meta.url);

const readFebrl = (file: string) => parseFebrl(readFileSync(new URL(file, febrlDir), "utf8"));
const entityOf = (r: { entity: number }) => r.entity;

/** Records per second: a fresh encoder (empty caches) per round, after one warm-up round. */
async function encodeRate(
  schema: typeof febrlClkSchema,
  records: unknown[],
  how: "clk" | "record" = "clk",
): Promise<number> {
  const rates: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const enc = await clkEncoder(schema, SECRET);
    const t = performance.now();
    if (how === "clk") for (const r of records) enc.encode(r);
    else for (const r of records) enc.encodeRecord(r);
    if (round > 0) rates.push(records.length / ((performance.now() - t) / 1000));
  }
  return median(rates);
}

function timed(n: number, f: () => void): number {
  const rates: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const t = performance.now();
    f();
    if (round > 0) rates.push(n / ((performance.now() - t) / 1000));
  }
  return median(rates);
}

const lines: string[] = [];
const row = (what: string, value: string) => lines.push(`| ${what} | ${value} |`);

const people = fc.sample(resident, { numRuns: 20_000, seed: 42 }) as unknown[];

if (existsSync(new URL("dataset4a.csv", febrlDir))) {
  const a = readFebrl("dataset4a.csv");
  const b = readFebrl("dataset4b.csv");
  row(
    "CLK encoding, FEBRL4 (10,000 records, `febrlClkSchema`, record-level `encode`)",
    `${rate(await encodeRate(febrlClkSchema, [...a, ...b]))} records/s`,
  );
  row(
    "Encoding for linkage, FEBRL4 (`encodeRecord`: 4 field-level filters)",
    `${rate(await encodeRate(febrlClkSchema, [...a, ...b], "record"))} records/s`,
  );

  const enc = await clkEncoder(febrlClkSchema, SECRET);
  const left = a.map((r) => enc.encodeRecord(r));
  const right = b.map((r) => enc.encodeRecord(r));
  const pprl = linkFebrl(a, b, left, right, enc.filters);
  row(
    "PPRL FEBRL4 (`link` + `pprlProfile`): candidate pairs, blocking recall",
    `${pprl.candidates.toLocaleString("en-US")}, ${pprl.blockingRecall.toFixed(4)}`,
  );
  for (const r of pprl.runs) {
    row(
      `PPRL FEBRL4, ${r.label} (${(r.ms / 1000).toFixed(1)} s, ${rate(10_000 / (r.ms / 1000))} records/s)`,
      show(r.scores),
    );
  }

  const pa = packClks(a.map(enc.encode));
  const pb = packClks(b.map(enc.encode));
  let pairs = dicePairs(pa, pb, 0.6);
  row(
    "Dice, all 25,000,000 FEBRL4 CLK pairs (`dicePairs`, threshold 0.6)",
    `${rate(
      timed(25_000_000, () => {
        pairs = dicePairs(pa, pb, 0.6);
      }),
    )} pairs/s`,
  );
  const truth = (k: number) => entityOf(a[pairs.left[k]!]!) === entityOf(b[pairs.right[k]!]!);
  const score = (tp: number, found: number) => {
    const p = tp / found;
    const r = tp / 5000;
    return `precision ${p.toFixed(4)}, recall ${r.toFixed(4)}, F1 **${((2 * p * r) / (p + r)).toFixed(4)}**`;
  };
  for (const t of [0.65, 0.7, 0.75]) {
    let tp = 0;
    let found = 0;
    pairs.score.forEach((s, k) => {
      if (s < t) return;
      found++;
      if (truth(k)) tp++;
    });
    row(`FEBRL4 linkage on CLKs only, Dice ≥ ${t}`, score(tp, found));
  }
  const order = [...pairs.score.keys()].sort((x, y) => pairs.score[y]! - pairs.score[x]!);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let tp = 0;
  let found = 0;
  for (const k of order) {
    const i = pairs.left[k]!;
    const j = pairs.right[k]!;
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    found++;
    if (truth(k)) tp++;
  }
  row("FEBRL4 linkage on CLKs only, Dice ≥ 0.6 then greedy one-to-one", score(tp, found));
} else {
  console.warn(`FEBRL data not found at ${febrlDir.pathname}: skipping the FEBRL rows`);
}

row(
  "CLK encoding, 20,000 generated residents (`residentClkSchema`)",
  `${rate(await encodeRate(residentClkSchema, people))} records/s`,
);

{
  // Dedupe's synthetic residents: duplicates with realistic noise and hard negatives
  // (family members, twins, namesakes). The CLK holds no ID or phone.
  const data = synthesizeResidents({ records: 4000, seed: 3 });
  const enc = await clkEncoder(residentClkSchema, SECRET);
  const packed = packClks(data.records.map(enc.encode));
  const pairs = dicePairs(packed, packed, 0.6);
  const sizes = new Map<number, number>();
  for (const e of data.entity) sizes.set(e, (sizes.get(e) ?? 0) + 1);
  let truePairs = 0;
  for (const n of sizes.values()) truePairs += (n * (n - 1)) / 2;
  let best = { f1: 0, t: 0, p: 0, r: 0 };
  for (let t = 0.6; t < 0.995; t += 0.01) {
    let tp = 0;
    let found = 0;
    pairs.score.forEach((s, k) => {
      if (s < t || pairs.left[k]! >= pairs.right[k]!) return;
      found++;
      if (data.entity[pairs.left[k]!] === data.entity[pairs.right[k]!]) tp++;
    });
    const p = tp / (found || 1);
    const r = tp / truePairs;
    const f1 = (2 * p * r) / (p + r || 1);
    if (f1 > best.f1) best = { f1, t, p, r };
  }
  row(
    `Synthetic residents (${data.records.length.toLocaleString("en-US")}, dedupe), CLKs only, best Dice threshold ${best.t.toFixed(2)}`,
    `precision ${best.p.toFixed(3)}, recall ${best.r.toFixed(3)}, F1 **${best.f1.toFixed(3)}**`,
  );
}

for (const n of [10_000, 40_000]) {
  const r = await residents(n, SECRET);
  row(
    `PPRL synthetic residents, ${r.records.toLocaleString("en-US")} (dedupe, \`pprlProfile\`, ${r.candidates.toLocaleString("en-US")} candidate pairs): encode ${(r.encodeMs / 1000).toFixed(1)} s, link ${(r.ms / 1000).toFixed(1)} s`,
    show(r.scores),
  );
}

for (const [name, calls] of Object.entries(await hmacRates(ROUNDS))) {
  row(`HMAC-SHA256 of one short token under a fixed key: ${name}`, `${rate(calls)} calls/s`);
}

const ids = people.map(
  (p) => (p as { identifiers?: { value: string }[] }).identifiers?.[0]?.value ?? "",
);
const keys = await pseudonymizer(SECRET);
row(
  "Pseudonymous keys, citizen IDs (`pseudonymizer().key`)",
  `${rate(
    timed(ids.length, () => {
      for (const id of ids) keys.key(id, "citizen-id");
    }),
  )} keys/s`,
);
const few = ids.slice(0, 2000);
const t0 = performance.now();
for (const id of few) await pseudonymKey(id, SECRET, { kind: "citizen-id" });
row(
  "Pseudonymous keys, one awaited Web Crypto call each (`pseudonymKey`)",
  `${rate(few.length / ((performance.now() - t0) / 1000))} keys/s`,
);

for (const name of ["partner-ngo", "public-statistics"] as const) {
  const share = profiler("resident", name, { asOf: "2022-01-05", pseudonymizer: keys });
  row(
    `Sharing profile \`${name}\`, records (\`profiler\`)`,
    `${rate(
      timed(people.length, () => {
        for (const p of people) share(p);
      }),
    )} records/s`,
  );
}
const cols = columns(Resident);
const rows = people.map((p) => Object.fromEntries(cols.map((c) => [c.key, getColumn(p, c)])));
const shareRows = rowProfiler("resident", "partner-ngo", {
  asOf: "2022-01-05",
  pseudonymizer: keys,
});
row(
  "Sharing profile `partner-ngo`, flat rows (`rowProfiler`)",
  `${rate(
    timed(rows.length, () => {
      for (const r of rows) shareRows(r);
    }),
  )} rows/s`,
);

console.log(`Privacy · ${machine()} · median of ${ROUNDS} rounds\n`);
console.log("| Measure | Result |");
console.log("| --- | ---: |");
console.log(lines.join("\n"));
