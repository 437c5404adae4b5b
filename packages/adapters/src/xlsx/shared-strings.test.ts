import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { openWorkbook } from "./read.js";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook whose cells refer to shared texts, with `texts` as its table (none: no part). */
function book(texts: string[] | undefined, sheetData: string): Uint8Array {
  const rels = `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>${
    texts ? `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ""
  }`;
  return zipSync({
    "_rels/.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} xmlns:r="${R}"><sheets><sheet name="居民" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(`<Relationships>${rels}</Relationships>`),
    ...(texts
      ? {
          "xl/sharedStrings.xml": strToU8(
            `<sst ${NS}>${texts.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`,
          ),
        }
      : {}),
    "xl/worksheets/sheet1.xml": strToU8(
      `<worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`,
    ),
  });
}

const rowsOf = (bytes: Uint8Array) => {
  const wb = openWorkbook(bytes, "登记.xlsx");
  return [...wb.rows(wb.sheets[0]!)].map((r) => [r.row, ...r.cells]);
};

const caught = (f: () => unknown): ImportError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
};

describe("a cell referring to a shared text the workbook does not hold", () => {
  const sheet =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>13800138000</v></c></row>' +
    '<row r="3"><c r="A3" t="s"><v>7</v></c><c r="B3"><v>13900139000</v></c></row>';

  it("reads the texts it holds", () => {
    expect(
      rowsOf(book(["姓名", "手机号", "王伟", "李娜"], sheet.slice(0, sheet.lastIndexOf("<row")))),
    ).toEqual([
      [1, "姓名", "手机号"],
      [2, "王伟", "13800138000"],
    ]);
  });

  it("stops with the sheet and cell in zh-CN and en instead of reading it as empty", () => {
    // Read as "", the name in A3 would vanish and the row be skipped as blank, unsaid.
    const e = caught(() => rowsOf(book(["姓名", "手机号", "王伟"], sheet)));
    expect(e.code).toBe("xlsx.sharedString");
    expect(e.row).toBe(3);
    expect(e.localized.en).toBe(
      "登记.xlsx: sheet “居民”, cell A3: the cell refers to text no. 7 of the workbook, which holds 3 texts; expected a text the workbook holds. The workbook is damaged: open it in Excel or WPS, save it again and import that copy",
    );
    expect(e.localized["zh-CN"]).toContain("工作表“居民”的 A3 单元格引用了工作簿中第 7 号文本");
  });

  it("stops at the first cell when the table of texts is missing altogether", () => {
    // Without its sharedStrings part every text cell would read as "": headers and names gone.
    const e = caught(() => rowsOf(book(undefined, sheet)));
    expect(e.code).toBe("xlsx.sharedString");
    expect(e.params).toMatchObject({ cell: "A1", index: "0", count: 0 });
  });
});
