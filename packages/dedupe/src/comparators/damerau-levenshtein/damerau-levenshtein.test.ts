import { damerauLevenshtein } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("damerauLevenshtein", () => {
  it("counts edits, with an adjacent swap as one", () => {
    expect(damerauLevenshtein("kitten", "sitting")).toBe(3);
    expect(damerauLevenshtein("ca", "ac")).toBe(1);
    expect(damerauLevenshtein("1234567", "1243567")).toBe(1);
    expect(damerauLevenshtein("", "abc")).toBe(3);
    expect(damerauLevenshtein("abc", "abc")).toBe(0);
  });
  it("stops early past max", () => {
    expect(damerauLevenshtein("aaaaaaaa", "bbbbbbbb", 2)).toBe(3);
    expect(damerauLevenshtein("abcdef", "abcxef", 2)).toBe(1);
    expect(damerauLevenshtein("a", "abcdef", 2)).toBe(3);
  });
});

describe("damerauLevenshtein agrees with a plain implementation", () => {
  // Reference: textbook optimal string alignment with a full matrix.
  const reference = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
    }
    return d[a.length]![b.length]!;
  };
  it("on random short digit strings, with and without max", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const word = () =>
      Array.from({ length: Math.floor(next() * 7) }, () => "0123"[Math.floor(next() * 4)]).join("");
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = word();
      const want = reference(a, b);
      expect(damerauLevenshtein(a, b)).toBe(want);
      expect(damerauLevenshtein(a, b, 1)).toBe(Math.min(want, 2));
      expect(damerauLevenshtein(a, b, 2)).toBe(Math.min(want, 3));
    }
  });
});
