import { dedupe } from "@linli/dedupe";
import { residentSlices, synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

// A register larger than memory reaches `dedupe` as an async stream of chunks (DuckDB only).
describe("dedupe over a stream of chunks", () => {
  it("gives the DuckDB engine's clusters of the same records as an array", async () => {
    const { records } = synthesizeResidents({ records: 900, seed: 6 });
    async function* chunks() {
      for (let i = 0; i < records.length; i += 128) yield records.slice(i, i + 128);
    }
    const streamed = await dedupe(chunks(), { engine: "duckdb", pairs: "none" });
    expect(streamed.stats.records).toBe(records.length);
    expect(streamed.clusters).toEqual(dedupe(records, { pairs: "none" }).clusters);
  });

  it("deduplicates generated slices as they are made, and the in-memory engine refuses a stream", async () => {
    const truth: number[] = [];
    async function* slices() {
      for (const s of residentSlices({ records: 3000, sliceRecords: 1000, seed: 2 })) {
        for (const e of s.entity) truth.push(e);
        yield s.records;
      }
    }
    const result = await dedupe(slices(), { engine: "duckdb", pairs: "none" });
    expect(result.stats.records).toBe(truth.length);
    // Nearly every cluster holds one person.
    const mixed = result.clusters.filter((c) => new Set(c.map((i) => truth[i])).size > 1);
    expect(result.clusters.filter((c) => c.length > 1).length).toBeGreaterThan(300);
    expect(mixed.length).toBeLessThan(5);
    async function* none() {}
    expect(() => dedupe(none() as never)).toThrow(/records/);
  });
});
