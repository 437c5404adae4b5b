import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DedupeOptionError,
  type DedupeResult,
  dedupe,
  type EngineProgress,
  febrlProfile,
  link,
} from "@linli/dedupe";
import { parseFebrl, synthesizeOrganizations, synthesizeResidents } from "@linli/dedupe/benchmark";
import { dedupeDuckDB } from "@linli/dedupe/duckdb";
import { describe, expect, it } from "vitest";

// DuckDB runs for real here (embedded, no server): the SQL executor against the in-memory one.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const febrl = parseFebrl(readFileSync(resolve(root, "fixtures/febrl/dataset1.csv"), "utf8"));

const pairKey = (p: { a: number; b: number }) => `${p.a}-${p.b}`;

/** Same clusters, same pairs with the same levels, weights within rounding, same parameters. */
function expectSame(sql: DedupeResult, memory: DedupeResult): void {
  expect(sql.clusters).toEqual(memory.clusters);
  expect(sql.stats.candidatePairs).toBe(memory.stats.candidatePairs);
  expect(sql.stats.pairsByRule).toEqual(memory.stats.pairsByRule);
  expect(sql.stats.distinctPatterns).toBe(memory.stats.distinctPatterns);
  expect(sql.params.lambda).toBeCloseTo(memory.params.lambda, 9);
  expect(sql.params.fields).toEqual(memory.params.fields);
  const byKey = new Map(memory.pairs.map((p) => [pairKey(p), p]));
  expect(sql.pairs.length).toBe(memory.pairs.length);
  for (const p of sql.pairs) {
    const q = byKey.get(pairKey(p));
    expect(q, pairKey(p)).toBeDefined();
    expect(p.match).toBe(q!.match);
    expect(p.keptApart).toBe(q!.keptApart);
    expect(p.household).toBe(q!.household);
    expect(p.weight).toBeCloseTo(q!.weight, 6);
    expect(p.probability).toBeCloseTo(q!.probability, 9);
    expect(p.explanation).toEqual(q!.explanation);
  }
}

describe("DuckDB executor: the same result as the in-memory engine", () => {
  it("FEBRL dataset 1 (alphabetic names, string and date comparators)", async () => {
    const options = { profile: febrlProfile(), pairs: "all" as const };
    const sql = await dedupeDuckDB(febrl, options);
    expectSame(sql, dedupe(febrl, options));
  });

  it("generated residents (Chinese names, IDs, phones, addresses, households), through dedupe({ engine })", async () => {
    const { records } = synthesizeResidents({ records: 3000, seed: 4 });
    const progress: EngineProgress[] = [];
    const work = mkdtempSync(join(tmpdir(), "linli-parity-"));
    try {
      const sql = await dedupe(records, {
        pairs: "all",
        engine: "duckdb",
        duckdb: {
          memoryLimit: "300MB",
          threads: 2,
          directory: work,
          onProgress: (p) => progress.push(p),
        },
      });
      expectSame(sql, dedupe(records, { pairs: "all" }));
      expect(sql.pairs.some((p) => p.household)).toBe(true);
      // Every stage told, and the working folder gone afterwards.
      const stages = new Set(progress.map((p) => p.stage));
      for (const s of ["normalize", "write", "block", "compare", "estimate", "score", "cluster"]) {
        expect(stages.has(s as EngineProgress["stage"]), s).toBe(true);
      }
      expect(readdirSync(work)).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("organisations (comparators without SQL run as functions; term frequencies over tokens)", async () => {
    const { records } = synthesizeOrganizations({ records: 1200, seed: 7 });
    const options = { profile: "organization" as const, pairs: "all" as const };
    const sql = await dedupeDuckDB(records, options);
    expectSame(sql, dedupe(records, options));
  });

  it("a resident with two phones, one of them another's: equal values are level 0", async () => {
    const { records } = synthesizeResidents({ records: 1500, seed: 11 });
    const first = records[0] as { phones?: { number: string }[] };
    const rows = [
      ...records,
      { ...first, phones: [...(first.phones ?? []), { number: "13912345678" }] },
    ];
    const sql = await dedupeDuckDB(rows, { pairs: "all" });
    expectSame(sql, dedupe(rows, { pairs: "all" }));
  });

  it("records streamed in chunks give the same clusters as an array", async () => {
    const { records } = synthesizeResidents({ records: 800, seed: 3 });
    async function* chunks() {
      for (let i = 0; i < records.length; i += 100) yield records.slice(i, i + 100);
    }
    const streamed = await dedupeDuckDB(chunks(), { pairs: "none" });
    expect(streamed.clusters).toEqual(dedupe(records, { pairs: "none" }).clusters);
    // As one cluster number per record: the same numbers from both engines.
    const ids = await dedupeDuckDB(chunks(), { pairs: "none", clusters: "ids" });
    const memory = dedupe(records, { pairs: "none", clusters: "ids" });
    expect(ids.clusterIds).toEqual(memory.clusterIds);
    expect(ids.clusters).toEqual(streamed.clusters);
  });

  it("keeps rows a person decided apart, exact copies included, as the in-memory engine does", async () => {
    const { records } = synthesizeResidents({ records: 600, seed: 5 });
    // A copy of record 0: exact copies are together unless a decision keeps them apart.
    const rows = [...records, records[0]];
    const copy = rows.length - 1;
    const plain = dedupe(rows, { pairs: "none" });
    const linked = plain.clusters.find((c) => c.length > 2 && !c.includes(0))!;
    expect(linked).toBeDefined();
    const cannotLink = [[0, copy], linked.slice(0, 2)];
    const options = { pairs: "all" as const, cannotLink };
    const sql = await dedupeDuckDB(rows, options);
    expectSame(sql, dedupe(rows, options));
    const together = (r: DedupeResult, a: number, b: number) =>
      r.clusters.some((c) => c.includes(a) && c.includes(b));
    expect(together(plain, 0, copy)).toBe(true);
    expect(together(sql, 0, copy)).toBe(false);
    expect(together(sql, linked[0]!, linked[1]!)).toBe(false);
    expect(sql.pairs.some((p) => p.keptApart === "decision")).toBe(true);
    // An index past the records is refused, in both languages.
    const e = await dedupeDuckDB(rows, { cannotLink: [[0, rows.length]] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DedupeOptionError);
    expect((e as DedupeOptionError).code).toBe("options.cannotLink");
  });

  it("refuses an unknown engine and a memory limit that is no amount, in both languages", async () => {
    expect(() => dedupe([], { engine: "spark" as "duckdb" })).toThrow(DedupeOptionError);
    const e = await dedupeDuckDB([], { duckdb: { memoryLimit: "lots" } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DedupeOptionError);
    expect((e as DedupeOptionError).code).toBe("options.memoryLimit");
    expect((e as DedupeOptionError).localized["zh-CN"]).toContain("不是内存大小");
  });

  it("link: two registers, one to one", async () => {
    const { records } = synthesizeResidents({ records: 1500, seed: 8 });
    const left = records.filter((_, i) => i % 2 === 0);
    const right = records.filter((_, i) => i % 2 === 1);
    const sql = await link(left, right, { oneToOne: true, engine: "duckdb" });
    const memory = link(left, right, { oneToOne: true });
    expect(sql.clusters).toEqual(memory.clusters);
    expect(sql.pairs.map(pairKey)).toEqual(memory.pairs.map(pairKey));
  });
});
