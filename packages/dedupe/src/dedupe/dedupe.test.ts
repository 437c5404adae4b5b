import { checkCitizenId } from "@linli/core";
import { resident } from "@linli/core/testing";
import { dedupe, link } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SAME_PERSON_TWICE } from "../testing/people.js";

const canonical = (clusters: readonly (readonly number[])[], id: (i: number) => string) =>
  clusters
    .map((c) => c.map(id).sort().join("+"))
    .sort()
    .join(" ");

const validId = (r: unknown): string | undefined => {
  const ids = (r as { identifiers?: { scheme: string; value: string }[] }).identifiers ?? [];
  const v = ids.find((x) => x.scheme === "cn-citizen-id")?.value;
  return v && v.length === 18 && checkCitizenId(v).ok ? v : undefined;
};

const expectPartition = (clusters: readonly (readonly number[])[], n: number) => {
  const seen = new Array<number>(n).fill(0);
  for (const c of clusters) for (const i of c) seen[i]!++;
  expect(seen.every((k) => k === 1)).toBe(true);
};

describe("dedupe properties", () => {
  it("clusters do not depend on input order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        (seed, shuffle) => {
          const data = synthesizeResidents({ records: 120, seed });
          const n = data.records.length;
          const order = Array.from({ length: n }, (_, i) => i);
          let s = shuffle;
          for (let i = n - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2147483648;
            const j = s % (i + 1);
            [order[i], order[j]] = [order[j]!, order[i]!];
          }
          const a = dedupe(data.records, { pairs: "none" });
          const b = dedupe(
            order.map((i) => data.records[i]!),
            { pairs: "none" },
          );
          const id = (records: readonly { meta: { id: string } }[]) => (i: number) =>
            records[i]!.meta.id;
          expect(canonical(b.clusters, (i) => data.records[order[i]!]!.meta.id)).toBe(
            canonical(a.clusters, id(data.records)),
          );
        },
      ),
      { numRuns: 15 },
    );
  });

  it("exact copies always cluster, and every record is in exactly one cluster", () => {
    fc.assert(
      fc.property(
        fc.array(resident, { minLength: 1, maxLength: 25 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (records, picks) => {
          const copies = picks.map((k) => k % records.length);
          const all = [...records, ...copies.map((k) => structuredClone(records[k]!))];
          const { clusters } = dedupe(all, { pairs: "none" });
          expectPartition(clusters, all.length);
          const clusterOf = new Int32Array(all.length);
          clusters.forEach((c, k) => {
            for (const i of c) clusterOf[i] = k;
          });
          copies.forEach((k, j) => {
            expect(clusterOf[records.length + j]).toBe(clusterOf[k]);
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it("records with different valid citizen IDs never cluster", () => {
    fc.assert(
      fc.property(fc.array(resident, { minLength: 2, maxLength: 25 }), (records) => {
        // Make them look alike everywhere else: same name, phone, birth date and address.
        const first = records[0]!;
        const alike = records.map((r) => ({
          ...r,
          name: first.name,
          birthDate: first.birthDate,
          gender: first.gender,
          phones: first.phones,
          address: first.address,
        }));
        const { clusters } = dedupe(alike, { pairs: "none" });
        expectPartition(clusters, alike.length);
        for (const c of clusters) {
          const ids = new Set(c.map((i) => validId(alike[i])).filter((v) => v !== undefined));
          expect(ids.size).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("dedupe", () => {
  const people = SAME_PERSON_TWICE;

  it("finds the same person written differently and explains why", () => {
    const result = dedupe(people);
    expect(result.clusters).toEqual([[0, 1], [2]]);
    const pair = result.pairs.find((p) => p.a === 0 && p.b === 1)!;
    expect(pair.match).toBe(true);
    expect(pair.probability).toBeGreaterThanOrEqual(0.9);
    const levels = Object.fromEntries(pair.explanation.map((e) => [e.field, e.level]));
    expect(levels).toMatchObject({
      name: "variant",
      birthDate: "exact",
      phone: "exact",
      citizenId: "missing",
    });
    expect(pair.weight).toBeCloseTo(
      pair.explanation.reduce((s, e) => s + e.weight, 0),
      2,
    );
  });

  it("returns plain data that survives JSON and can be reused as parameters", () => {
    const result = dedupe(people, { pairs: "all" });
    const copy = JSON.parse(JSON.stringify(result));
    expect(copy).toEqual(result);
    const again = dedupe(people, { params: copy.params });
    expect(again.clusters).toEqual(result.clusters);
    expect(again.params.iterations).toBe(0);
  });

  it("keeps must-link groups together", () => {
    const result = dedupe(people, { mustLink: [[0, 2]] });
    expect(result.clusters).toEqual([[0, 1, 2]]);
  });

  it("compares only across sources when asked", () => {
    const result = dedupe(people, {
      sources: ["a", "a", "b"],
      acrossSourcesOnly: true,
      pairs: "all",
    });
    expect(result.pairs.every((p) => !(p.a === 0 && p.b === 1))).toBe(true);
    expect(result.clusters).toEqual([[0], [1], [2]]);
  });

  it("rejects bad options", () => {
    expect(() => dedupe(people, { sources: ["a"] })).toThrow(RangeError);
    expect(() => dedupe(people, { mustLink: [[0, 9]] })).toThrow(RangeError);
    expect(() => dedupe(people, { profile: "nobody" as never })).toThrow(RangeError);
  });
});

describe("link", () => {
  it("links two lists, indexes per side, unmatched records alone", () => {
    const committee = [
      { name: "王伟", phones: [{ number: "13800138000" }], birthDate: "1970-01-05" },
      { name: "赵敏", phones: [{ number: "13700001111" }], birthDate: "1988-11-30" },
      { name: "孙丽", phones: [{ number: "13611112222" }], birthDate: "1979-02-14" },
    ];
    const volunteers = [
      { name: "李娜", phones: [{ number: "13912345678" }], birthDate: "1990-07-19" },
      { name: "王 伟", phones: [{ number: "+86 138 0013 8000" }], birthDate: "1970/1/5" },
      { name: "周杰", phones: [{ number: "13522223333" }], birthDate: "1995-05-05" },
      { name: "趙敏", phones: [{ number: "137-0000-1111" }], birthDate: "1988年11月30日" },
    ];
    const result = link(committee, volunteers);
    expect(result.clusters).toEqual([
      { left: [0], right: [1] },
      { left: [1], right: [3] },
      { left: [2], right: [] },
      { left: [], right: [0] },
      { left: [], right: [2] },
    ]);
    expect(result.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 1],
      [1, 3],
    ]);
  });
});
