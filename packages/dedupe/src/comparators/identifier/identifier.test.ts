import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.identifier", () => {
  const c = comparators.identifier();
  it("drops spaces and dashes, upper-cases, and counts every value as valid", () => {
    expect(c.normalize(" rk-2022-0105 ")).toBe("RK20220105");
    expect(c.normalize("RK 2022/0105")).toBe("RK20220105");
    expect(c.normalize(" - ")).toBeUndefined();
    expect(c.normalize(undefined)).toBeUndefined();
    expect(c.compare("RK20220105", "RK20220105")).toBe(0);
    expect(c.compare("RK20220105", "RK20220106")).toBe(1);
    expect(c.isValid?.("X")).toBe(true);
  });
});
