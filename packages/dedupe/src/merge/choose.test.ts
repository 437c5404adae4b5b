import { describe, expect, it } from "vitest";
import { addValue, type Group, rawKey, rawKeyOf, representative, shallowSame } from "./choose.js";

const group = (values: readonly unknown[]) => {
  const groups = new Map<string, Group>();
  values.forEach((v, row) => {
    addValue(groups, "k", v, row);
  });
  return groups.get("k")!;
};

describe("addValue", () => {
  it("keeps each way of writing once, in order of first appearance, with its rows", () => {
    const g = group(["张静", "張靜", "张静", "張靜", "张 静"]);
    expect(g.rows).toEqual([0, 1, 2, 3, 4]);
    expect(g.raws.map((r) => [r.value, r.rows])).toEqual([
      ["张静", [0, 2]],
      ["張靜", [1, 3]],
      ["张 静", [4]],
    ]);
  });

  it("sees objects with the same content as one way of writing, whatever their key order", () => {
    const a = { compound: "丈八小区", building: "3" };
    const b = { building: "3", compound: "丈八小区" };
    const c = { compound: "丈八小区", building: "3", unit: undefined };
    const g = group([a, { ...a }, b, c, { compound: "丈八", building: "3" }]);
    expect(g.raws.map((r) => [r.value, r.rows])).toEqual([
      [a, [0, 1, 2, 3]],
      [{ compound: "丈八", building: "3" }, [4]],
    ]);
  });

  it("sees NaN as NaN and nested objects by content", () => {
    expect(group([Number.NaN, Number.NaN]).raws).toHaveLength(1);
    const g = group([{ a: { x: 1 } }, { a: { x: 1 } }, { a: { x: 2 } }]);
    expect(g.raws.map((r) => r.rows)).toEqual([[0, 1], [2]]);
  });

  it("counts a row once when it gives the same value twice (a list's elements)", () => {
    const groups = new Map<string, Group>();
    addValue(groups, "k", "a", 0);
    addValue(groups, "k", "a", 0);
    addValue(groups, "k", "a", 1);
    expect(groups.get("k")!.rows).toEqual([0, 1]);
    expect(groups.get("k")!.raws[0]!.rows).toEqual([0, 1]);
  });

  it("makes raw keys only to tell values apart, and the same keys as rawKey", () => {
    const g = group([
      { b: 1, a: 2 },
      { b: 1, a: 2 },
    ]);
    expect(g.raws[0]!.key).toBeUndefined();
    expect(rawKeyOf(g.raws[0]!)).toBe(rawKey({ a: 2, b: 1 }));
    const h = group(["x", "y"]);
    expect(h.raws.map(rawKeyOf)).toEqual([rawKey("x"), rawKey("y")]);
  });

  it("takes the normal form as the representative", () => {
    expect(representative(group(["張靜", "張靜", "张静"]))).toBe("张静");
  });
});

describe("shallowSame", () => {
  it("compares primitives and flat objects", () => {
    expect(shallowSame("a", "a")).toBe(true);
    expect(shallowSame({ a: "1" }, { a: "1" })).toBe(true);
    expect(shallowSame({ a: "1" }, { a: "1", b: undefined })).toBe(false);
    expect(shallowSame({ a: { x: 1 } }, { a: { x: 1 } })).toBe(false);
    expect(shallowSame([1], [1])).toBe(false);
    expect(shallowSame(null, null)).toBe(true);
    expect(shallowSame(null, {})).toBe(false);
  });
});
