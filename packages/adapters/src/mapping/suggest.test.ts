import { describe, expect, it } from "vitest";
import { saveMapping, suggestMapping } from "./suggest.js";

const fields = (headers: string[], options = {}) =>
  suggestMapping(headers, "resident", options).columns.map((c) => c.field ?? null);

describe("suggestMapping", () => {
  it("maps Chinese and English aliases through numbering, notes and bilingual headers", () => {
    expect(
      fields([
        "1、姓名",
        "Q2.性别",
        "身份证号码（必填）",
        "*联系电话",
        "Date of Birth",
        "姓名/Name",
      ]),
    ).toEqual(["name", "gender", "citizenId", "phone", "birthDate", null]);
    expect(fields(["Name/姓名", "Phone 电话"])).toEqual(["name", "phone"]);
  });

  it("reports why and how sure, and fuzzy matches below 1", () => {
    const r = suggestMapping(["姓名", "紧急联系人电话", "楼长"], "resident");
    expect(r.columns.map((c) => [c.reason, c.confidence > 0.7])).toEqual([
      ["alias", true],
      ["fuzzy", true],
      ["unmapped", false],
    ]);
    expect(r.columns[1]!.field).toBe("phone2");
    expect(r.columns[1]!.confidence).toBeLessThan(1);
  });

  it("maps HXL hashtags, preferring the most specific", () => {
    const r = suggestMapping(["", "", ""], "resident", {
      hashtags: ["#beneficiary+name", "#contact+phone+alt", "#beneficiary +id +citizen"],
    });
    expect(r.columns.map((c) => [c.field, c.reason])).toEqual([
      ["name", "hxl"],
      ["phone2", "hxl"],
      ["citizenId", "hxl"],
    ]);
    expect(r.columns[0]!.header).toBe("#beneficiary+name");
  });

  it("never maps two columns to one field", () => {
    const r = suggestMapping(["姓名", "居民姓名"], "resident", { fileName: "a.csv" });
    expect(r.columns.map((c) => c.field ?? null)).toEqual(["name", null]);
    expect(r.notes[0]!.code).toBe("mapping.duplicate");
    expect(r.notes[0]!.message["zh-CN"]).toContain("居民姓名");
  });

  it("splits a full address unless its parts have their own columns", () => {
    expect(suggestMapping(["住址"], "resident").columns[0]!.split).toContain("address.building");
    const r = suggestMapping(["住址", "楼栋", "单元", "房号"], "resident");
    expect(r.columns[0]!.split).not.toContain("address.building");
    expect(r.columns[0]!.split).toContain("address.compound");
  });

  it("applies survey presets only to survey exports", () => {
    const wjx = suggestMapping(
      ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、姓名"],
      "resident",
    );
    expect(wjx.preset).toBe("wjx");
    expect(wjx.columns.map((c) => c.field)).toEqual([
      "meta.submission.id",
      "meta.submission.at",
      "meta.submission.duration",
      "meta.submission.channel",
      "meta.submission.ip",
      "name",
    ]);
    const jsj = suggestMapping(["姓名", "提交人", "提交时间", "修改时间"], "resident");
    expect(jsj.preset).toBe("jinshuju");
    expect(jsj.columns.map((c) => c.field)).toEqual([
      "name",
      "meta.submission.by",
      "meta.submission.at",
      "meta.submission.updatedAt",
    ]);
    expect(fields(["序号", "姓名"])).toEqual([null, "name"]);
    expect(
      suggestMapping(["提交答卷时间", "姓名"], "resident", { preset: "none" }).preset,
    ).toBeUndefined();
  });

  it("lets a saved mapping win and round-trips it as plain JSON", () => {
    const saved = {
      entity: "resident" as const,
      columns: { 备用: "phone2", 姓名: null, 名字: "name" },
    };
    const r = suggestMapping(["姓名", "名字", "备用", "电话"], "resident", { mapping: saved });
    expect(r.columns.map((c) => [c.field ?? null, c.reason])).toEqual([
      [null, "user"],
      ["name", "user"],
      ["phone2", "user"],
      ["phone", "alias"],
    ]);
    expect(JSON.parse(JSON.stringify(saveMapping(r)))).toEqual({
      entity: "resident",
      columns: { 姓名: null, 名字: "name", 备用: "phone2", 电话: "phone" },
    });
  });

  it("keeps __proto__ and constructor headers as plain text", () => {
    const r = suggestMapping(["__proto__", "constructor", "姓名"], "resident");
    expect(r.columns.map((c) => c.header)).toEqual(["__proto__", "constructor", "姓名"]);
    const saved = saveMapping(r);
    expect(Object.keys(saved.columns)).toEqual(["__proto__", "constructor", "姓名"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
