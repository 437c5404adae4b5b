import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.numeric", () => {
  const c = comparators.numeric({ within: [1, 5] });
  const cmp = (a: unknown, b: unknown) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("levels by absolute difference", () => {
    expect(cmp("12", 12)).toBe("exact");
    expect(cmp("12", "13")).toBe("within-1");
    expect(cmp("1,000", "1004")).toBe("within-5");
    expect(cmp("12", "40")).toBe("different");
  });
  it("treats non-numbers as missing", () => {
    expect(c.normalize("abc")).toBeUndefined();
    expect(c.normalize("007")).toBe("7");
  });
});
