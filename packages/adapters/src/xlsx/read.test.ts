import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { importRecords } from "../import/import-records.js";
import { columnIndex, openWorkbook } from "./read.js";
import { writeXlsx } from "./write.js";

const rowsOf = (bytes: Uint8Array, sheet = 0, limits = {}, streamAbove?: number) => {
  const wb = openWorkbook(
    bytes,
    "t.xlsx",
    limits,
    streamAbove === undefined ? {} : { streamAbove },
  );
  return [...wb.rows(wb.sheets[sheet]!)].map((r) => [r.row, ...r.cells]);
};

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** A workbook from hand-written parts, to reach what writeXlsx never writes. */
function book(
  sheetData: string,
  extra: {
    styles?: string;
    workbookPr?: string;
    merges?: string;
    prefix?: string;
    dimension?: string;
  } = {},
) {
  const p = extra.prefix ? `${extra.prefix}:` : "";
  const xmlns = extra.prefix
    ? `xmlns:${extra.prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : NS;
  return zipSync({
    "_rels/.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} xmlns:rel="${R}"><workbookPr ${extra.workbookPr ?? ""}/><sheets><sheet name="S" sheetId="1" rel:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(`<styleSheet ${NS}>${extra.styles ?? ""}</styleSheet>`),
    "xl/worksheets/sheet1.xml": strToU8(
      `<${p}worksheet ${xmlns}>${extra.dimension ? `<${p}dimension ref="${extra.dimension}"/>` : ""}<${p}sheetData>${sheetData}</${p}sheetData>${extra.merges ?? ""}</${p}worksheet>`,
    ),
  });
}

/** An inline text cell. */
const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

describe("openWorkbook", () => {
  it("reads back what writeXlsx writes, text kept as text", () => {
    const bytes = writeXlsx([
      {
        name: "居民",
        rows: [
          ["姓名", "身份证号", "人数"],
          ["王伟", "11010519491231002X", 3],
          [" 李娜 ", "0012", true],
        ],
      },
      { name: "二", rows: [["a & <b>", "_x0041_", "line\nbreak"]] },
    ]);
    const wb = openWorkbook(bytes, "t.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(["居民", "二"]);
    expect(rowsOf(bytes)).toEqual([
      [1, "姓名", "身份证号", "人数"],
      [2, "王伟", "11010519491231002X", "3"],
      [3, " 李娜 ", "0012", "TRUE"],
    ]);
    expect(rowsOf(bytes, 1)).toEqual([[1, "a & <b>", "_x0041_", "line\nbreak"]]);
    expect(
      rowsOf(writeXlsx([{ name: "i", rows: [["x", "\u0001y"]] }], { strings: "inline" })),
    ).toEqual([[1, "x", "\u0001y"]]);
  });

  it("keeps numbers as stored: long IDs never pass through a float, Excel's damage stays visible", () => {
    const bytes = book(
      '<row r="1"><c r="A1"><v>6.1011319800101101E+17</v></c><c r="B1"><v>13800138000</v></c><c r="C1"><v>0.30000000000000004</v></c><c r="D1"><v>610113800101123</v></c></row>',
    );
    expect(rowsOf(bytes)).toEqual([
      [1, "6.1011319800101101E+17", "13800138000", "0.3", "610113800101123"],
    ]);
  });

  it("turns date-formatted serials into dates, in the 1900 and 1904 systems", () => {
    const styles =
      '<numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="[$-804]0.00"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="22"/><xf numFmtId="177"/><xf numFmtId="20"/></cellXfs>';
    const data =
      '<row r="1"><c r="A1" s="1"><v>43835</v></c><c r="B1" s="2"><v>29221</v></c><c r="C1" s="3"><v>43835.6042</v></c><c r="D1" s="4"><v>12.5</v></c><c r="E1" s="5"><v>0.5</v></c><c r="F1" s="1"><v>60</v></c><c r="G1" s="1"><v>0</v></c></row>';
    // 60 and 0 read as Excel shows them: 1900-02-29 (which never was) and 1900-01-00.
    expect(rowsOf(book(data, { styles }))).toEqual([
      [
        1,
        "2020-01-05",
        "1980-01-01",
        "2020-01-05 14:30:03",
        "12.5",
        "12:00:00",
        "1900-02-29",
        "1900-01-00",
      ],
    ]);
    expect(rowsOf(book(data, { styles, workbookPr: 'date1904="1"' }))[0]![1]).toBe("2024-01-06");
  });

  it("says of Excel's 1900-02-29 that it is no real date, as Excel shows it", async () => {
    const data =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>王伟</t></is></c><c r="B2" s="1"><v>60</v></c></row>';
    const run = importRecords(
      book(data, { styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>' }),
      {
        entity: "resident",
        fileName: "t.xlsx",
      },
    );
    const out = [];
    for await (const r of run) out.push(r);
    const [r] = out;
    expect(r?.kind).toBe("record");
    const w = r?.kind === "record" ? r.warnings[0] : undefined;
    expect(w).toMatchObject({
      row: 2,
      column: "出生日期",
      severity: "withheld",
      value: "1900-02-29",
    });
    expect(w?.message.en).toContain('"1900-02-29" is not a real date');
  });

  it("reads a formula's result, and marks a formula saved without one", () => {
    // As a script writes a workbook (openpyxl): formulas with no <v>, or an empty one.
    const data =
      `<row r="1">${text("A1", "姓名")}${text("B1", "身份证号")}${text("C1", "联系电话")}${text("D1", "备注")}</row>` +
      `<row r="2">${text("A2", "王伟")}<c r="B2"><f>"11010519491231002X"</f><v></v></c><c r="C2"><f>VLOOKUP(A2,名单!A:C,3,0)</f><v/></c><c r="D2" t="str"><f>IF(A2="","","")</f><v></v></c></row>` +
      `<row r="3">${text("A3", "李娜")}<c r="B3"><f>"他说""好"""</f></c><c r="C3"><f t="shared" si="0"/></c><c r="D3" t="str"><f>A3</f><v>李娜</v></c></row>`;
    const wb = openWorkbook(book(data), "t.xlsx");
    const rows = [...wb.rows(wb.sheets[0]!)];
    expect(rows.map((r) => [r.row, ...r.cells])).toEqual([
      [1, "姓名", "身份证号", "联系电话", "备注"],
      // A text formula gives its text; a result of "" saved by a spreadsheet stays "".
      [2, "王伟", "11010519491231002X", "", ""],
      [3, "李娜", '他说"好"', "", "李娜"],
    ]);
    expect(rows.map((r) => r.uncomputed)).toEqual([
      undefined,
      [{ index: 2, formula: "VLOOKUP(A2,名单!A:C,3,0)" }],
      [{ index: 2, formula: "" }],
    ]);
  });

  it("withholds a formula without a result, and says how to get its value", async () => {
    const data =
      `<row r="1">${text("A1", "姓名")}${text("B1", "联系电话")}</row>` +
      `<row r="2">${text("A2", "王伟")}<c r="B2"><f>VLOOKUP(A2,名单!A:C,3,0)</f></c></row>` +
      `<row r="3"><c r="A3"><f>名单!B3</f></c>${text("B3", "13800138000")}</row>` +
      `<row r="4">${text("A4", "李娜")}${text("B4", "13900139000")}</row>`;
    const out = [];
    for await (const r of importRecords(book(data), { entity: "resident", fileName: "t.xlsx" }))
      out.push(r);
    expect(out.map((r) => r.kind)).toEqual(["record", "rejected", "record"]);
    const [kept, rejected, whole] = out;
    // Before, each formula was read as an empty cell, without a word.
    expect(kept?.kind === "record" && kept.warnings).toMatchObject([
      { row: 2, column: "联系电话", code: "cell.uncomputed", value: "=VLOOKUP(A2,名单!A:C,3,0)" },
    ]);
    const message = kept?.kind === "record" ? kept.warnings[0]!.message : undefined;
    expect(message?.en).toContain("never calculated (=VLOOKUP(A2,名单!A:C,3,0))");
    expect(message?.["zh-CN"]).toContain("从未计算过的公式");
    // The name was the formula: the row has nothing that identifies it, and says why.
    expect(rejected?.kind === "rejected" && rejected.issues.map((i) => i.code)).toContain(
      "cell.uncomputed",
    );
    expect(whole?.kind === "record" && whole.warnings).toEqual([]);

    // A cell fixed in place (the workbench) is read as fixed, without the mark.
    const fixed = [];
    const fixes = [{ row: 2, column: "联系电话", value: "13800138000" }];
    for await (const r of importRecords(book(data), {
      entity: "resident",
      fileName: "t.xlsx",
      fixes,
    }))
      fixed.push(r);
    expect(fixed[0]).toMatchObject({ kind: "record", warnings: [] });
    expect(fixed[0]?.kind === "record" && fixed[0].record.phones).toEqual([
      { number: "13800138000", kind: "mobile" },
    ]);
  });

  it("reads prefixed XML, inline and formula strings, booleans, errors and sparse cells", () => {
    const data =
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>文</x:t></x:is></x:c><x:c r="D2" t="str"><x:f>A1</x:f><x:v>公式</x:v></x:c><x:c r="E2" t="b"><x:v>0</x:v></x:c><x:c r="F2" t="e"><x:v>#N/A</x:v></x:c></x:row>';
    expect(rowsOf(book(data, { prefix: "x" }))).toEqual([
      [2, "", "文", "", "公式", "FALSE", "#N/A"],
    ]);
  });

  it("expands merged cells across columns and down rows", () => {
    const data =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>楼</t></is></c><c r="B2"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c><c r="C3"><v>3</v></c></row>';
    const merges = '<mergeCells><mergeCell ref="A1:C1"/><mergeCell ref="A2:A3"/></mergeCells>';
    expect(rowsOf(book(data, { merges }))).toEqual([
      [1, "标题", "标题", "标题"],
      [2, "楼", "1"],
      [3, "楼", "2", "3"],
    ]);
  });

  it("spreads a merged area only over the columns the sheet uses (B2:XFD62 in a 3-column sheet)", () => {
    const data =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>手机号</t></is></c><c r="C1" t="inlineStr"><is><t>备注</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>王伟</t></is></c><c r="B2"><v>13800138000</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>李娜</t></is></c></row>';
    const merges = '<mergeCells><mergeCell ref="B2:XFD62"/></mergeCells>';
    expect(rowsOf(book(data, { merges }))).toEqual([
      [1, "姓名", "手机号", "备注"],
      [2, "王伟", "13800138000", "13800138000"],
      [3, "李娜", "13800138000", "13800138000"],
    ]);
    // The used range comes from the cells, not from what <dimension> claims.
    const dim = (dimension: string) => book(data, { merges, dimension });
    expect(rowsOf(dim("A1:XFD62"))[1]).toHaveLength(4);
    expect(rowsOf(dim("A1:A1"))[1]).toHaveLength(4);
    // A styled empty cell is part of the used range (Excel writes one per merged cell).
    const styled = data.replace('</row><row r="3">', '<c r="D2" s="0"/></row><row r="3">');
    expect(rowsOf(book(styled, { merges }))[2]).toEqual([
      3,
      "李娜",
      "13800138000",
      "13800138000",
      "13800138000",
    ]);
  });

  it("lists every cell over the limit, kept only up to it, and marks rows of too many cells", () => {
    const wb = openWorkbook(
      writeXlsx([{ name: "a", rows: [["abcdef", "ok", "ghijklm"], ["ok"]] }]),
      "t.xlsx",
      { cellChars: 3 },
    );
    const rows = [...wb.rows(wb.sheets[0]!)];
    expect(rows[0]).toEqual({
      row: 1,
      cells: ["abc", "ok", "ghi"],
      oversize: [
        { index: 0, size: 6, limit: 3 },
        { index: 2, size: 7, limit: 3 },
      ],
    });
    expect(rows[1]).toEqual({ row: 2, cells: ["ok"] });
    const wide = openWorkbook(writeXlsx([{ name: "a", rows: [["a", "b", "c"]] }]), "t.xlsx", {
      columns: 2,
    });
    expect([...wide.rows(wide.sheets[0]!)][0]!.problem?.code).toBe("limit.columns");
  });

  it("a merged area whose value is over the limit is over it in every cell it covers", () => {
    const data =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>abcdef</t></is></c><c r="C1" t="inlineStr"><is><t>x</t></is></c></row>' +
      '<row r="2"><c r="C2" t="inlineStr"><is><t>y</t></is></c></row>';
    const wb = openWorkbook(book(data, { merges: '<mergeCell ref="A1:B2"/>' }), "t.xlsx", {
      cellChars: 3,
    });
    const rows = [...wb.rows(wb.sheets[0]!)];
    expect(rows.map((r) => r.cells)).toEqual([
      ["abc", "abc", "x"],
      ["abc", "abc", "y"],
    ]);
    expect(rows.map((r) => r.oversize?.map((o) => o.index))).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(rows[1]!.oversize![0]).toEqual({ index: 0, size: 6, limit: 3 });
  });

  it("rejects truncated files, missing parts and zip bombs with clear errors", () => {
    const good = writeXlsx([{ name: "a", rows: [["x".repeat(5000)], ["y".repeat(5000)]] }]);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as ImportError).code;
      }
      return "no error";
    };
    expect(code(() => rowsOf(good.subarray(0, good.length - 30)))).toBe("xlsx.truncated");
    expect(code(() => rowsOf(good.subarray(0, 200)))).toBe("xlsx.truncated");
    expect(code(() => rowsOf(zipSync({ "a.txt": strToU8("hi") })))).toBe("xlsx.invalid");
    expect(code(() => rowsOf(good, 0, { decompressed: 4000 }))).toBe("limit.decompressed");
    const bomb = zipSync({ "_rels/.rels": new Uint8Array(50_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(code(() => openWorkbook(bomb, "bomb.xlsx", { decompressed: 1_000_000 }))).toBe(
      "limit.decompressed",
    );
  });

  it("reads a workbook written by another tool with non-standard prefixes", () => {
    const path = new URL("../../test/fixtures/excel-numeric-ids.xlsx", import.meta.url);
    const wb = openWorkbook(readFileSync(path), "excel-numeric-ids.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(["居民", "说明"]);
    const rows = [...wb.rows(wb.sheets[0]!)];
    expect(rows[0]!.cells).toEqual([
      "居民信息表",
      "居民信息表",
      "居民信息表",
      "居民信息表",
      "居民信息表",
    ]);
    expect(rows[1]!.cells[0]).toBe("姓名");
  });
});

describe("columnIndex", () => {
  it("reads column letters", () => {
    expect([
      columnIndex("A1"),
      columnIndex("Z9"),
      columnIndex("AA10"),
      columnIndex("XFD1"),
    ]).toEqual([0, 25, 26, 16383]);
  });
});

describe("large sheets read in pieces", () => {
  it("give the same rows as sheets read whole: merges, prefixes, gaps and all", () => {
    const rows: (string | number)[][] = [["姓名", "身份证号", "备注"]];
    for (let i = 1; i <= 3000; i++)
      rows.push([
        `居民${i}`,
        `11010519491231${String(i % 1000).padStart(3, "0")}X`,
        i % 7 ? "" : "行动不便，</row> 不是标签",
      ]);
    const written = writeXlsx([{ name: "大表", rows }]);
    expect(rowsOf(written, 0, {}, 0)).toEqual(rowsOf(written));
    const data =
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>标题</x:t></x:is></x:c></x:row><x:row r="3"><x:c r="B3"><x:v>1</x:v></x:c></x:row><x:row r="4"/><x:row r="5"><x:c r="A5"><x:v>2</x:v></x:c></x:row>';
    const merges =
      '<x:mergeCells><x:mergeCell ref="A1:C1"/><x:mergeCell ref="A3:A5"/></x:mergeCells>';
    const hand = book(data, { merges, prefix: "x" });
    expect(rowsOf(hand, 0, {}, 0)).toEqual(rowsOf(hand));
    expect(rowsOf(hand, 0, {}, 0)).toEqual([
      // Only over the columns the sheet uses: A and B.
      [1, "标题", "标题"],
      [3, "", "1"],
      [4, ""],
      // A5 lies inside A3:A5, whose top-left cell A3 is empty: Excel shows nothing there.
      [5, ""],
    ]);
  });

  it("still stop at the decompressed-size limit", () => {
    const big = writeXlsx([
      { name: "a", rows: Array.from({ length: 2000 }, (_, i) => [`${i}`.repeat(20)]) },
    ]);
    expect(() => rowsOf(big, 0, { decompressed: 20_000 }, 0)).toThrow(ImportError);
  });
});
