// Generated workbooks open in LibreOffice (headless, converted to CSV) with the expected
// content: an entry template, a filled template, a report and an export. All files are
// converted in one LibreOffice run, which is most of this file's time.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { csvLines, sheetsToCsv } from "../../../../tests/support/libreoffice.js";
import { describeWith } from "../../../../tests/support/tools.js";
import { builtinReports } from "../report/builtin.js";
import { residents } from "../report/fixtures.js";
import { reportXlsx } from "../report/layout.js";
import { runReport } from "../report/run.js";
import { template } from "../template/template.js";
import { fillTemplate } from "../testing/fill-template.js";
import { exportRecords } from "./export-records.js";

const TEMPLATE_COLUMNS = [
  "name",
  "gender",
  "birthDate",
  "citizenId",
  "phone",
  "address.building",
  "residencyType",
  "vulnerabilities",
];

describeWith("libreoffice", "LibreOffice opens what linli writes", (office) => {
  let dir = "";
  const csv = (file: string) => csvLines(join(dir, "out", file));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-lo-"));
    const tpl = template("resident", { columns: TEMPLATE_COLUMNS });
    writeFileSync(join(dir, "template.xlsx"), tpl);
    writeFileSync(
      join(dir, "filled.xlsx"),
      fillTemplate(tpl, [
        [
          "王伟",
          "男",
          { date: "1949-12-31" },
          "11010519491231002X",
          "13800138000",
          "3",
          "流动人口",
          "独居老人、残疾人",
        ],
        ["李娜", "女", undefined, undefined, "02988886666", "5", "户籍人口", undefined],
      ]),
    );
    const report = runReport(builtinReports["quarantine-daily"], residents, {
      params: { community: "丈八社区", date: "2022-01-05" },
    });
    writeFileSync(join(dir, "report.xlsx"), reportXlsx(report));
    const exported = await exportRecords(residents.slice(0, 3), {
      entity: "resident",
      format: "xlsx",
      columns: ["name", "birthDate", "citizenId", "address.building", "quarantine.status"],
    }).bytes();
    writeFileSync(join(dir, "export.xlsx"), exported);
    // One run converts every sheet of every file: <file>-<sheet>.csv.
    sheetsToCsv(
      office,
      ["template", "filled", "report", "export"].map((f) => join(dir, `${f}.xlsx`)),
      { outDir: join(dir, "out"), profile: join(dir, "profile"), timeout: 120_000 },
    );
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("the entry template: header, instructions and the hidden choices", () => {
    expect(csv("template-居民.csv")[0]).toBe(
      "姓名,性别,出生日期,身份证号,联系电话,楼栋,人员类型,特殊人群",
    );
    const help = csv("template-填写说明.csv");
    expect(help[0]).toMatch(/^居民信息录入模板填写说明/);
    expect(help.some((l) => l.startsWith("性别,,从下拉列表中选择一项,男、女、其他"))).toBe(true);
    expect(
      csv("template-选项.csv")
        .slice(0, 3)
        .map((l) => l.split(",")[0]),
    ).toEqual(["男", "女", "其他"]);
  });

  it("the filled template: IDs and phones stay text, dates stay dates", () => {
    expect(csv("filled-居民.csv").slice(0, 3)).toEqual([
      "姓名,性别,出生日期,身份证号,联系电话,楼栋,人员类型,特殊人群",
      "王伟,男,1949-12-31,11010519491231002X,13800138000,3,流动人口,独居老人、残疾人",
      "李娜,女,,,02988886666,5,户籍人口,",
    ]);
  });

  it("the quarantine daily report: titles, rows, totals and the count by building", () => {
    const list = csv("report-居家隔离人员名单.csv");
    expect(list[0]!.startsWith("丈八社区居家隔离人员日报表")).toBe(true);
    expect(list[1]!.startsWith("统计日期：2022-01-05")).toBe(true);
    expect(list[2]).toBe(
      "序号,姓名,性别,年龄,身份证号,联系电话,住址,隔离状态,开始日期,预计解除日期,隔离第几天,特殊人群,备注",
    );
    expect(list[6]).toBe(
      "4,王伟,男,72,11010519491231002X,13800138000,绿地世纪城3号楼2单元301,隔离中,2022-01-01,2022-01-14,5,独居老人,",
    );
    expect(list[10]!.startsWith("合计（人）,7,")).toBe(true);
    expect(csv("report-按楼栋统计.csv").slice(2, 7)).toEqual([
      "楼栋,隔离中,健康监测,合计",
      "2,0,1,1",
      "3,3,1,4",
      "10,1,1,2",
      "合计,4,3,7",
    ]);
  });

  it("an XLSX export: header and rows", () => {
    expect(csv("export-居民.csv").slice(0, 4)).toEqual([
      "姓名,出生日期,身份证号,楼栋,隔离状态",
      "王伟,1949-12-31,11010519491231002X,3,隔离中",
      `李娜,,${residents[1]!.identifiers![0]!.value},3,隔离中`,
      "张敏,1985-03-02,,10,健康监测",
    ]);
  });
});
