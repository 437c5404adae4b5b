import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { writeCsv } from "../csv/write.js";
import { importRecords } from "../import/import-records.js";
import { writeXlsx } from "../xlsx/write.js";
import { openSource } from "./open.js";
import { readTable } from "./read-table.js";

const people = (n: number): string[][] => {
  const rows = [["社区居民登记表"], ["姓名", "性别", "身份证号", "联系电话", "住址"]];
  for (let i = 0; i < n; i++) {
    rows.push([
      `王${String.fromCharCode(0x4f1f + (i % 40))}`,
      i % 2 ? "男" : "女",
      i % 7 === 0 ? "11010519491231002Y" : "11010519491231002X",
      `1380013${String(i).padStart(4, "0")}`,
      `雁塔区丈八街道${i % 9}号楼`,
    ]);
  }
  rows.push(["合计", String(n)]);
  return rows;
};

/** Everything an import tells, in order. */
async function imported(source: Parameters<typeof importRecords>[0]) {
  const run = importRecords(source, { entity: "resident", fileName: "居民.xlsx", source: "丈八" });
  const rows: unknown[] = [];
  for await (const r of run) rows.push(r);
  return { rows, summary: await run.summary(), table: run.table };
}

describe("a source opened once, read twice", () => {
  it("a workbook whose header was read ahead imports as the bytes do", async () => {
    const bytes = writeXlsx([{ name: "登记", rows: people(300) }]);
    const opened = await openSource(bytes, { fileName: "居民.xlsx" });
    const ahead = await readTable(opened, { fileName: "居民.xlsx" }).info();
    expect(ahead).toEqual(await readTable(bytes, { fileName: "居民.xlsx" }).info());
    expect(ahead.headerRow).toBe(2);
    const again = await imported(opened);
    const fresh = await imported(bytes);
    expect(again).toEqual(fresh);
    expect(fresh.summary.rowsRead).toBe(301); // the totals row too
    expect(JSON.stringify(fresh.rows)).toContain("11010519491231002Y"); // its issues too
    // And a third time, whole.
    expect(await imported(opened)).toEqual(fresh);
  });

  it("a real workbook with merged cells reads the same from an opened source", async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL("../../../../fixtures/hxl/test_io/input-merged.xlsx", import.meta.url)),
    );
    const opened = await openSource(bytes, { fileName: "input-merged.xlsx" });
    const first = readTable(opened, { fileName: "input-merged.xlsx" });
    await first.info();
    const rows = async (t: ReturnType<typeof readTable>) => {
      const out: unknown[] = [];
      for await (const r of t) out.push(r);
      return out;
    };
    const fresh = await rows(readTable(bytes, { fileName: "input-merged.xlsx" }));
    expect(fresh.length).toBeGreaterThan(0);
    expect(await rows(readTable(opened, { fileName: "input-merged.xlsx" }))).toEqual(fresh);
  });

  it("text is read once: reading an opened CSV file's rows again is refused", async () => {
    const bytes = writeCsv(people(5), { encoding: "gb18030" });
    const opened = await openSource(bytes, { fileName: "居民.csv" });
    expect((await readTable(opened, { fileName: "居民.csv" }).info()).headerRow).toBe(2);
    await expect(imported(opened)).rejects.toThrow(/居民\.csv.*read already/);
  });

  it("refuses what is neither bytes nor an opened source", () => {
    expect(() => readTable({ format: "xlsx" } as never)).toThrow();
    expect(() => importRecords({ rows: [] } as never, { entity: "resident" })).toThrow();
  });
});
