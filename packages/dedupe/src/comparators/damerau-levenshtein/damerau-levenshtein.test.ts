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
