import { dedupe } from "@linli/dedupe";
import {
  evaluateOrganizations,
  ORG_HARD_NEGATIVE_KINDS,
  ORG_NOISE_KINDS,
  synthesizeOrganizations,
} from "@linli/dedupe/benchmark";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("synthesizeOrganizations", () => {
  it("is repeatable by seed and carries every kind of re-typing and hard negative", () => {
    const a = synthesizeOrganizations({ records: 2500, seed: 4 });
    const b = synthesizeOrganizations({ records: 2500, seed: 4 });
    expect(JSON.stringify(a.records)).toBe(JSON.stringify(b.records));
    expect(a.records.length).toBeGreaterThan(2200);
    expect(a.records.length).toBeLessThan(2800);
    const seen = new Set(a.noise.flat());
    for (const k of ORG_NOISE_KINDS) expect(seen.has(k), k).toBe(true);
    expect(new Set(a.records.map((r) => r.meta.id)).size).toBe(a.records.length);
    // Many counties with the same patterns: 人民医院 and 城关镇卫生院 again and again.
    expect(new Set(a.place).size).toBeGreaterThan(50);
    expect(a.records.some((r) => /[A-Za-z]{4}/.test(r.name))).toBe(true);
  });
});

// The gate in the suite (docs/benchmarks.md has the 20,000-record figures).
describe("accuracy on synthetic organisations and facilities", () => {
  const data = synthesizeOrganizations({ records: 3000, seed: 7 });
  const result = dedupe(data.records, { profile: "organization", pairs: "none" });
  const report = evaluateOrganizations(data, result.clusters);
  console.info(`organisations 3k: ${JSON.stringify(report.overall)}`);

  it("precision ≥ 0.995 and recall ≥ 0.98 at the default threshold, without labels", () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.995);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.98);
    expect(result.params.estimate?.method).toBe("em");
  });

  it("keeps at least 99.9% of each kind of hard negative apart", () => {
    for (const k of ORG_HARD_NEGATIVE_KINDS) {
      expect(report.byHardNegative[k].pairs, k).toBeGreaterThan(0);
      expect(report.byHardNegative[k].keptApart, k).toBeGreaterThanOrEqual(0.999);
    }
  });

  it("recall ≥ 0.95 for every kind of re-typing", () => {
    for (const k of ORG_NOISE_KINDS) {
      expect(report.byNoise[k].pairs, k).toBeGreaterThan(20);
      expect(report.byNoise[k].recall, k).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe("a list of distinct organisations", () => {
  it("merged alone stays distinct", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 60, max: 400 }),
        (seed, n) => {
          const data = synthesizeOrganizations({ records: n, seed, duplicateRate: 0 });
          const { clusters } = dedupe(data.records, { profile: "organization", pairs: "none" });
          expect(clusters.length).toBe(data.records.length);
        },
      ),
      { numRuns: 12, seed: 15 },
    );
  });
});
