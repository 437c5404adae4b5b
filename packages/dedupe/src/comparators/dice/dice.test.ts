import { diceComparator } from "@linli/dedupe";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64Bytes, bloomDice, bloomFilter, bytesBase64 } from "./bloom.js";

const b64 = (bytes: number[]) => Buffer.from(bytes).toString("base64");

/** Dice of two byte arrays, bit by bit. */
function slowDice(a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    for (let bit = 0; bit < 8; bit++) {
      const x = (a[i]! >> bit) & 1;
      const y = (b[i]! >> bit) & 1;
      both += x & y;
      na += x;
      nb += y;
    }
  }
  return na + nb === 0 ? 0 : (2 * both) / (na + nb);
}

describe("Base64 and bit counts", () => {
  it("decodes what Node encodes, in both alphabets, and rejects other text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const buf = Buffer.from(bytes);
        expect(Array.from(base64Bytes(buf.toString("base64"))!)).toEqual(Array.from(bytes));
        expect(Array.from(base64Bytes(buf.toString("base64url"))!)).toEqual(Array.from(bytes));
        expect(bytesBase64(bytes)).toBe(buf.toString("base64"));
      }),
    );
    expect(base64Bytes("ab$d")).toBeUndefined();
    expect(base64Bytes("abcde")).toBeUndefined();
  });

  it("computes Dice as bit-by-bit counting does, for any lengths (padded to words)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((n) =>
            fc.tuple(
              fc.uint8Array({ minLength: n, maxLength: n }),
              fc.uint8Array({ minLength: n, maxLength: n }),
            ),
          ),
        ([a, b]) => {
          expect(bloomDice(bloomFilter(a), bloomFilter(b))).toBeCloseTo(slowDice(a, b), 12);
        },
      ),
    );
  });
});

describe("diceComparator", () => {
  const c = diceComparator({ thresholds: [0.9, 0.7] });
  const f = (bytes: number[]) => c.features(c.normalize(b64(bytes))!);

  it("names its levels and places pairs by Dice", () => {
    expect(c.id).toBe("dice");
    expect(c.levels).toEqual(["exact", "dice>=0.9", "dice>=0.7", "different"]);
    // 8 bits against 7 of them: Dice 14/15 ≈ 0.933.
    expect(c.compare(f([255, 0, 0, 0]), f([127, 0, 0, 0]))).toBe(1);
    // 4 against 2 of them: 4/6 ≈ 0.667.
    expect(c.compare(f([15, 0, 0, 0]), f([3, 0, 0, 0]))).toBe(3);
    // 4 against 3 of them: 6/7 ≈ 0.857.
    expect(c.compare(f([15, 0, 0, 0]), f([7, 0, 0, 0]))).toBe(2);
    expect(c.compare(f([15, 0, 0, 0]), f([0, 0, 0, 240]))).toBe(3);
  });

  it("gives identical bits the exact level whatever the alphabet", () => {
    const bytes = [251, 255, 191, 0];
    const std = c.normalize(Buffer.from(bytes).toString("base64"))!;
    const url = c.normalize(Buffer.from(bytes).toString("base64url"))!;
    expect(std).not.toBe(url);
    expect(c.compare(c.features(std), c.features(url))).toBe(0);
  });

  it("reads Base64 text and bytes; empty, all-zero and non-Base64 values are missing", () => {
    expect(c.normalize(" AQIDBA== ")).toBe("AQIDBA==");
    expect(c.normalize(new Uint8Array([1, 2, 3, 4]))).toBe("AQIDBA==");
    expect(c.normalize(new Uint8Array(8))).toBeUndefined();
    expect(c.normalize("AAAAAA==")).toBeUndefined();
    expect(c.normalize("")).toBeUndefined();
    expect(c.normalize("王小伟")).toBeUndefined();
    expect(c.normalize("abcde")).toBeUndefined();
    expect(c.normalize(1234)).toBeUndefined();
    expect(c.normalize(null)).toBeUndefined();
  });

  it("agrees with bit-by-bit Dice on random filters", () => {
    const d = diceComparator();
    const ts = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6];
    const want = (x: number) => {
      if (x === 1) return 0;
      const i = ts.findIndex((t) => x >= t);
      return i < 0 ? ts.length + 1 : i + 1;
    };
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.array(fc.nat(127), { maxLength: 20 }),
        (a, flips) => {
          fc.pre(a.some((x) => x !== 0));
          const b = Uint8Array.from(a);
          for (const p of flips) b[p >> 3]! ^= 1 << (p & 7);
          fc.pre(b.some((x) => x !== 0));
          const fa = d.features(d.normalize(a)!);
          const fb = d.features(d.normalize(b)!);
          expect(d.compare(fa, fb)).toBe(want(slowDice(a, b)));
        },
      ),
    );
  });

  it("refuses filters of two lengths and thresholds out of order", () => {
    expect(() => c.compare(f([1, 0, 0, 0]), f([1, 0, 0, 0, 0, 0, 0, 0]))).toThrow(RangeError);
    expect(() => diceComparator({ thresholds: [0.7, 0.9] })).toThrow(RangeError);
    expect(() => diceComparator({ thresholds: [1] })).toThrow(RangeError);
  });
});
