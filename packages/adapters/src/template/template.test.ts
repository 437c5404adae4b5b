import { type EntityName, entityNames } from "@linli/core";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importFile } from "../import/import-file.js";
import { suggestMapping } from "../mapping/suggest.js";
import { fillTemplate } from "../testing/fill-template.js";
import { writtenCells } from "../testing/xlsx-cells.js";
import { openWorkbook } from "../xlsx/read.js";
import { columnLetter } from "../xlsx/write.js";
import { template, templateColumns } from "./template.js";

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);

describe("template", () => {
  it("has the entry sheet, the instructions and a hidden sheet of choices", () => {
    const bytes = template("resident");
    const wb = openWorkbook(bytes, "t.xlsx", {});
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["居民", false],
      ["填写说明", false],
      ["选项", true],
    ]);
    const header = [...wb.rows(wb.sheets[0]!)][0]!.cells;
    expect(header).toEqual(templateColumns("resident").map((c) => c.label["zh-CN"]));
    expect(header.slice(0, 5)).toEqual(["姓名", "性别", "出生日期", "年龄", "身份证号"]);
    expect(header).not.toContain("记录编号");
    expect(header).not.toContain("纬度");
    const help = [...wb.rows(wb.sheets[1]!)].map((r) => r.cells);
    expect(help[0]![0]).toBe("居民信息录入模板填写说明");
    const row = help.find((r) => r[0] === "性别")!;
    expect(row.slice(0, 4)).toEqual(["性别", "", "从下拉列表中选择一项", "男、女、其他"]);
    expect(help.find((r) => r[0] === "姓名")![1]).toBe("是");
  });

  it("gives every choice field a dropdown and every column an input message", () => {
    const bytes = template("resident");
    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    const cols = templateColumns("resident");
    const letterOf = (key: string) => columnLetter(cols.findIndex((c) => c.key === key));
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    const rule = (key: string) =>
      new RegExp(
        `<dataValidation [^>]*sqref="${letterOf(key)}2:${letterOf(key)}5001">(.*?)</dataValidation>`,
      ).exec(sheet);
    expect(rule("gender")![0]).toContain('type="list"');
    expect(rule("gender")![1]).toBe("<formula1>linli_gender</formula1>");
    expect(rule("residencyType")![1]).toBe("<formula1>linli_residencyType</formula1>");
    expect(rule("vulnerabilities")![0]).toContain('errorStyle="information"');
    expect(rule("birthDate")![0]).toContain('type="date"');
    expect(rule("citizenId")![0]).toContain('type="textLength"');
    expect(rule("name")![0]).toContain('prompt="必填。文字，最多 100 个字"');
    const dropdowns = cols.filter(
      (c) => c.node.kind === "enum" || (c.node.kind === "array" && c.node.item.kind === "enum"),
    );
    expect(sheet.match(/type="list"/g)).toHaveLength(dropdowns.length);
    expect(sheet.match(/showInputMessage="1"/g)).toHaveLength(cols.length);
    const wb = part(bytes, "xl/workbook.xml");
    expect(wb).toContain("<definedName name=\"linli_gender\">'选项'!$A$1:$A$3</definedName>");
    const lists = openWorkbook(bytes, "t.xlsx", {});
    const choices = [...lists.rows(lists.sheets[2]!)].map((r) => r.cells[0]);
    expect(choices.slice(0, 3)).toEqual(["男", "女", "其他"]);
  });

  it("formats ID and phone columns as text, date columns as dates, and marks required headers", () => {
    const bytes = template("resident");
    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    const styles = part(bytes, "xl/styles.xml");
    const xfs = [...styles.matchAll(/<xf [^>]*xfId="0"[^>]*>/g)].map((m) => m[0]);
    const cols = templateColumns("resident");
    const colXf = (key: string) => {
      const n = cols.findIndex((c) => c.key === key) + 1;
      return xfs[
        Number(new RegExp(`<col min="${n}" max="${n}"[^>]* style="(\\d+)"`).exec(sheet)![1])
      ]!;
    };
    expect(colXf("citizenId")).toContain('numFmtId="49"');
    expect(colXf("phone")).toContain('numFmtId="49"');
    expect(colXf("phone2")).toContain('numFmtId="49"');
    expect(colXf("birthDate")).toMatch(/numFmtId="16\d"/);
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
    const a1 = writtenCells(bytes).get("A1")!.s;
    const b1 = writtenCells(bytes).get("B1")!.s;
    expect(a1).not.toBe(b1); // 姓名 is required, 性别 is not
  });

  it("headers map back to their fields with full confidence, for every entity and language", () => {
    for (const entity of entityNames as readonly EntityName[]) {
      for (const lang of ["zh-CN", "en"] as const) {
        const wb = openWorkbook(template(entity, { lang }), "t.xlsx", {});
        const header = [...wb.rows(wb.sheets[0]!)][0]!.cells;
        const m = suggestMapping(header, entity, { preset: "none" });
        expect([entity, lang, m.columns.map((c) => [c.field, c.confidence])]).toEqual([
          entity,
          lang,
          templateColumns(entity).map((c) => [c.key, 1]),
        ]);
      }
    }
  });

  it("a filled template imports with no mapping questions", async () => {
    const cols = [
      "name",
      "gender",
      "birthDate",
      "citizenId",
      "phone",
      "household.size",
      "address.building",
      "address.room",
      "residencyType",
      "vulnerabilities",
      "quarantine.status",
      "quarantine.start",
      "notes",
    ];
    const bytes = template("resident", { columns: cols });
    const filled = fillTemplate(bytes, [
      [
        "王伟",
        "男",
        { date: "1949-12-31" },
        "11010519491231002X",
        "13800138000",
        3,
        "3",
        "301",
        "流动人口",
        "独居老人、残疾人",
        "隔离中",
        { date: "2022-01-03" },
        "=行动不便",
      ],
      [
        "李娜",
        "女",
        undefined,
        undefined,
        "02988886666",
        undefined,
        "5",
        undefined,
        "户籍人口",
        undefined,
        undefined,
        undefined,
        undefined,
      ],
    ]);
    const r = await importFile(filled, { entity: "resident", fileName: "居民模板.xlsx" });
    expect(r.mapping.columns.map((c) => [c.field, c.confidence])).toEqual(cols.map((k) => [k, 1]));
    expect(r.mapping.notes).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.records.map(({ meta, ...rest }) => rest)).toEqual([
      {
        name: "王伟",
        gender: "male",
        birthDate: "1949-12-31",
        identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }],
        phones: [{ number: "13800138000", kind: "mobile" }],
        household: { size: 3 },
        address: { building: "3", room: "301" },
        residencyType: "floating",
        vulnerabilities: ["elderly-living-alone", "disabled"],
        quarantine: { status: "in-quarantine", start: "2022-01-03" },
        notes: "=行动不便",
      },
      {
        name: "李娜",
        gender: "female",
        phones: [{ number: "02988886666", kind: "landline" }],
        address: { building: "5" },
        residencyType: "registered",
      },
    ]);
  });

  it("writes English templates and refuses unknown entities", () => {
    const wb = openWorkbook(template("need", { lang: "en" }), "t.xlsx", {});
    expect(wb.sheets.map((s) => s.name)).toEqual(["Need", "Instructions", "Lists"]);
    expect(() => template("person" as EntityName)).toThrow(
      /template: entity must be the name of an entity \(resident, /,
    );
  });
});
