import { importFile, readTable } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import {
  duplicateHeaders,
  hugeQuotedCell,
  mergedToLastColumn,
  wideRow,
} from "../testing/adversarial.js";

// Small files that took minutes because a step was quadratic. Each is read here at a size
// where quadratic work would run for minutes.
describe("adversarial files", () => {
  it("10,000 columns with one header: every rejected row keeps every cell, numbered once", async () => {
    const r = await importFile(duplicateHeaders(10_000, 30), {
      entity: "resident",
      fileName: "重复表头.csv",
    });
    expect(r.rejected).toHaveLength(30);
    const raw = r.rejected[0]!.raw!;
    expect(Object.keys(raw)).toHaveLength(10_001);
    expect(raw.备注).toBe("x");
    expect(raw["备注 (2)"]).toBe("x");
    expect(raw["备注 (10000)"]).toBe("x");
  });

  it("a header that is itself “name (2)” does not collide with the numbered repeat", async () => {
    const csv = "姓名,备注,备注 (2),备注\n,a,b,c\n";
    const r = await importFile(new TextEncoder().encode(csv), {
      entity: "resident",
      fileName: "a.csv",
    });
    expect(r.rejected[0]!.raw).toEqual({ 姓名: "", 备注: "a", "备注 (2)": "b", "备注 (3)": "c" });
  });

  it("a merged area from B2 to the last column: the header stays the header, rows stay narrow", async () => {
    const bytes = mergedToLastColumn();
    expect(bytes.length).toBeLessThan(8_000);
    const info = await readTable(bytes, { fileName: "合并.xlsx" }).info();
    expect(info.headers).toEqual(["姓名", "手机号", "备注"]);
    const r = await importFile(bytes, { entity: "resident", fileName: "合并.xlsx" });
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.records.map((x) => x.name)).toEqual(["王伟", "李娜"]);
    // B3 lies inside B2:XFD62, so 李娜 shows B2's value, as Excel does.
    expect(r.records.map((x) => x.phones?.[0]?.number)).toEqual(["13800138000", "13800138000"]);
  });

  it("a 50 MB quoted cell is read once: that cell withheld as limit.cell, its row and the next kept", async () => {
    const bytes = hugeQuotedCell();
    const r = await importFile(bytes, { entity: "resident", fileName: "长单元格.csv" });
    expect(r.rejected).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "limit.cell",
      row: 2,
      column: "备注",
      severity: "withheld",
    });
    expect(r.issues[0]!.message.en).toMatch(/holds \d{8} characters, more than the limit of 32767/);
    expect(r.records.map((x) => x.name)).toEqual(["王伟", "李娜"]);
    expect(r.records[0]!.notes).toBeUndefined();
    // Only the limit is kept, in the record's withheld cells, not the 50 MB.
    expect(r.records[0]!.meta.withheld![0]!.value).toHaveLength(32_767);
  });

  it("100,000 cells in a row: that row rejected as limit.columns, the next row kept", async () => {
    const r = await importFile(wideRow(), { entity: "resident", fileName: "宽行.csv" });
    expect(r.issues[0]).toMatchObject({ code: "limit.columns", row: 2 });
    expect(r.rejected.map((x) => x.row)).toEqual([2]);
    expect(r.records.map((x) => x.name)).toEqual(["李娜"]);
  });

  it("100,000 columns in the header: the first 16,384 read, a limit.columns note, people kept", async () => {
    const r = await importFile(wideRow(100_000, true), {
      entity: "resident",
      fileName: "宽表头.csv",
    });
    expect(r.mapping.columns).toHaveLength(16_384);
    expect(r.mapping.notes).toContainEqual({
      code: "limit.columns",
      message: {
        "zh-CN": "宽表头.csv 第 1 行：共 100002 列，超过上限 16384",
        en: "宽表头.csv, row 1: 100002 columns, more than the limit of 16384",
      },
    });
    expect(r.records.map((x) => x.name)).toEqual(["王伟", "李娜"]);
  });
});
