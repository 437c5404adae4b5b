import { creditCodeCheckChar } from "@linli/core";
import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.creditCode", () => {
  const c = comparators.creditCode();
  const body = "91350100M000100Y4";
  const code = body + creditCodeCheckChar(body);
  it("levels exact, one edit and different", () => {
    expect(c.compare(code, c.normalize(code.toLowerCase())!)).toBe(0);
    expect(c.compare(code, `${code.slice(0, 5)}X${code.slice(6)}`)).toBe(1);
    expect(c.compare(code, "52610113MJX12345XY")).toBe(2);
  });
  it("flags valid codes only", () => {
    expect(c.isValid?.(code)).toBe(true);
    expect(c.isValid?.(`${code.slice(0, 5)}X${code.slice(6)}`)).toBe(false);
  });
});
