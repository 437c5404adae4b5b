import { parseAddress } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAddressCached } from "./fast-paths.js";

describe("parseAddressCached", () => {
  const address = fc
    .tuple(
      fc.constantFrom("", "陕西省西安市雁塔区", "绿地世纪城", "曲江池小区", "科技路27号院"),
      fc.integer({ min: 1, max: 30 }),
      fc.constantFrom("号楼", "栋", "-"),
      fc.integer({ min: 1, max: 6 }),
      fc.constantFrom("单元", "-"),
      fc.integer({ min: 101, max: 3004 }),
    )
    .map((p) => p.join(""));

  it("answers as parseAddress, for new, repeated and colliding addresses", () => {
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 600 }), (lines) => {
        for (const line of lines)
          expect(parseAddressCached(line)).toStrictEqual(parseAddress(line));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps an address seen just before, and one seen a few rows before", () => {
    const a = parseAddressCached("绿地世纪城3号楼2单元301");
    expect(parseAddressCached("绿地世纪城3号楼2单元301")).toBe(a);
    parseAddressCached("曲江池小区5号楼1单元1502");
    expect(parseAddressCached(["绿地世纪城3号楼", "2单元301"].join(""))).toBe(a);
  });

  it("never answers for another address, even one of the same length", () => {
    const seen = new Map<string, unknown>();
    for (let b = 1; b <= 30; b++) {
      for (let r = 101; r <= 130; r++) {
        const line = `绿地世纪城${b}号楼2单元${r}`;
        seen.set(line, parseAddressCached(line));
      }
    }
    for (const [line, parts] of seen) {
      expect(parseAddressCached(line)).toStrictEqual(parts);
      expect(parseAddressCached(line).line).toBe(line);
    }
  });
});
