import { validate } from "@linli/core";
import { describe, expect, it } from "vitest";
import { importRecords } from "../import/import-records.js";
import type { RowResult } from "./build.js";

describe("a row with more unmapped columns than a small table has", () => {
  it("keeps the person with every extra cell (a wide survey export of 5,000 columns)", async () => {
    // Survey exports give each choice of each question its own column: thousands of columns
    // that map to no field. The person is not rejected for them, nor is any cell dropped.
    const n = 4_999;
    const header = ["姓名", ...Array.from({ length: n }, (_, i) => `Q${i + 1}`)].join(",");
    const row = ["王伟", ...Array.from({ length: n }, (_, i) => `a${i + 1}`)].join(",");
    const out: RowResult[] = [];
    const run = importRecords(new TextEncoder().encode(`${header}\n${row}\n`), {
      entity: "resident",
      fileName: "wide.csv",
    });
    for await (const r of run) out.push(r);
    expect(out.map((r) => r.kind)).toEqual(["record"]);
    const r = out[0] as Extract<RowResult, { kind: "record" }>;
    expect(r.warnings).toEqual([]);
    const extra = r.record.extra as { header: string; value: string }[];
    expect(extra).toHaveLength(n);
    expect(extra[0]).toEqual({ header: "Q1", value: "a1" });
    expect(extra[n - 1]).toEqual({ header: `Q${n}`, value: `a${n}` });
    expect(validate("resident", r.record).ok).toBe(true);
  });
});
