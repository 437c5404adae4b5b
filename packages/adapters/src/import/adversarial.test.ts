import { importFile } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { duplicateHeaders } from "../testing/adversarial.js";

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
});
