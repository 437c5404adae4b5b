import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.string", () => {
  const c = comparators.string({ editDistance: [1], jaroWinkler: [0.9] });
  const cmp = (a: string, b: string) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("orders exact, edit distance, Jaro-Winkler, different", () => {
    expect(c.levels).toEqual(["exact", "edits<=1", "jw>=0.9", "different"]);
    expect(cmp("Smith", " smith ")).toBe("exact");
    expect(cmp("smith", "smyth")).toBe("edits<=1");
    expect(cmp("jonathan", "jonathon")).toBe("edits<=1");
    expect(cmp("christine", "christina ann")).toBe("jw>=0.9");
    expect(cmp("smith", "jones")).toBe("different");
  });
  it("treats blank values as missing", () => {
    expect(c.normalize("  ")).toBeUndefined();
    expect(c.normalize(null)).toBeUndefined();
    expect(c.normalize(42)).toBe("42");
  });
});
