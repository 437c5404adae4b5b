import { describe, expect, it } from "vitest";
import { itemKey, Units } from "./units.js";

const units = new Units([
  {
    meta: { id: "s-1", schemaVersion: "0.0.0" },
    name: "医用外科口罩",
    unit: "盒",
    packSize: 50,
    packUnit: "只",
  },
  {
    meta: { id: "s-2", schemaVersion: "0.0.0" },
    name: "大米",
    unit: "袋",
    packSize: 10,
    packUnit: "公斤",
  },
]);

describe("Units", () => {
  it("converts an item's unit through its pack size", () => {
    expect(units.measure("医用外科口罩", "盒")).toEqual({ base: "只", factor: 50 });
    expect(units.measure("医用外科口罩", "只")).toEqual({ base: "只", factor: 1 });
    expect(units.measure("x", "盒", "s-1")).toEqual({ base: "只", factor: 50 });
  });

  it("reads mass and volume in kilograms and litres, and packs of them", () => {
    expect(units.measure("大米", "袋")).toEqual({ base: "kg", factor: 10 });
    expect(units.measure("大米", "斤")).toEqual({ base: "kg", factor: 0.5 });
    expect(units.measure("面粉", "KG")).toEqual({ base: "kg", factor: 1 });
    expect(units.measure("牛奶", "毫升")).toEqual({ base: "L", factor: 0.001 });
  });

  it("keeps a pack unit to its own item: a 盒 of another item is its own measure", () => {
    expect(units.measure("降压药", "盒")).toEqual({ base: "盒", factor: 1 });
    expect(units.measure("降压药", undefined)).toBeUndefined();
  });

  it("compares names and units written in full-width or with spaces", () => {
    expect(itemKey(" 医用 外科口罩 ")).toBe(itemKey("医用外科口罩"));
    expect(units.measure("大米", "ＫＧ")).toEqual({ base: "kg", factor: 1 });
  });
});
