import { describe, expect, it } from "vitest";
import { importFile } from "./import-file.js";

// What an import does with the people a register holds: unit addresses in their own
// columns, what a citizen ID says, ages, birth dates known to the month, and defaults.

const csv = (text: string) => new TextEncoder().encode(text);
const resident = (text: string) =>
  importFile(csv(text), { entity: "resident", fileName: "居民.csv" });

describe("importing people", () => {
  it("reads building, unit, floor and room columns as a parsed address reads them", async () => {
    const r = await resident(
      "姓名,小区,楼栋,单元,楼层,房号\n王伟,绿地世纪城,2号楼,1单元,第3层,301室\n李娜,绿地世纪城,三号楼,二单元,,1502\n",
    );
    expect(r.records.map((x) => x.address)).toEqual([
      { compound: "绿地世纪城", building: "2", unit: "1", floor: "3", room: "301" },
      { compound: "绿地世纪城", building: "3", unit: "2", room: "1502" },
    ]);
  });

  it("fills a missing birth date and sex from a valid citizen ID, and reports a conflict", async () => {
    const r = await resident(
      "姓名,身份证号,性别,出生日期\n王伟,11010519491231002X,,\n李娜,11010519491231002X,男,1950-01-01\n张敏,110105194912310029,,\n",
    );
    const [wang, li, zhang] = r.records;
    expect([wang!.birthDate, wang!.gender]).toEqual(["1949-12-31", "female"]);
    // Given values are kept; the disagreement is reported on their columns.
    expect([li!.birthDate, li!.gender]).toEqual(["1950-01-01", "male"]);
    const row3 = r.issues.filter((i) => i.row === 3);
    expect(r.issues.find((i) => i.row === 4)?.code).toBe("citizenId.checksum");
    expect(row3.map((i) => [i.code, i.column, i.severity])).toEqual([
      ["derive.birthDate", "出生日期", "warning"],
      ["derive.gender", "性别", "warning"],
    ]);
    expect(row3[0]!.message["zh-CN"]).toContain(
      "出生日期 1950-01-01 与身份证号中的 1949-12-31 不一致",
    );
    expect(row3[1]!.message.en).toContain(
      "the gender male differs from the one in the citizen ID (female)",
    );
    // An ID whose check character is wrong says nothing reliable: nothing is filled in.
    expect([zhang!.birthDate, zhang!.gender]).toEqual([undefined, undefined]);
  });

  it("reads ages as people write them and checks them against the birth date", async () => {
    const r = await importFile(
      csv(
        "姓名,年龄,出生日期,登记时间\n王伟,七十,1950-05-01,2020-06-01 09:00\n李娜,70岁,,\n张敏,3个月,,\n赵强,40,1950-05-01,2020-06-01 09:00\n",
      ),
      { entity: "resident", fileName: "a.csv" },
    );
    expect(r.records.map((x) => x.age)).toEqual([70, 70, 0, 40]);
    const w = r.issues.filter((i) => i.code === "derive.age");
    expect(w.map((i) => [i.row, i.column])).toEqual([[5, "年龄"]]);
    expect(w[0]!.message.en).toContain("on 2020-06-01 the person is 70");
    for (const header of ["岁数", "Age", "周岁"]) {
      const a = await importFile(csv(`姓名,${header}\n王伟,80\n`), {
        entity: "resident",
        fileName: "a.csv",
      });
      expect(a.records[0]!.age, header).toBe(80);
    }
    const bad = await resident("姓名,年龄\n王伟,七十多\n");
    expect(bad.records[0]!.meta.withheld).toEqual([
      { column: "年龄", field: "age", value: "七十多", code: "cell.number" },
    ]);
  });

  it("keeps birth dates written to the month or the year as such", async () => {
    const r = await resident(
      "姓名,出生年月\n甲,1991.11\n乙,199111\n丙,1991年11月\n丁,1991\n戊,Nov 1991\n己,1991-11-23\n",
    );
    expect(r.records.map((x) => x.birthDate)).toEqual([
      "1991-11",
      "1991-11",
      "1991-11",
      "1991",
      "1991-11",
      "1991-11-23",
    ]);
    expect(r.issues).toEqual([]);
  });

  it("gives a need without a status the status open, and a whole file a value with defaults", async () => {
    const needs = await importFile(csv("求助人,物资名称\n王伟,降压药\n李娜,胰岛素\n"), {
      entity: "need",
      fileName: "需求.csv",
      defaults: { category: "药品" },
    });
    expect(needs.summary.rejected).toBe(0);
    expect(needs.records.map((n) => [n.status, n.category])).toEqual([
      ["open", "medicine"],
      ["open", "medicine"],
    ]);
    expect(needs.mapping.notes).toEqual([]);
    await expect(
      importFile(csv("求助人\n王伟\n"), {
        entity: "need",
        fileName: "需求.csv",
        defaults: { category: "不知道" },
      }),
    ).rejects.toMatchObject({ code: "defaults.invalid" });
    await expect(
      importFile(csv("求助人\n王伟\n"), {
        entity: "need",
        fileName: "需求.csv",
        defaults: { colour: "red" },
      }),
    ).rejects.toMatchObject({ code: "defaults.unknownField" });
  });

  it("reads latitude and longitude without a system as WGS-84, with one notice per file", async () => {
    const text = "名称,纬度,经度\n东门卡口,34.22,108.95\n西门卡口,34.21,108.94\n";
    const r = await importFile(csv(text), { entity: "location", fileName: "点位.csv" });
    expect(r.records.map((x) => x.geo)).toEqual([
      { lat: 34.22, lon: 108.95, crs: "WGS84" },
      { lat: 34.21, lon: 108.94, crs: "WGS84" },
    ]);
    expect(r.mapping.notes.map((n) => n.code)).toEqual(["geo.assumedWgs84"]);
    expect(r.issues).toEqual([]);
    const gcj = await importFile(csv(text), {
      entity: "location",
      fileName: "点位.csv",
      crs: "GCJ-02",
    });
    expect(gcj.records[0]!.geo?.crs).toBe("GCJ-02");
    expect(gcj.mapping.notes).toEqual([]);
  });
});
