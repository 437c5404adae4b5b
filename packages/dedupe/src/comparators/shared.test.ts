import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameChars } from "./shared.js";

describe("sameChars", () => {
  it("says what comparing the two slices says", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("1", "2", "X", "丈"), maxLength: 20 }),
        fc.string({ unit: fc.constantFrom("1", "2", "X", "丈"), maxLength: 20 }),
        fc.nat(20),
        fc.nat(20),
        fc.nat(20),
        (a, b, i0, j0, len0) => {
          const i = Math.min(i0, a.length);
          const j = Math.min(j0, b.length);
          const len = Math.min(len0, a.length - i, b.length - j);
          expect(sameChars(a, i, b, j, len)).toBe(a.slice(i, i + len) === b.slice(j, j + len));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
