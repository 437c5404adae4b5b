import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { writtenCells } from "../testing/xlsx-cells.js";
import { openWorkbook } from "./read.js";
import { cellRef, columnLetter, writeXlsx } from "./write.js";
import { XlsxWriter } from "./writer.js";

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);
const cells = (bytes: Uint8Array, sheet = 0) => {
  const wb = openWorkbook(bytes, "t.xlsx", {});
  return [...wb.rows(wb.sheets[sheet]!)].map((r) => r.cells);
};

describe("writeXlsx", () => {
  it("names columns and ranges", () => {
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(701)]).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
    ]);
    expect([cellRef(0, 0), cellRef(0, 0, 0, 7), cellRef(1, 2, 1_048_575, 2)]).toEqual([
      "A1",
      "A1:H1",
      "C2:C1048576",
    ]);
  });

  it("writes styles once each, column widths and formats, merges and row heights", () => {
    const title = { bold: true, size: 16, align: "center" as const };
    const bytes = writeXlsx([
      {
        name: "报表",
        rows: [
          [{ value: "丈八社区居家隔离人员日报表", style: title }],
          [
            { value: "姓名", style: title },
            { value: "人数", style: { bold: true, border: true } },
          ],
          ["王伟", 3],
        ],
        columns: [{ width: 12 }, { width: 8.5, style: { numFmt: "integer" } }],
        merges: ["A1:B1"],
        heights: { 0: 28 },
      },
    ]);
    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    const styles = part(bytes, "xl/styles.xml");
    expect(sheet).toContain('<col min="1" max="1" width="12" customWidth="1"/>');
    expect(sheet).toMatch(/<col min="2" max="2" width="8.5" customWidth="1" style="\d+"\/>/);
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    expect(sheet).toContain('<row r="1" ht="28" customHeight="1">');
    // A1 and A2 share the title style; B3 (a number) takes its column's integer format.
    const cellsAt = writtenCells(bytes);
    const s = (ref: string) => cellsAt.get(ref)?.s;
    expect(s("A1")).toBe(s("A2"));
    expect(s("B3")).not.toBeUndefined();
    expect(styles.match(/<b\/>/g)).toHaveLength(2); // title font and header font
    expect(styles).toContain('<alignment horizontal="center"/>');
    // Readers spread a merged cell's value over the merged range.
    expect(cells(bytes)).toEqual([
      ["丈八社区居家隔离人员日报表", "丈八社区居家隔离人员日报表"],
      ["姓名", "人数"],
      ["王伟", "3"],
    ]);
  });

  it("writes dropdown lists, limits and input messages", () => {
    const bytes = writeXlsx(
      [
        {
          name: "录入",
          rows: [["性别", "身份证号", "特殊人群"]],
          validations: [
            {
              range: "A2:A1048576",
              type: "list",
              list: ["男", "女", "其他"],
              prompt: { title: "性别", text: "从下拉列表中选择" },
              error: { text: "请从下拉列表中选择" },
            },
            {
              range: "B2:B1048576",
              type: "textLength",
              operator: "equal",
              min: 18,
              prompt: { text: "18 位" },
              error: { text: "身份证号应为 18 位", style: "warning" },
            },
            { range: "C2:C1048576", type: "list", source: "vulnerabilities_options" },
          ],
        },
        { name: "选项", rows: [["独居老人"], ["残疾人"]], hidden: true },
      ],
      { names: [{ name: "vulnerabilities_options", ref: "'选项'!$A$1:$A$2" }] },
    );
    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(
      '<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="性别" prompt="从下拉列表中选择" showErrorMessage="1" error="请从下拉列表中选择" sqref="A2:A1048576"><formula1>"男,女,其他"</formula1></dataValidation>',
    );
    expect(sheet).toContain(
      '<dataValidation type="textLength" operator="equal" allowBlank="1" showInputMessage="1" prompt="18 位" showErrorMessage="1" errorStyle="warning" error="身份证号应为 18 位" sqref="B2:B1048576"><formula1>18</formula1></dataValidation>',
    );
    expect(sheet).toContain("<formula1>vulnerabilities_options</formula1>");
    const wb = part(bytes, "xl/workbook.xml");
    expect(wb).toContain('<sheet name="选项" sheetId="2" state="hidden" r:id="rId2"/>');
    expect(wb).toContain(
      "<definedName name=\"vulnerabilities_options\">'选项'!$A$1:$A$2</definedName>",
    );
  });

  it("keeps text exact: spaces, line breaks, carriage returns, control characters, _x escapes", () => {
    const text = [" 前后空格 ", "两行\n文字", "回车\r保留", "\u0001控制", "_x0041_字面"];
    for (const strings of ["shared", "inline"] as const) {
      expect(cells(writeXlsx([{ name: "a", rows: [text] }], { strings }))).toEqual([text]);
    }
  });

  it("prints landscape on A4, fitted to the width, with repeated header rows", () => {
    const bytes = writeXlsx([
      {
        name: "日报",
        rows: [["标题"], ["姓名"]],
        print: { landscape: true, fitToWidth: true, repeatRows: [0, 1] },
      },
    ]);
    const sheet = part(bytes, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(part(bytes, "xl/workbook.xml")).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'日报\'!$1:$2</definedName>',
    );
  });

  it("makes sheet names valid and unique", () => {
    const bytes = writeXlsx([
      { name: "a/b", rows: [] },
      { name: "A/B", rows: [] },
      { name: "x".repeat(40), rows: [] },
    ]);
    const names = [...part(bytes, "xl/workbook.xml").matchAll(/<sheet name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual(["a_b", "A_B(2)", "x".repeat(31)]);
  });
});

describe("XlsxWriter", () => {
  it("streams: bytes come out while rows go in, and read back whole", () => {
    const chunks: Uint8Array[] = [];
    const w = new XlsxWriter((c) => chunks.push(c), { strings: "inline", level: 1 });
    const s = w.addSheet({ name: "居民", freeze: { rows: 1, columns: 1 } });
    s.row(["编号", "姓名"]);
    for (let i = 0; i < 20_000; i++) s.row([`r-${i}`, `居民${i % 97}`]);
    const during = chunks.length;
    s.end();
    w.end();
    expect(during).toBeGreaterThan(0);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    const rows = cells(bytes);
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toEqual(["r-19999", `居民${19_999 % 97}`]);
    expect(part(bytes, "xl/worksheets/sheet1.xml")).toContain(
      '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
    );
  });

  it("refuses misuse", () => {
    const w = new XlsxWriter(() => {});
    expect(() => w.end()).toThrow(/needs a sheet/);
    w.addSheet({ name: "a" });
    expect(() => w.addSheet({ name: "b" })).toThrow(/end the current sheet/);
  });
});
