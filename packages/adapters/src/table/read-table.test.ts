import { describe, expect, it } from "vitest";
import { writeCsv } from "../csv/write.js";
import { ImportError } from "../errors.js";
import { writeXlsx } from "../xlsx/write.js";
import { readTable } from "./read-table.js";

const all = async (t: AsyncIterable<{ row: number; cells: string[]; footer?: string }>) => {
  const out: (string | number)[][] = [];
  for await (const r of t) out.push([r.row, ...(r.footer ? [`<${r.footer}>`] : []), ...r.cells]);
  return out;
};

describe("readTable", () => {
  it("finds the header under a title, numbers rows as the sheet does, marks footers", async () => {
    const bytes = writeCsv(
      [
        ["登记表"],
        ["姓名", "电话"],
        ["王伟", "138"],
        ["注：本表仅供社区使用，请勿外传"],
        ["李娜", "139"],
        [],
        ["合计", "2"],
        ["填表人：赵敏"],
      ],
      {
        encoding: "gb18030",
      },
    );
    const t = readTable(bytes, { fileName: "a.csv" });
    const info = await t.info();
    expect(info).toMatchObject({
      format: "csv",
      encoding: "gb18030",
      delimiter: ",",
      headerRow: 2,
      headers: ["姓名", "电话"],
    });
    expect(info.titleRows.map((r) => r.cells)).toEqual([["登记表"]]);
    expect(await all(t)).toEqual([
      [3, "王伟", "138"],
      [4, "注：本表仅供社区使用，请勿外传"],
      [5, "李娜", "139"],
      [6, ""],
      [7, "<totals>", "合计", "2"],
      [8, "<note>", "填表人：赵敏"],
    ]);
  });

  it("reads a chosen XLSX sheet by name or index and lists the sheets", async () => {
    const bytes = writeXlsx([
      {
        name: "一",
        rows: [
          ["a", "b"],
          ["1", "2"],
        ],
      },
      {
        name: "二",
        rows: [
          ["姓名", "电话"],
          ["王伟", "138"],
        ],
      },
    ]);
    const t = readTable(bytes, { sheet: "二" });
    expect((await t.info()).sheets).toEqual(["一", "二"]);
    expect(await all(t)).toEqual([[2, "王伟", "138"]]);
    expect(await all(readTable(bytes, { sheet: 1 }))).toEqual([[2, "王伟", "138"]]);
    await expect(readTable(bytes, { sheet: "三", fileName: "b.xlsx" }).info()).rejects.toThrow(
      /三/,
    );
  });

  it("takes the header row given and can demand HXL", async () => {
    const bytes = new TextEncoder().encode("a,b\nc,d\ne,f\n");
    expect((await readTable(bytes, { header: 2 }).info()).headers).toEqual(["c", "d"]);
    await expect(readTable(bytes, { hxl: "require" }).info()).rejects.toBeInstanceOf(ImportError);
  });

  it("reads NDJSON objects with keys that appear later", async () => {
    const t = readTable(
      new TextEncoder().encode('{"姓名":"王伟"}\n{"姓名":"李娜","电话":"139"}\n'),
      { fileName: "a.ndjson" },
    );
    expect(await all(t)).toEqual([
      [1, "王伟"],
      [2, "李娜", "139"],
    ]);
    expect((await t.info()).headers).toEqual(["姓名", "电话"]);
  });

  it("enforces the row limit", async () => {
    const t = readTable(new TextEncoder().encode("a\n1\n2\n3\n"), { limits: { rows: 2 } });
    await expect(all(t)).rejects.toThrow(/2 rows/);
  });

  it("rejects empty, binary and old .xls files clearly", async () => {
    const err = (bytes: Uint8Array) =>
      readTable(bytes, { fileName: "f" })
        .info()
        .catch((e: ImportError) => e.code);
    expect(await err(new Uint8Array())).toBe("source.empty");
    expect(await err(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toBe("source.binary");
    expect(await err(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe("source.xls");
    expect(await err(new Uint8Array([1, 0, 2, 0, 3, 0, 0, 0, 9, 9, 0, 0]))).toBe("source.binary");
  });
});
