import { describe, expect, it } from "vitest";
import { importFile } from "./import-file.js";

const csv = (text: string) => new TextEncoder().encode(text);
const FILE =
  "登记表\n姓名,身份证号,联系电话\n王伟,6.10113E+17,13800138000\n,,13900000000\n李娜,610113198503021506,1380013800\n";

describe("importRecords with fixes", () => {
  it("reads fixed cells instead of the file's, by row and header, and checks the row again", async () => {
    const before = await importFile(csv(FILE), { entity: "resident", fileName: "a.csv" });
    expect(before.summary).toMatchObject({ rowsRead: 3 });
    const bad = before.issues.find((i) => i.column === "身份证号")!;
    expect(bad).toMatchObject({ row: 3, value: "6.10113E+17" });

    const after = await importFile(csv(FILE), {
      entity: "resident",
      fileName: "a.csv",
      fixes: [
        { row: 3, column: "身份证号", value: "610113195604123516", was: "6.10113E+17" },
        { row: 4, column: "姓名", value: "赵敏" },
        { row: 5, column: "联系电话", value: "13800138001" },
        // Another sheet, or a column the file lacks, changes nothing.
        { row: 5, column: "联系电话", sheet: "其他", value: "x" },
        { row: 5, column: "备注", value: "x" },
      ],
    });
    expect(after.summary.rowsRead).toBe(3);
    expect(after.issues.filter((i) => i.column === "身份证号")).toEqual([]);
    expect(after.issues.filter((i) => i.column === "联系电话")).toEqual([]);
    expect(after.records.map((r) => r.name)).toEqual(["王伟", "赵敏", "李娜"]);
    expect(after.records[0]!.identifiers).toEqual([
      { scheme: "cn-citizen-id", value: "610113195604123516" },
    ]);
    expect(after.records[2]!.phones).toEqual([{ number: "13800138001", kind: "mobile" }]);
    // Row numbers and ids stay those of the file.
    expect(after.records.map((r) => r.meta.id.split("-").at(-1))).toEqual(["3", "4", "5"]);
    // Before: the unreadable cells withheld, the row without name or ID rejected.
    expect(before.records.map((r) => r.name)).toEqual(["王伟", "李娜"]);
    expect(before.records.flatMap((r) => (r.meta.withheld ?? []).map((w) => w.column))).toEqual([
      "身份证号",
      "联系电话",
    ]);
    expect(after.records.every((r) => r.meta.withheld === undefined)).toBe(true);
  });
});
