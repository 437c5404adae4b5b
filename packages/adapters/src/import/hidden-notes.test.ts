import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { openWorkbook } from "../xlsx/read.js";
import { writeXlsx } from "../xlsx/write.js";
import { importFile } from "./import-file.js";

// Residents under a title row: 1 title, 2 header, 3… data.
function register(people: number): string[][] {
  const rows = [["某社区居民登记表"], ["姓名", "电话", "身份证号", "辅助列"]];
  for (let i = 0; i < people; i++) {
    rows.push([`居民${i}`, `138${String(i).padStart(8, "0")}`, "", `x${i}`]);
  }
  return rows;
}

/**
 * A workbook as Excel writes a filtered or hand-hidden sheet: `<row … hidden="1">` on the rows
 * (with Excel's other row attributes) and `<col … hidden="1"/>` runs.
 */
function hide(bytes: Uint8Array, rows: number[], cols = ""): Uint8Array {
  const files = unzipSync(bytes);
  let xml = strFromU8(files["xl/worksheets/sheet1.xml"]!);
  for (const r of rows) {
    xml = xml.replace(new RegExp(`<row r="${r}"`), `<row r="${r}" spans="1:4" hidden="1"`);
  }
  if (cols) xml = xml.replace(/<cols>[\s\S]*?<\/cols>|(?=<sheetData)/, `<cols>${cols}</cols>`);
  files["xl/worksheets/sheet1.xml"] = strToU8(xml);
  return zipSync(files);
}

const noteOf = (notes: readonly { code: string }[], code: string) =>
  notes.find((n) => n.code === code) as
    | { code: string; message: { "zh-CN": string; en: string } }
    | undefined;

describe("rows and columns hidden in a sheet", () => {
  it("reads hidden data rows and a hidden mapped column, and says so in zh-CN and en", async () => {
    const bytes = hide(
      writeXlsx([{ name: "居民", rows: register(5) }]),
      [4, 6],
      '<col min="3" max="3" width="20" hidden="1"/>',
    );
    const { records, summary } = await importFile(bytes, {
      entity: "resident",
      fileName: "一社区.xlsx",
    });
    // Nothing is left out: the hidden rows are records like the others.
    expect(records.map((r) => r.name)).toEqual(["居民0", "居民1", "居民2", "居民3", "居民4"]);
    const rows = noteOf(summary.mapping.notes, "sheet.hiddenRows")!;
    expect(rows.message.en).toBe(
      "一社区.xlsx, sheet “居民”: rows 4, 6 are hidden in the spreadsheet (by hand or by a filter) and were read like the others. If they were hidden because they do not belong in this list, delete them from the sheet and import again",
    );
    expect(rows.message["zh-CN"]).toContain("第 4, 6 行（共 2 行）在表格里被隐藏");
    const cols = noteOf(summary.mapping.notes, "sheet.hiddenColumns")!;
    expect(cols.message.en).toContain("column C “身份证号” is hidden in the spreadsheet");
    expect(cols.message["zh-CN"]).toContain("C “身份证号” 列（共 1 列）在表格里被隐藏");
    // Each note counts as a warning of the import.
    const plain = await importFile(writeXlsx([{ name: "居民", rows: register(5) }]), {
      entity: "resident",
      fileName: "一社区.xlsx",
    });
    expect(summary.warnings).toBe(plain.summary.warnings + 2);
  });

  it("says nothing of hidden titles, hidden empty rows, unmapped columns or unused columns", async () => {
    const rows = register(3);
    rows.push([], ["居民9", "13800000009"]);
    const bytes = hide(
      writeXlsx([{ name: "居民", rows }]),
      [1, 6],
      '<col min="4" max="4" hidden="1"/><col min="5" max="16384" hidden="1"/>',
    );
    // The reader finds the hidden title (it holds text) but not the hidden empty row.
    const wb = openWorkbook(bytes, "a.xlsx");
    expect([...wb.rows(wb.sheets[0]!)]).toHaveLength(7);
    expect(wb.hidden(wb.sheets[0]!)).toEqual({
      rows: [1],
      columns: [
        [3, 3],
        [4, 16383],
      ],
    });
    const { records, summary } = await importFile(bytes, {
      entity: "resident",
      fileName: "a.xlsx",
    });
    expect(records).toHaveLength(4);
    expect(summary.mapping.columns[3]?.field).toBeUndefined();
    expect(noteOf(summary.mapping.notes, "sheet.hiddenRows")).toBeUndefined();
    expect(noteOf(summary.mapping.notes, "sheet.hiddenColumns")).toBeUndefined();
  });

  it("lists the first ten hidden rows and counts them all", async () => {
    const hidden = Array.from({ length: 15 }, (_, i) => 3 + 2 * i);
    const bytes = hide(writeXlsx([{ name: "居民", rows: register(40) }]), hidden);
    const { records, summary } = await importFile(bytes, {
      entity: "resident",
      fileName: "a.xlsx",
    });
    expect(records).toHaveLength(40);
    const note = noteOf(summary.mapping.notes, "sheet.hiddenRows")!;
    expect(note.message.en).toContain("rows 3, 5, 7, 9, 11, 13, 15, 17, 19, 21… are hidden");
    expect(note.message["zh-CN"]).toContain("（共 15 行）");
  });

  it("finds them in a sheet read in pieces as in one piece, once read to the end", () => {
    const bytes = hide(
      writeXlsx([{ name: "居民", rows: register(50) }]),
      [5, 30, 52],
      '<col min="1" max="2" hidden="1"/>',
    );
    for (const streamAbove of [0, Number.POSITIVE_INFINITY]) {
      const wb = openWorkbook(bytes, "a.xlsx", {}, { streamAbove });
      const sheet = wb.sheets[0]!;
      const head = wb.rows(sheet);
      head.next();
      head.return(undefined);
      expect(wb.hidden(sheet)).toBeUndefined();
      expect([...wb.rows(sheet)]).toHaveLength(52);
      expect(wb.hidden(sheet)).toEqual({ rows: [5, 30, 52], columns: [[0, 1]] });
    }
  });
});
