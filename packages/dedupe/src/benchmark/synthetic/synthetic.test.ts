import { candidatePairs, dedupe } from "@linli/dedupe";
import {
  blockingRecall,
  CLASSIC_NOISE,
  evaluateSynthetic,
  HARD_NEGATIVE_KINDS,
  NOISE_KINDS,
  synthesizeResidents,
} from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

// Hard negatives that only the district scenario makes.
const CLASSIC_HARD = HARD_NEGATIVE_KINDS.filter((k) => k !== "swapped-name");

describe("synthesizeResidents", () => {
  it("is repeatable by seed and carries every kind of noise and hard negative", () => {
    const a = synthesizeResidents({ records: 3000, seed: 9 });
    const b = synthesizeResidents({ records: 3000, seed: 9 });
    expect(JSON.stringify(a.records)).toBe(JSON.stringify(b.records));
    expect(a.records.length).toBeGreaterThan(2700);
    expect(a.records.length).toBeLessThan(3300);
    const seen = new Set(a.noise.flat());
    for (const k of CLASSIC_NOISE) expect(seen.has(k)).toBe(true);
    expect(seen.has("moved")).toBe(false);
    expect(a.twin.some((t) => t >= 0)).toBe(true);
    expect(a.namesake.some((t) => t >= 0)).toBe(true);
    expect(a.commonName.some((t) => t >= 0)).toBe(true);
    expect(new Set(a.records.map((r) => r.meta.id)).size).toBe(a.records.length);
  });

  it("district: a city's names, a third of rows without an ID, up to four communities", () => {
    const d = synthesizeResidents({ records: 40_000, seed: 3, scenario: "district" });
    const again = synthesizeResidents({ records: 40_000, seed: 3, scenario: "district" });
    expect(JSON.stringify(d.records.slice(0, 500))).toBe(
      JSON.stringify(again.records.slice(0, 500)),
    );
    const n = d.records.length;
    const withId = d.records.filter((r) => r.identifiers).length / n;
    expect(withId).toBeGreaterThan(0.6);
    expect(withId).toBeLessThan(0.72);
    const withPhone = d.records.filter((r) => r.phones).length / n;
    expect(withPhone).toBeGreaterThan(0.75);
    expect(withPhone).toBeLessThan(0.95);
    // Each person's rows lie in distinct communities, at most four.
    const sources = new Map<number, Set<string>>();
    const rows = new Map<number, number>();
    d.records.forEach((r, i) => {
      const e = d.entity[i]!;
      rows.set(e, (rows.get(e) ?? 0) + 1);
      const s = sources.get(e) ?? new Set();
      s.add(r.meta.source);
      sources.set(e, s);
    });
    let most = 0;
    for (const k of rows.values()) most = Math.max(most, k);
    expect(most).toBe(4);
    for (const [e, k] of rows) expect(sources.get(e)!.size).toBe(k);
    // Common full names recur: per million people, the commonest dozens of times or more.
    const people = sources.size;
    const byName = new Map<number, number>();
    const first = new Set<number>();
    d.records.forEach((_, i) => {
      if (first.has(d.entity[i]!)) return;
      first.add(d.entity[i]!);
      byName.set(d.sameName[i]!, (byName.get(d.sameName[i]!) ?? 0) + 1);
    });
    let top = 0;
    for (const k of byName.values()) top = Math.max(top, k);
    expect((top / people) * 1e6).toBeGreaterThan(50);
    expect((top / people) * 1e6).toBeLessThan(600);
    const seen = new Set(d.noise.flat());
    for (const k of NOISE_KINDS) expect(seen.has(k), k).toBe(true);
    expect(d.swapped.some((t) => t >= 0)).toBe(true);
  });
});

// The accuracy gates on synthetic Chinese residents (docs/benchmarks.md has the full tables).
describe("accuracy on synthetic Chinese residents (classic)", () => {
  const data = synthesizeResidents({ records: 20_000, seed: 5 });
  const result = dedupe(data.records, { pairs: "none" });
  const report = evaluateSynthetic(data, result.clusters);
  console.info(`synthetic 20k: ${JSON.stringify(report.overall)}`);

  it("precision ≥ 0.995 and recall ≥ 0.98 overall", () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.995);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.98);
  });

  it("recall ≥ 0.98 for every kind of noise", () => {
    for (const k of CLASSIC_NOISE) {
      expect(report.byNoise[k].pairs, k).toBeGreaterThan(100);
      expect(report.byNoise[k].recall, k).toBeGreaterThanOrEqual(0.98);
    }
  });

  it("keeps at least 99.5% of each kind of hard negative apart", () => {
    for (const k of CLASSIC_HARD) {
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

// Issue gates at district scale, on 50k rows (bench/dedupe runs 100k and 1M).
describe("accuracy on a district's registers (50k rows)", () => {
  const data = synthesizeResidents({ records: 50_000, seed: 5, scenario: "district" });
  const result = dedupe(data.records, { pairs: "none" });
  const report = evaluateSynthetic(data, result.clusters);
  console.info(`district 50k: ${JSON.stringify({ ...report.overall, ...report.purity })}`);

  it("precision ≥ 0.995 and recall ≥ 0.98, no labels, default threshold", () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.995);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.98);
  });

  it("at most 0.1% of clusters mix people", () => {
    expect(report.purity.clusters).toBeGreaterThan(5000);
    expect(report.purity.mixedShare).toBeLessThanOrEqual(0.001);
  });

  it("keeps at least 99.5% of each kind of hard negative apart", () => {
    for (const k of HARD_NEGATIVE_KINDS) {
      expect(report.byHardNegative[k].pairs, k).toBeGreaterThan(50);
      expect(report.byHardNegative[k].keptApart, k).toBeGreaterThanOrEqual(0.995);
    }
  });
});

describe("evaluateSynthetic", () => {
  it("counts merged hard negatives and missed pairs", () => {
    const data = synthesizeResidents({ records: 400, seed: 4 });
    const n = data.records.length;
    const all = evaluateSynthetic(data, [Array.from({ length: n }, (_, i) => i)]);
    expect(all.overall.recall).toBe(1);
    expect(all.purity).toEqual({ clusters: 1, mixed: 1, mixedShare: 1 });
    expect(all.byHardNegative.family.merged).toBe(all.byHardNegative.family.pairs);
    const none = evaluateSynthetic(
      data,
      Array.from({ length: n }, (_, i) => [i]),
    );
    expect(none.overall.recall).toBe(0);
    expect(none.purity.clusters).toBe(0);
    expect(none.byHardNegative.family.keptApart).toBe(1);
  });
});
