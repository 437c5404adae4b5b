import { lookupDivision } from "@linli/core/divisions";
import { describe, expect, it } from "vitest";

describe("lookupDivision", () => {
  it.each([
    ["610102", "新城区"],
    ["610103", "碑林区"],
    ["610104", "莲湖区"],
    ["610111", "灞桥区"],
    ["610112", "未央区"],
    ["610113", "雁塔区"],
    ["610114", "阎良区"],
    ["610115", "临潼区"],
    ["610116", "长安区"],
    ["610117", "高陵区"],
    ["610118", "鄠邑区"],
    ["610122", "蓝田县"],
    ["610124", "周至县"],
  ])("finds the Xi'an district %s %s", (code, name) => {
    expect(lookupDivision(code)).toEqual({
      code,
      name,
      level: "district",
      province: { code: "610000", name: "陕西省" },
      city: { code: "610100", name: "西安市" },
      fullName: `陕西省西安市${name}`,
    });
  });

  it("finds cities and provinces", () => {
    expect(lookupDivision("610100")).toEqual({
      code: "610100",
      name: "西安市",
      level: "city",
      province: { code: "610000", name: "陕西省" },
      fullName: "陕西省西安市",
    });
    expect(lookupDivision("610000")).toEqual({
      code: "610000",
      name: "陕西省",
      level: "province",
      fullName: "陕西省",
    });
  });

  it("leaves out the city for municipality districts and directly governed counties", () => {
    const chaoyang = lookupDivision("110105");
    expect(chaoyang).toMatchObject({ name: "朝阳区", fullName: "北京市朝阳区" });
    expect(chaoyang?.city).toBeUndefined();
    expect(lookupDivision("500229")?.fullName).toBe("重庆市城口县");
    const jiyuan = lookupDivision("419001");
    expect(jiyuan).toMatchObject({ name: "济源市", fullName: "河南省济源市" });
    expect(jiyuan?.city).toBeUndefined();
  });

  it("returns undefined for unknown or malformed codes", () => {
    for (const code of ["610199", "999999", "000000", "6101", "61011300", ""]) {
      expect(lookupDivision(code)).toBeUndefined();
    }
  });

  it("links every district of the data package to its province, and to a city where there is one", () => {
    let districts = 0;
    for (let p = 11; p <= 82; p++) {
      for (let rest = 101; rest <= 9099; rest++) {
        const code = `${p}${String(rest).padStart(4, "0")}`;
        const d = lookupDivision(code);
        if (d?.level !== "district") continue;
        districts++;
        expect(d.province?.code).toBe(`${p}0000`);
        const municipality = ["11", "12", "31", "50"].includes(String(p));
        expect(d.city === undefined).toBe(municipality || code.slice(2, 4) === "90");
        expect(d.fullName).toBe(`${d.province?.name}${d.city?.name ?? ""}${d.name}`);
      }
    }
    expect(districts).toBeGreaterThan(2800);
  });

  it("returns frozen divisions, so one caller cannot corrupt another's", () => {
    const d = lookupDivision("610113");
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d?.city)).toBe(true);
  });
});
