import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile } from "../import/import-file.js";
import { isFormulaRisk, neutralizeFormula, restoreFormula } from "./formula.js";
import { writeCsv } from "./write.js";

describe("formula neutralisation", () => {
  it("marks text starting with = + - @ tab or CR, and apostrophes before them", () => {
    for (const t of ["=1+1", "+86", "-x", "@a", "\tx", "\rx", "'=x", "''-x"])
      expect([t, isFormulaRisk(t)]).toEqual([t, true]);
    for (const t of ["王伟", "'abc", " =x", "1-2", ""])
      expect([t, isFormulaRisk(t)]).toEqual([t, false]);
    expect(neutralizeFormula("=1+1")).toBe("'=1+1");
    expect(neutralizeFormula("'=1+1")).toBe("''=1+1");
    expect(neutralizeFormula("'abc")).toBe("'abc");
  });

  it("restoreFormula undoes neutralizeFormula for every text", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom("", "'", "''", "=", "'=", "+", "-", "@", "\t", "\r"), fc.string()),
        ([p, s]) => {
          const t = p + s;
          const n = neutralizeFormula(t);
          expect(isFormulaRisk(n) && !n.startsWith("'")).toBe(false);
          expect(restoreFormula(n)).toBe(t);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("CSV files written with neutralised cells import with the original text", async () => {
    const bytes = writeCsv([
      ["姓名", "备注", "楼长"],
      ["王伟", "=SUM(A1)", "'-张三"],
    ]);
    expect(new TextDecoder().decode(bytes)).toContain("王伟,'=SUM(A1),''-张三");
    const r = await importFile(bytes, { entity: "resident", fileName: "a.csv" });
    expect(r.records[0]?.notes).toBe("=SUM(A1)");
    expect(r.records[0]?.extra).toEqual([{ header: "楼长", value: "'-张三" }]);
  });
});
