import { describe, expect, it } from "vitest";
import { sharedFloat64, sharedInt8, sharedInt32 } from "./shared.js";

describe("typed arrays over shared memory", () => {
  it("are zeros of the length asked, each over a SharedArrayBuffer of its own", () => {
    const made = [sharedInt32(5), sharedFloat64(5), sharedInt8(5)];
    for (const a of made) {
      expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(a.length).toBe(5);
      expect(a.byteLength).toBe(a.buffer.byteLength);
      expect(Array.from(a)).toEqual([0, 0, 0, 0, 0]);
    }
    expect(made[0]).toBeInstanceOf(Int32Array);
    expect(made[1]).toBeInstanceOf(Float64Array);
    expect(made[2]).toBeInstanceOf(Int8Array);
    const a = sharedInt32(3);
    const b = sharedInt32(3);
    a[0] = 7;
    expect(b[0]).toBe(0);
    expect(sharedFloat64(0).length).toBe(0);
  });

  it("hold what typed arrays hold: copies in and out are the same values", () => {
    const x = sharedFloat64(4);
    x.set([1.5, -2, Number.NaN, 2 ** 53]);
    expect(Array.from(x.subarray(1, 3))).toEqual([-2, Number.NaN]);
    const copy = new Float64Array(4);
    copy.set(x);
    expect(Array.from(copy)).toEqual([1.5, -2, Number.NaN, 2 ** 53]);
    const levels = sharedInt8(2);
    levels[0] = -1;
    levels[1] = 200;
    expect(Array.from(levels)).toEqual([-1, -56]);
  });
});
