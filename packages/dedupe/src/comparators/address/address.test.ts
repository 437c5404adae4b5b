import { comparators, parseHomeAddress } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("parseHomeAddress", () => {
  it("reads the common ways of writing building, unit and room", () => {
    const want = { compound: "丈八", building: "3", unit: "2", room: "301" };
    expect(parseHomeAddress("陕西省西安市雁塔区丈八小区三号楼2单元301室")).toEqual(want);
    expect(parseHomeAddress("丈八小区3栋2单元301")).toEqual(want);
    expect(parseHomeAddress("丈八 3-2-301")).toEqual(want);
    expect(parseHomeAddress("丈八小區3幢二單元301號")).toEqual(want);
  });
});

describe("comparators.address", () => {
  const c = comparators.address();
  const cmp = (a: unknown, b: unknown) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("levels address variants", () => {
    expect(
      cmp("丈八小区3号楼2单元301", { compound: "丈八小区", building: "3", unit: "2", room: "301" }),
    ).toBe("exact");
    expect(cmp("丈八小区3号楼2单元301", "3号楼2单元301")).toBe("same-room");
    expect(cmp("丈八小区3号楼2单元301", "丈八小区3号楼1单元502")).toBe("same-building");
    expect(cmp("丈八小区3号楼2单元301", "丈八小区7号楼2单元301")).toBe("same-compound");
    expect(cmp("丈八小区3号楼2单元301", "曲江花园3号楼2单元301")).toBe("different");
  });
  it("treats an address without any part as missing", () => {
    expect(c.normalize("")).toBeUndefined();
    expect(c.normalize({})).toBeUndefined();
  });
});
