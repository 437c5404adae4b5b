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

  it("keeps an ID failing only its check character however it is written", () => {
    // Before, the apostrophe of Excel's text mark or grouping dashes turned the warning into a
    // withheld cell: the kept form was compacted by another rule than the check's.
    for (const t of ["'110105194912310021", "110105-19491231-0021", "110105 19491231 0021\u200b"]) {
      const r = converterFor(col("citizenId"))(t);
      expect(r.ok && [r.value, r.warnings?.map((w) => w.code)], t).toEqual([
        "110105194912310021",
        ["citizenId.checksum"],
      ]);
    }
  });

  it("keeps a name with characters hidden, with a warning", () => {
    const r = converterFor(col("name"))(" 李** ");
    expect(r.ok && [r.value, r.warnings?.map((w) => [w.code, w.severity])]).toEqual([
      "李**",
      [["cell.maskedName", "warning"]],
    ]);
    const w = r.ok ? r.warnings?.[0] : undefined;
    expect(w?.detail.en).toContain("merging leaves it out");
    expect(converterFor(col("name"))("李娜")).toEqual({ ok: true, value: "李娜" });
  });

  it("withholds masked IDs and phones with their own message", () => {
    expect(value("citizenId", "610102********123X")).toEqual(["citizenId.masked"]);
    expect(value("phone", "138****8000")).toEqual(["phone.masked"]);
  });

  it("reads digits a script or a float column wrote with .0, with a warning", () => {
    // Before, 13800138000.0 was withheld as "a mobile number has 11 digits; got 12".
    const warned = (key: string, text: string) => {
      const r = converterFor(col(key))(text);
      return r.ok ? [r.value, r.warnings?.map((w) => w.code)] : r.problems.map((p) => p.code);
    };
    expect(warned("phone", "13800138000.0")).toEqual(["13800138000", ["cell.floatTail"]]);
    expect(warned("citizenId", "11010519491231002X")).toEqual(["11010519491231002X", undefined]);
    expect(warned("citizenId", "110105194912310038.0")).toEqual([
      "110105194912310038",
      ["cell.floatTail"],
    ]);
    expect(warned("birthDate", "19491231.0")).toEqual(["1949-12-31", ["cell.floatTail"]]);
    expect(warned("birthDate", "850301.00")).toEqual([
      "1985-03-01",
      ["cell.floatTail", "date.centuryAssumed"],
    ]);
    expect(warned("address.divisionCode", "610102.0")).toEqual(["610102", ["cell.floatTail"]]);
    // Digits that are wrong without the tail are reported as such.
    expect(warned("phone", "1380013800.0")).toEqual(["phone.cnMobile.length"]);
    // Other decimals are no float tail.
    expect(warned("phone", "13800138000.5")).toEqual(["phone.cnMobile.length"]);
    const r = converterFor(col("phone"))(" 13800138000.0 ");
    expect(r.ok && r.warnings?.[0]?.detail).toEqual({
      "zh-CN":
        "“13800138000.0”末尾的小数点和 0 是表格或脚本把该列当作数字保存时留下的，已按 13800138000 读取；请核对，并把该列保存为文本",
      en: "“13800138000.0” ends in a decimal point and zeros, left by a spreadsheet or a script that held the column as numbers; read as 13800138000. Check it, and keep the column as text",
    });
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
