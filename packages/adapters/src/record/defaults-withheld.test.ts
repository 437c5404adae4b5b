import type { Organization } from "@linli/core";
import { describe, expect, it } from "vitest";
import { importRecords } from "../import/import-records.js";
import type { RowResult } from "./build.js";

async function rows(
  csv: string,
  defaults: Record<string, string>,
): Promise<RowResult<Organization>[]> {
  const out: RowResult<Organization>[] = [];
  const run = importRecords(new TextEncoder().encode(csv), {
    entity: "organization",
    fileName: "orgs.csv",
    defaults,
  });
  for await (const r of run) out.push(r as RowResult<Organization>);
  return out;
}

describe("a value given for the whole file that makes a row invalid", () => {
  it("is left out of that row, reported in zh-CN and en, and the row kept", async () => {
    // A contact needs a name: the phone set for every row cannot stand alone in row 3.
    const out = await rows("机构名称,联系人\n阳光志愿队,张三\n爱心驿站,\n", {
      contactPhone: "13800138000",
    });
    expect(out.map((r) => r.kind)).toEqual(["record", "record"]);
    const [first, second] = out as Extract<RowResult<Organization>, { kind: "record" }>[];
    expect(first!.record.contacts).toEqual([{ name: "张三", phone: "13800138000" }]);
    expect(first!.warnings).toEqual([]);
    expect(second!.record.name).toBe("爱心驿站");
    expect(second!.record.contacts).toBeUndefined();
    expect(second!.warnings).toHaveLength(1);
    const w = second!.warnings[0]!;
    expect(w).toMatchObject({
      file: "orgs.csv",
      row: 3,
      field: "contactPhone",
      code: "defaults.withheld",
      severity: "withheld",
      value: "13800138000",
    });
    expect(w.message["zh-CN"]).toContain("orgs.csv 第 3 行");
    expect(w.message["zh-CN"]).toContain("13800138000");
    expect(w.message.en).toContain("orgs.csv, row 3");
    expect(w.message.en).toContain("given for contactPhone for the whole file");
    // Kept with the record like a withheld cell, named as the value given, not as a column.
    expect(second!.record.meta.withheld).toEqual([
      {
        column: "--set contactPhone",
        field: "contactPhone",
        value: "13800138000",
        code: "defaults.withheld",
      },
    ]);
    expect(first!.record.meta.withheld ?? []).toEqual([]);
  });

  it("is kept in meta.withheld beside the row's own withheld cells", async () => {
    const out = await rows("机构名称,联系人,统一社会信用代码\n爱心驿站,,91110000ABC\n", {
      contactPhone: "13800138000",
    });
    const [r] = out as Extract<RowResult<Organization>, { kind: "record" }>[];
    expect(r!.kind).toBe("record");
    expect(r!.record.meta.withheld?.map((w) => [w.column, w.code])).toEqual([
      ["统一社会信用代码", expect.any(String)],
      ["--set contactPhone", "defaults.withheld"],
    ]);
    expect(r!.warnings.filter((w) => w.severity === "withheld")).toHaveLength(2);
  });

  it("still rejects a row that lacks what identifies it", async () => {
    const out = await rows("机构名称,联系人\n,张三\n", { contactPhone: "13800138000" });
    expect(out.map((r) => r.kind)).toEqual(["rejected"]);
  });
});
