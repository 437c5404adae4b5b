import { columns, Resident } from "@linli/core";
import { describe, expect, it } from "vitest";
import { converterFor } from "./convert.js";

const col = (key: string) => columns(Resident).find((c) => c.key === key)!;
const value = (key: string, text: string) => {
  const r = converterFor(col(key))(text);
  return r.ok ? r.value : r.problems.map((p) => p.code);
};

describe("converterFor", () => {
  it("checks and canonicalises citizen IDs, keeping a checksum failure as a warning", () => {
    expect(value("citizenId", " 110105 19491231 002x")).toBe("11010519491231002X");
    expect(value("citizenId", "１１０１０５１９４９１２３１００２Ｘ")).toBe("11010519491231002X");
    const r = converterFor(col("citizenId"))("110105194912310021");
    expect(r.ok && r.value).toBe("110105194912310021");
    expect(r.ok && r.warnings?.map((w) => [w.code, w.severity])).toEqual([
      ["citizenId.checksum", "warning"],
    ]);
    expect(value("citizenId", "6.10113E+17")).toEqual(["citizenId.scientificNotation"]);
  });

  it("canonicalises phones, full-width digits included", () => {
    expect(value("phone", "138 0013 8000")).toBe("13800138000");
    expect(value("phone", "１３８００１３８０００")).toBe("13800138000");
    expect(value("phone", "029-8888 6666")).toBe("02988886666");
    expect(value("phone", "abc")).toEqual(["phone.invalid"]);
    // A phone or code Excel turned into a number has lost digits.
    expect(value("phone", "1.38001E+10")).toEqual(["cell.damagedNumber"]);
    expect(value("address.divisionCode", "6.10113E+5")).toEqual(["cell.damagedNumber"]);
    expect(value("passport", "1.2345E+8")).toEqual(["cell.damagedNumber"]);
  });

  it("reads dates, choices by label or value, numbers with units, several choices", () => {
    expect(value("birthDate", "1985年3月2日")).toBe("1985-03-02");
    expect(value("birthDate", "1985-02-30")).toEqual(["date.invalid"]);
    expect(value("gender", "女")).toBe("female");
    expect(value("gender", "M")).toBe("male");
    expect(value("residencyType", "流动人口")).toBe("floating");
    expect(value("residencyType", "户籍")).toBe("registered");
    expect(value("residencyType", "Floating population")).toBe("floating");
    expect(value("residencyType", "外星人")).toEqual(["cell.enum"]);
    expect(value("household.size", "３人")).toBe(3);
    expect(value("household.size", "三")).toBe(3);
    expect(value("household.size", "2.5")).toEqual(["cell.integer"]);
    expect(value("household.size", "many")).toEqual(["cell.number"]);
    expect(value("vulnerabilities", "独居老人┋残疾人、低保")).toEqual([
      "elderly-living-alone",
      "disabled",
      "low-income",
    ]);
    expect(value("vulnerabilities", "disabled, 独居老人, disabled")).toEqual([
      "disabled",
      "elderly-living-alone",
    ]);
  });

  it("normalises names and address parts but keeps free text as written", () => {
    expect(value("name", " 王　伟 ")).toBe("王伟");
    expect(value("address.building", "３")).toBe("3");
    expect(value("notes", "  行动不便，需送药\n已联系 ")).toBe("行动不便，需送药\n已联系");
  });

  it("names the field and the choices in its messages", () => {
    const r = converterFor(col("residencyType"))("外星人");
    expect(!r.ok && r.problems[0]!.detail["zh-CN"]).toContain("户籍人口");
    expect(!r.ok && r.problems[0]!.detail.en).toContain("Residency type");
  });
});
