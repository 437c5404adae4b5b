import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { writtenCells } from "../testing/xlsx-cells.js";
import { openWorkbook } from "../xlsx/read.js";
import { builtinReports } from "./builtin.js";
import { needs, residents } from "./fixtures.js";
import { reportCsv, reportXlsx } from "./layout.js";
import { runReport } from "./run.js";

const params = { community: "丈八社区", date: "2022-01-05" };

describe("reportXlsx", () => {
  const report = runReport(builtinReports["quarantine-daily"], residents, { params });
  const bytes = reportXlsx(report);
  const wb = openWorkbook(bytes, "r.xlsx", {});
  const rows = (i: number) => [...wb.rows(wb.sheets[i]!)].map((r) => r.cells);

  it("lays out titles, header, rows with dates as dates, totals and footer", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["居家隔离人员名单", "按楼栋统计"]);
    const list = rows(0);
    expect(list[0]![0]).toBe("丈八社区居家隔离人员日报表");
    expect(list[1]![0]).toBe("统计日期：2022-01-05");
    expect(list[2]!.slice(0, 4)).toEqual(["序号", "姓名", "性别", "年龄"]);
    expect(list[6]!.slice(0, 11)).toEqual([
      "4",
      "王伟",
      "男",
      "72",
      "11010519491231002X",
      "13800138000",
      "绿地世纪城3号楼2单元301",
      "隔离中",
      "2022-01-01",
      "2022-01-14",
      "5",
    ]);
    expect(list[10]!.slice(0, 2)).toEqual(["合计（人）", "7"]);
    expect(list[12]![0]).toMatch(/^填表人：/);
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain('<mergeCell ref="A1:M1"/>');
    expect(sheet).toContain('<mergeCell ref="A2:M2"/>');
    expect(sheet).toContain(
      '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).toContain('orientation="landscape" fitToWidth="1" fitToHeight="0"');
    // I7 (the start date of row 4) is a serial date, not text.
    const i7 = writtenCells(bytes).get("I7")!;
    expect([i7.t, i7.v]).toEqual([undefined, "44562"]);
    expect(strFromU8(unzipSync(bytes)["xl/workbook.xml"]!)).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'居家隔离人员名单\'!$1:$3</definedName>',
    );
  });

  it("lays out a cross-table with its totals", () => {
    expect(rows(1).slice(2)).toEqual([
      ["楼栋", "隔离中", "健康监测", "合计"],
      ["2", "0", "1", "1"],
      ["3", "3", "1", "4"],
      ["10", "1", "1", "2"],
      ["合计", "4", "3", "7"],
    ]);
  });

  it("highlights flagged small counts and explains them", () => {
    const def = {
      linli: "report",
      version: 1,
      id: "n",
      name: "n",
      entity: "need",
      sheets: [
        { type: "groupBy", name: "统计", rows: [{ by: "category" }], columns: { by: "status" } },
      ],
    };
    const flagged = reportXlsx(runReport(def, needs, { minCount: 2, smallCounts: "flag" }));
    const files = unzipSync(flagged);
    const styles = strFromU8(files["xl/styles.xml"]!);
    expect(styles).toContain('<fgColor rgb="FFFFF2CC"/>');
    const wb2 = openWorkbook(flagged, "f.xlsx", {});
    const last = [...wb2.rows(wb2.sheets[0]!)].map((r) => r.cells).at(-1)!;
    expect(last[0]).toMatch(/小于 2 的数字已标出/);
  });
});

describe("reportCsv", () => {
  it("writes one sheet with its titles, in UTF-8 with a BOM or in GB18030", () => {
    const report = runReport(builtinReports["quarantine-daily"], residents, { params });
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      reportCsv(report, { sheet: 1 }),
    );
    expect(text.split("\r\n")).toEqual([
      "\ufeff丈八社区居家隔离人员统计表",
      "统计日期：2022-01-05",
      "楼栋,隔离中,健康监测,合计",
      "2,0,1,1",
      "3,3,1,4",
      "10,1,1,2",
      "合计,4,3,7",
      "",
    ]);
    const gb = reportCsv(report, { sheet: 1, encoding: "gb18030" });
    expect(new TextDecoder("gb18030").decode(gb)).toMatch(/^丈八社区/);
    expect(() => reportCsv(report, { sheet: 5 })).toThrow(/2 sheets/);
  });
});
