import { describe, expect, it } from "vitest";
import { chineseName } from "../comparators/chinese-name/chinese-name.js";
import { date } from "../comparators/date/date.js";
import { exact } from "../comparators/exact/exact.js";
import { phone } from "../comparators/phone/phone.js";
import { compareAll, levelFn } from "./compare.js";
import { encodeField } from "./encode.js";
import { rng, sampleCounts, samplePairs } from "./estimate.js";

// Enough records and pairs to cross the blocks in which pairs are compared a field at a time.
const n = 3000;
const rand = rng(7);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const records = Array.from({ length: n }, () => ({
  name:
    rand() < 0.05 ? undefined : pick(["张静", "張靜", "王伟", "王偉", "李娜", "李那", "欧阳娜娜"]),
  phone: rand() < 0.2 ? undefined : `1380013${String(Math.floor(rand() * 40)).padStart(4, "0")}`,
  birthDate: pick(["1985-03-02", "1985-02-03", "1985-03-12", "1985", "1985-03", undefined]),
  gender: pick(["male", "female", undefined]),
}));
const fields = [
  encodeField(records, { name: "name", get: "name", comparator: chineseName() }, chineseName()),
  encodeField(records, { name: "phone", get: "phone", comparator: phone() }, phone()),
  encodeField(records, { name: "birthDate", get: "birthDate", comparator: date() }, date()),
  encodeField(records, { name: "gender", get: "gender", comparator: exact() }, exact()),
];

describe("comparing a field at a time", () => {
  it("counts the random pairs' levels as counting pair by pair does", () => {
    const sampleSize = 150_000;
    const fns = fields.map((f) => levelFn(f, n));
    const expected = fields.map((f) => new Float64Array(f.comparator.levels.length));
    samplePairs(n, undefined, sampleSize, 3, (a, b) => {
      fields.forEach((_, f) => {
        const l = fns[f]!(a, b);
        if (l < expected[f]!.length) expected[f]![l]!++;
      });
    });
    const got = sampleCounts(
      fields,
      fields.map((f) => levelFn(f, n)),
      n,
      undefined,
      sampleSize,
      3,
    );
    expect(got).toEqual(expected);
    expect(expected.reduce((s, c) => s + c.reduce((x, y) => x + y, 0), 0)).toBeGreaterThan(
      sampleSize,
    );
    // A sample smaller than a block, and all pairs of a few records.
    const small = sampleCounts(fields, fns, 40, undefined, 100, 3);
    const all = sampleCounts(fields, fns, 40, undefined, 1_000_000, 3);
    expect(small.map((c) => c.reduce((x, y) => x + y, 0)).every((t) => t <= 100)).toBe(true);
    expect(all[3]!.reduce((x, y) => x + y, 0)).toBeGreaterThan(100);
  });

  it("gives the candidate pairs the patterns of comparing pair by pair, numbered alike", () => {
    const keys = new Set<number>();
    const pick2 = rng(11);
    while (keys.size < 70_000) {
      const a = Math.floor(pick2() * n);
      const b = Math.floor(pick2() * n);
      if (a < b) keys.add(a * n + b);
    }
    const pairs = Float64Array.from(keys).sort();
    const fns = fields.map((f) => levelFn(f, n));
    const radix = fields.map((f) => f.comparator.levels.length + 1);
    const patternOf = new Map<number, number>();
    const levels: number[] = [];
    const counts: number[] = [];
    const pattern = new Uint32Array(pairs.length);
    pairs.forEach((k, i) => {
      const a = Math.floor(k / n);
      const b = k - a * n;
      const row = fns.map((fn) => fn(a, b));
      const code = row.reduce((c, l, f) => c * radix[f]! + l, 0);
      let p = patternOf.get(code);
      if (p === undefined) {
        p = counts.length;
        patternOf.set(code, p);
        counts.push(0);
        levels.push(...row);
      }
      counts[p]!++;
      pattern[i] = p;
    });
    const got = compareAll(fields, pairs, n);
    expect(got.pattern.length).toBe(pattern.length);
    expect(got.pattern.every((p, i) => p === pattern[i])).toBe(true);
    expect(got.levels).toEqual(Uint8Array.from(levels));
    expect(got.counts).toEqual(Float64Array.from(counts));
    expect(compareAll(fields, new Float64Array(0), n).counts.length).toBe(0);
  });
});
