import { entities } from "@linli/core";
import { describe, expect, it } from "vitest";
import { columnReader, columnsReader } from "./columns.js";

describe("columnReader", () => {
  const r = {
    name: "张静",
    phones: [{ number: "13800138000" }, null, { number: "13900139000" }],
    identifiers: [
      { scheme: "passport", value: "E1" },
      { scheme: "cn-citizen-id", value: "11010519491231002X" },
    ],
  };

  it("reads a column's canonical place, or a flat row's property named by the column key", () => {
    expect(columnReader(entities.resident, "citizenId")(r)).toBe("11010519491231002X");
    expect(columnReader(entities.resident, "citizenId")({ citizenId: "x" })).toBe("x");
    expect(columnReader(entities.resident, "name")(null)).toBeUndefined();
  });

  it("reads several columns into one multi-valued field", () => {
    expect(columnsReader(entities.resident, ["phone", "phone2"])(r)).toEqual([
      "13800138000",
      "13900139000",
    ]);
    expect(
      columnsReader(entities.resident, ["phone", "phone2"])({ phones: [{ number: "1" }] }),
    ).toBe("1");
  });

  it("throws a DedupeOptionError for a column the entity does not have", () => {
    expect(() => columnReader(entities.resident, "nope")).toThrow(/nope/);
  });
});
