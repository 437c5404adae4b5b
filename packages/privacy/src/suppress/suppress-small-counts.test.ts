import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressSmallCounts } from "./suppress-small-counts.js";

const table = [
  { community: "丈八", vulnerability: "elderly-living-alone", count: 12, share: 0.57 },
  { community: "丈八", vulnerability: "dialysis", count: 2, share: 0.1 },
  { community: "丈八", vulnerability: "disabled", count: 7, share: 0.33 },
  { community: "科技路", vulnerability: "elderly-living-alone", count: 30, share: 0.75 },
  { community: "科技路", vulnerability: "dialysis", count: 0, share: 0 },
  { community: "科技路", vulnerability: "disabled", count: 10, share: 0.25 },
];

describe("suppressSmallCounts", () => {
  it("suppresses counts below the minimum, and the fields that give them away", () => {
    const out = suppressSmallCounts(table, { min: 5, alsoSuppress: ["share"] });
    expect(out.map((r) => r.count)).toEqual([12, null, 7, 30, 0, 10]);
    expect(out[1]!.share).toBeNull();
    expect(table[1]!.count).toBe(2); // input untouched
    expect(suppressSmallCounts(table, { min: 5, zeros: true }).map((r) => r.count)).toEqual([
      12,
      null,
      7,
      30,
      null,
      10,
    ]);
    expect(suppressSmallCounts(table, { min: 3, placeholder: "<3" })[1]!.count).toBe("<3");
  });

  it("flags instead, on every row", () => {
    const out = suppressSmallCounts(table, { min: 8, mode: "flag", flagField: "small" });
    expect(out.map((r) => r.small)).toEqual([false, true, true, false, false, false]);
    expect(out.map((r) => r.count)).toEqual(table.map((r) => r.count));
  });

  it("suppresses a second cell where a line would give the first away", () => {
    const out = suppressSmallCounts(table, { min: 5, dimensions: ["community", "vulnerability"] });
    // 丈八 has one small cell (dialysis 2), so its smallest other cell (disabled 7) goes too.
    // Then the dialysis and disabled columns each have one hidden cell: 科技路's dialysis (a
    // zero, the only other cell) and disabled (10) go as well.
    expect(out.map((r) => r.count)).toEqual([12, null, null, 30, null, null]);
  });

  it("leaves every line with none or at least two hidden cells", () => {
    const cell = fc.record({
      a: fc.constantFrom("x", "y", "z"),
      b: fc.constantFrom("p", "q", "r"),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(cell, fc.nat(20)), {
          selector: ([c]) => `${c.a}${c.b}`,
          maxLength: 9,
        }),
        (cells) => {
          const rows = cells.map(([c, n]) => ({ ...c, count: n }));
          const out = suppressSmallCounts(rows, { min: 5, dimensions: ["a", "b"] });
          for (const d of ["a", "b"] as const) {
            const other = d === "a" ? "b" : "a";
            const lines = new Map<string, typeof out>();
            for (const r of out)
              lines.set(String(r[other]), [...(lines.get(String(r[other])) ?? []), r]);
            for (const line of lines.values()) {
              const hidden = line.filter((r) => r.count === null).length;
              if (line.length > 1) expect(hidden === 0 || hidden >= 2).toBe(true);
            }
          }
          out.forEach((r, i) => {
            if (rows[i]!.count < 5 && rows[i]!.count > 0) expect(r.count).toBeNull();
          });
        },
      ),
    );
  });

  it("passes rows without a numeric count through and rejects a bad minimum", () => {
    expect(suppressSmallCounts([{ count: "n/a" }], { min: 5 })).toEqual([{ count: "n/a" }]);
    expect(() => suppressSmallCounts([], { min: 0 })).toThrow(RangeError);
    expect(() => suppressSmallCounts([], { min: 2.5 })).toThrow(RangeError);
  });
});
