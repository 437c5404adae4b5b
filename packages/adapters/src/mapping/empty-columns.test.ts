import { describe, expect, it } from "vitest";
import { importRecords } from "../import/import-records.js";
import { FilledColumns } from "./empty-columns.js";

describe("FilledColumns", () => {
  it("tells the columns without a header that no row fills, in accepted and rejected rows", async () => {
    // B is empty everywhere; C holds a value only in a rejected row; D only in a kept one.
    const csv = "姓名,,,,备注\n王伟,,,d,\n,,c,,x\n";
    const run = importRecords(new TextEncoder().encode(csv), { entity: "resident" });
    const filled = new FilledColumns();
    for await (const r of run) {
      if (r.kind === "record") filled.record(r.sheet, r.record);
      else if (r.kind === "rejected") filled.raw(r.sheet, r.raw);
    }
    const columns = (await run.summary()).mapping.columns;
    expect([...filled.emptyIndexes(undefined, columns)]).toEqual([1]);
    // A column with a header is never empty, filled or not.
    expect(filled.empty(undefined, columns[4]!)).toBe(false);
    // Sheets are told apart.
    expect([...filled.emptyIndexes("其他", columns)]).toEqual([1, 2, 3]);
  });
});
