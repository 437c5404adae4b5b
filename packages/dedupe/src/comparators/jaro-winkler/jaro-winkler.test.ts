import { jaroWinkler } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("jaroWinkler", () => {
  it("matches the published reference values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 4);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.8133, 4);
  });
  it("is 1 for equal strings and 0 without common characters", () => {
    expect(jaroWinkler("", "")).toBe(1);
    expect(jaroWinkler("abc", "abc")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("abc", "")).toBe(0);
  });
  it("is symmetric", () => {
    expect(jaroWinkler("crate", "trace")).toBeCloseTo(jaroWinkler("trace", "crate"), 12);
  });
});
