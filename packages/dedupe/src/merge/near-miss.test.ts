import { merge } from "@linli/dedupe";
import { synthesizeOrganizations } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

describe("near misses", () => {
  // A list of 400 distinct organisations, and another list naming one of them without 市 and
  // with another phone: the same hospital most likely, but not sure enough to merge.
  const data = synthesizeOrganizations({ records: 400, seed: 3, duplicateRate: 0 });
  const first = data.records[0]!;
  const other = {
    meta: { id: "x1", schemaVersion: "0.0.0", source: "乙" },
    name: first.name.replace("市", ""),
    phones: [{ number: "13300001111" }],
  };
  const run = (nearMisses?: number) =>
    merge(
      [
        { name: "甲", rows: data.records.map((record, i) => ({ row: i + 2, record })) },
        { name: "乙", rows: [{ row: 2, record: other }] },
      ],
      { entity: "organization", ...(nearMisses !== undefined ? { nearMisses } : {}) },
    );

  it("lists pairs kept apart that came close, with rows, records and reasons", () => {
    const r = run();
    expect(r.records).toHaveLength(data.records.length + 1);
    const near = r.nearMisses?.[0];
    expect(near?.rows).toEqual([
      { source: "乙", file: "乙", row: 2 },
      { source: "甲", file: "甲", row: 2 },
    ]);
    expect(near?.records[0]).not.toBe(near?.records[1]);
    expect(near?.probability).toBeLessThan(r.stats.params!.threshold);
    expect(near?.probability).toBeGreaterThan(0.3);
    const name = near?.explanation.find((e) => e.field === "name");
    expect(name).toMatchObject({ level: "same" });
    expect(near?.explanation.find((e) => e.field === "phone")?.weight).toBeLessThan(0);
    // Strongest first, none of them merged.
    const ps = (r.nearMisses ?? []).map((n) => n.probability);
    expect(ps).toEqual([...ps].sort((a, b) => b - a));
  });

  it("lists as many as asked, none with 0", () => {
    expect(run(0).nearMisses).toEqual([]);
    expect(run(1).nearMisses?.length).toBeLessThanOrEqual(1);
  });
});
