import { listDivisions, lookupDivision } from "@linli/core/divisions";
import { describe, expect, it } from "vitest";

describe("listDivisions", () => {
  it("lists provinces, then cities, then districts, each in code order", () => {
    const all = listDivisions();
    expect(all[0]?.name).toBe("北京市");
    const levels = all.map((d) => d.level);
    expect(levels.indexOf("city")).toBeGreaterThan(levels.lastIndexOf("province"));
    expect(levels.indexOf("district")).toBeGreaterThan(levels.lastIndexOf("city"));
    const ezhou = all.filter((d) => d.code.startsWith("4207"));
    expect(ezhou.map((d) => d.name)).toEqual(["鄂州市", "市辖区", "梁子湖区", "华容区", "鄂城区"]);
    expect(all.find((d) => d.code === "420704")).toBe(lookupDivision("420704"));
    expect(listDivisions()).toBe(all);
  });
});
