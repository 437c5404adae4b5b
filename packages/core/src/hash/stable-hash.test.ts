import { describe, expect, it } from "vitest";
import { stableHash } from "./stable-hash.js";

describe("stableHash", () => {
  it("gives the same 14 characters as every earlier release (record ids depend on them)", () => {
    expect(stableHash("")).toBe("0ztntfp0p76ayu");
    expect(stableHash("居民.csv\u00002")).toBe("0l3fcgz02z3yev");
    expect(stableHash("丈八社区\u0000resident-1-3")).toBe("09qt5ae0xguevg");
  });

  it("tells texts one character apart", () => {
    expect(stableHash("居民.csv\u00002")).not.toBe(stableHash("居民.csv\u00003"));
  });
});
