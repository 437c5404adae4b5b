import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.phone", () => {
  const c = comparators.phone();
  const cmp = (a: string, b: string) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("reads the usual ways of writing a number", () => {
    for (const s of [
      "13800138000",
      "138-0013-8000",
      "+86 138 0013 8000",
      "(+86)13800138000",
      "８６１３８００１３８０００",
    ]) {
      expect(c.normalize(s)).toBe("13800138000");
    }
    expect(c.normalize("029-8888 6666")).toBe("02988886666");
    expect(c.normalize("12")).toBeUndefined();
  });
  it("levels variants", () => {
    expect(cmp("029-88886666", "88886666")).toBe("last-8");
    expect(cmp("13800138000", "13800138001")).toBe("one-edit");
    expect(cmp("13800138000", "13800183000")).toBe("one-edit");
    expect(cmp("13800138000", "13912345678")).toBe("different");
  });
});
