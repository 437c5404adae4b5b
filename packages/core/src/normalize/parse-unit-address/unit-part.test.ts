import { unitPart } from "@linli/core";
import { describe, expect, it } from "vitest";

describe("unitPart", () => {
  it("keeps the number of a building, unit, floor or room column, as a parsed address does", () => {
    expect(unitPart("building", "2号楼")).toBe("2");
    expect(unitPart("building", "2 号楼")).toBe("2");
    expect(unitPart("building", "三号楼")).toBe("3");
    expect(unitPart("building", "12#")).toBe("12");
    expect(unitPart("building", "5栋")).toBe("5");
    expect(unitPart("building", "3楼")).toBe("3");
    expect(unitPart("building", "b座")).toBe("B");
    expect(unitPart("building", "０２")).toBe("2");
    expect(unitPart("unit", "1单元")).toBe("1");
    expect(unitPart("unit", "二单元")).toBe("2");
    expect(unitPart("unit", "第1单元")).toBe("1");
    expect(unitPart("unit", "1门")).toBe("1");
    expect(unitPart("floor", "3层")).toBe("3");
    expect(unitPart("floor", "第十二层")).toBe("12");
    expect(unitPart("floor", "负1层")).toBe("-1");
    expect(unitPart("floor", "3F")).toBe("3");
    expect(unitPart("room", "301室")).toBe("301");
    expect(unitPart("room", "1502号")).toBe("1502");
    expect(unitPart("room", "301")).toBe("301");
  });
  it("leaves text that is no such number as written", () => {
    expect(unitPart("building", "东区")).toBe("东区");
    expect(unitPart("building", "3号楼2单元")).toBe("3号楼2单元");
    expect(unitPart("room", "地下室")).toBe("地下室");
    expect(unitPart("unit", "")).toBe("");
  });
});
