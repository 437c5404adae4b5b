import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.exact", () => {
  const c = comparators.exact();
  it("compares normalised text", () => {
    expect(c.normalize(" ＮＳＷ ")).toBe("nsw");
    expect(c.compare("nsw", "nsw")).toBe(0);
    expect(c.compare("nsw", "vic")).toBe(1);
    expect(c.normalize("")).toBeUndefined();
  });
});
