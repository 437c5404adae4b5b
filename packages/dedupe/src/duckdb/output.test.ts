import { describe, expect, it } from "vitest";
import { exact } from "../comparators/exact/exact.js";
import { encodeField, featuresOf } from "../engine/encode.js";
import { grown, releaseKeys } from "./output.js";

describe("releaseKeys", () => {
  it("lets go of the keys and features of every field but those kept, and keeps the key ids", () => {
    const records = [{ a: "x", b: "1" }, { a: "y", b: "1" }, { a: "x" }];
    const a = encodeField(records, { name: "a", get: "a", comparator: "exact" }, exact());
    const b = encodeField(records, { name: "b", get: "b", comparator: "exact" }, exact());
    featuresOf(a, 0);
    releaseKeys([a, b], new Set(["b"]));
    expect(a.keys).toEqual([]);
    expect(a.features).toEqual([]);
    expect([...a.codes]).toEqual([0, 1, 0]);
    expect(b.keys).toEqual(["1"]);
    expect([...b.codes]).toEqual([0, 0, -1]);
  });
});

describe("grown", () => {
  it("keeps the values and makes room for at least the size asked", () => {
    const a = Float64Array.from([1, 2, 3]);
    const b = grown(a, 4);
    expect(b.length).toBe(6);
    expect([...b.subarray(0, 3)]).toEqual([1, 2, 3]);
    expect(grown(new Float64Array(0), 5).length).toBe(5);
  });
});
