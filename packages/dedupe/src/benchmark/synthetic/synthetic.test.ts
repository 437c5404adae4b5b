import { candidatePairs, dedupe } from "@linli/dedupe";
import {
  blockingRecall,
  evaluateSynthetic,
  HARD_NEGATIVE_KINDS,
  NOISE_KINDS,
  synthesizeResidents,
} from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

describe("synthesizeResidents", () => {
  it("is repeatable by seed and carries every kind of noise and hard negative", () => {
    const a = synthesizeResidents({ records: 3000, seed: 9 });
    const b = synthesizeResidents({ records: 3000, seed: 9 });
    expect(JSON.stringify(a.records)).toBe(JSON.stringify(b.records));
    expect(a.records.length).toBeGreaterThan(2700);
    expect(a.records.length).toBeLessThan(3300);
    const seen = new Set(a.noise.flat());
    for (const k of NOISE_KINDS) expect(seen.has(k)).toBe(true);
    expect(a.twin.some((t) => t >= 0)).toBe(true);
    expect(a.namesake.some((t) => t >= 0)).toBe(true);
    expect(a.commonName.some((t) => t >= 0)).toBe(true);
    expect(new Set(a.records.map((r) => r.meta.id)).size).toBe(a.records.length);
  });
});

// The accuracy gate on synthetic Chinese residents (docs/benchmarks.md has the full tables).
describe("accuracy on synthetic Chinese residents", () => {
  const data = synthesizeResidents({ records: 20_000, seed: 5 });
  const result = dedupe(data.records, { pairs: "none" });
  const report = evaluateSynthetic(data, result.clusters);
  console.info(`synthetic 20k: ${JSON.stringify(report.overall)}`);

  it("precision ≥ 0.995 and recall ≥ 0.98 overall", () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.995);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.98);
  });

  it("recall ≥ 0.98 for every kind of noise", () => {
    for (const k of NOISE_KINDS) {
      expect(report.byNoise[k].pairs, k).toBeGreaterThan(100);
      expect(report.byNoise[k].recall, k).toBeGreaterThanOrEqual(0.98);
    }
  });

  it("keeps at least 99.5% of each kind of hard negative apart", () => {
    for (const k of HARD_NEGATIVE_KINDS) {
      expect(report.byHardNegative[k].pairs, k).toBeGreaterThan(100);
      expect(report.byHardNegative[k].keptApart, k).toBeGreaterThanOrEqual(0.995);
    }
  });

  it("blocking keeps at least 99.5% of true pairs", () => {
    const c = candidatePairs(data.records);
    expect(blockingRecall(data.entity, c.a, c.b)).toBeGreaterThanOrEqual(0.995);
    expect(c.a.length).toBe(result.stats.candidatePairs);
  });
});

describe("evaluateSynthetic", () => {
  it("counts merged hard negatives and missed pairs", () => {
    const data = synthesizeResidents({ records: 400, seed: 4 });
    const n = data.records.length;
    const all = evaluateSynthetic(data, [Array.from({ length: n }, (_, i) => i)]);
    expect(all.overall.recall).toBe(1);
    expect(all.byHardNegative.family.merged).toBe(all.byHardNegative.family.pairs);
    const none = evaluateSynthetic(
      data,
      Array.from({ length: n }, (_, i) => [i]),
    );
    expect(none.overall.recall).toBe(0);
    expect(none.byHardNegative.family.keptApart).toBe(1);
  });
});
