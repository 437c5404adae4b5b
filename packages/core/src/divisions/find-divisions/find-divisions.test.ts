import { findDivisions } from "@linli/core/divisions";
import { describe, expect, it } from "vitest";

const codesOf = (name: string, within?: string) =>
  findDivisions(name, within === undefined ? {} : { within }).map((d) => d.code);

describe("findDivisions", () => {
  it("finds by official name", () => {
    expect(codesOf("雁塔区")).toEqual(["610113"]);
    expect(codesOf("西安市")).toEqual(["610100"]);
    expect(codesOf("陕西省")).toEqual(["610000"]);
  });

  it("finds by full name, with or without the province", () => {
    expect(codesOf("陕西省西安市雁塔区")).toEqual(["610113"]);
    expect(codesOf("西安市雁塔区")).toEqual(["610113"]);
    expect(codesOf(" 西安市 雁塔区 ")).toEqual(["610113"]);
  });

  it("finds by short name, larger divisions first", () => {
    expect(codesOf("雁塔")).toEqual(["610113"]);
    expect(codesOf("西安")).toEqual(["610100", "220403", "231005"]);
    expect(findDivisions("广西")[0]?.name).toBe("广西壮族自治区");
    expect(findDivisions("新疆")[0]?.name).toBe("新疆维吾尔自治区");
    expect(findDivisions("内蒙古")[0]?.name).toBe("内蒙古自治区");
    expect(findDivisions("吉林").map((d) => d.fullName)).toEqual(["吉林省", "吉林省吉林市"]);
  });

  it("does not match on a single character or an arbitrary prefix", () => {
    expect(codesOf("西")).toEqual([]);
    expect(codesOf("雁塔路")).toEqual([]);
    expect(codesOf("")).toEqual([]);
  });

  it("returns every division sharing a name, and narrows with `within`", () => {
    expect(findDivisions("长安区").map((d) => d.fullName)).toEqual([
      "河北省石家庄市长安区",
      "陕西省西安市长安区",
    ]);
    expect(codesOf("长安区", "陕西")).toEqual(["610116"]);
    expect(codesOf("长安区", "610000")).toEqual(["610116"]);
    expect(codesOf("长安区", "西安市")).toEqual(["610116"]);
    expect(codesOf("长安区", "610100")).toEqual(["610116"]);
    expect(codesOf("朝阳区", "北京")).toEqual(["110105"]);
    expect(codesOf("长安区", "上海")).toEqual([]);
    expect(codesOf("长安区", "999999")).toEqual([]);
  });

  it("returns matches with their parents", () => {
    const xian = findDivisions("雁塔区", { within: "西安" });
    expect(xian).toHaveLength(1);
    expect(xian[0]).toMatchObject({ city: { code: "610100", name: "西安市" } });
  });
});
