import { describe, expect, it } from "vitest";
import { openWorkbook } from "../xlsx/read.js";
import { writeXlsx } from "../xlsx/write.js";
import { exportRecords as exportAny } from "./export-records.js";
import { exportRecords, zlibDeflate } from "./node.js";

const many = Array.from({ length: 3000 }, (_, i) => ({
  meta: { id: `r-${i}`, schemaVersion: "0.0.0" },
  name: `居民${i}`,
  notes: "行动不便，需要上门服务".repeat(1 + (i % 5)),
}));

describe("exports in Node", () => {
  it("compress XLSX with zlib, reading back the same as the JavaScript deflate", async () => {
    const z = await exportRecords(many, {
      entity: "resident",
      format: "xlsx",
      columns: ["name", "notes"],
    }).bytes();
    const js = await exportAny(many, {
      entity: "resident",
      format: "xlsx",
      columns: ["name", "notes"],
    }).bytes();
    const rows = (b: Uint8Array) => {
      const wb = openWorkbook(b, "a.xlsx", {});
      return [...wb.rows(wb.sheets[0]!)].map((r) => r.cells);
    };
    expect(rows(z)).toEqual(rows(js));
    expect(rows(z)).toHaveLength(3001);
  });

  it("writeXlsx takes zlib too, at any level", () => {
    for (const level of [1, 6, 9] as const) {
      const bytes = writeXlsx([{ name: "居民", rows: [["姓名"], ["王伟"]] }], {
        deflate: zlibDeflate,
        level,
      });
      const wb = openWorkbook(bytes, "a.xlsx", {});
      expect([...wb.rows(wb.sheets[0]!)].map((r) => r.cells)).toEqual([["姓名"], ["王伟"]]);
    }
  });
});
