import { minhashBlocking } from "@linli/dedupe";
import { describe, expect, it } from "vitest";
import { type BloomFilter, bloomFilter } from "../comparators/dice/bloom.js";

/** A filter of `bits` bits with the given positions set. */
function filter(bits: number, positions: Iterable<number>): BloomFilter {
  const bytes = new Uint8Array(bits / 8);
  for (const p of positions) bytes[p >> 3]! |= 1 << (p & 7);
  return bloomFilter(bytes);
}

/** A seeded stream of integers below `n`. */
function ints(seed: number, n: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

type Transform = (key: string, features: BloomFilter) => number | undefined;
const keys = (rules: ReturnType<typeof minhashBlocking>, f: BloomFilter) =>
  rules.map((r) => (r.transform as Transform)("", f));

describe("minhashBlocking", () => {
  it("makes one rule per band on the field, with numeric keys", () => {
    const rules = minhashBlocking("name", { bands: 3, rows: 2 });
    expect(rules.map((r) => r.name)).toEqual([
      "name-minhash-1",
      "name-minhash-2",
      "name-minhash-3",
    ]);
    expect(rules.every((r) => r.on?.[0] === "name" && r.maxBlockSize === 50)).toBe(true);
    const k = keys(rules, filter(512, [1, 70, 300]));
    expect(k.every((x) => Number.isSafeInteger(x) && x! >= 0)).toBe(true);
    expect(new Set(k).size).toBe(3);
  });

  it("puts identical filters in every band together and leaves empty ones out", () => {
    const rules = minhashBlocking("clk", { bands: 6, rows: 4 });
    expect(keys(rules, filter(1024, [3, 99, 500]))).toEqual(
      keys(rules, filter(1024, [500, 3, 99])),
    );
    expect(keys(rules, filter(1024, []))).toEqual(new Array(6).fill(undefined));
    // Filters without a common bit never share a min-hash.
    const a = keys(rules, filter(1024, [1, 2, 3]));
    const b = keys(rules, filter(1024, [4, 5, 6]));
    expect(a.some((x, i) => x === b[i])).toBe(false);
  });

  it("meets a band with probability Jaccard^rows", () => {
    // Pairs of filters with 60 bits in common out of 100 (Jaccard 0.6): a band of 2 rows
    // agrees with probability 0.36; over 400 pairs × 10 bands the rate is within ±0.03.
    const rules = minhashBlocking("f", { bands: 10, rows: 2, seed: 5 });
    const next = ints(42, 512);
    let agree = 0;
    let tries = 0;
    for (let pair = 0; pair < 400; pair++) {
      const all = new Set<number>();
      while (all.size < 100) all.add(next());
      const list = [...all];
      const common = list.slice(0, 60);
      const a = keys(rules, filter(512, [...common, ...list.slice(60, 80)]));
      const b = keys(rules, filter(512, [...common, ...list.slice(80, 100)]));
      a.forEach((x, i) => {
        tries++;
        if (x === b[i]) agree++;
      });
    }
    expect(Math.abs(agree / tries - 0.36)).toBeLessThan(0.03);
  });

  it("gives other permutations for another seed and checks its options", () => {
    const f = filter(512, [10, 20, 30, 40, 50, 60, 70, 80]);
    expect(keys(minhashBlocking("f", { seed: 1 }), f)).not.toEqual(
      keys(minhashBlocking("f", { seed: 2 }), f),
    );
    expect(() => minhashBlocking("f", { rows: 9 })).toThrow(RangeError);
    expect(() => minhashBlocking("f", { bands: 0 })).toThrow(RangeError);
  });
});
