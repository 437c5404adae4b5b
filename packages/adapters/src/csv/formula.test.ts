import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile } from "../import/import-file.js";
import { isFormulaRisk, neutralizeFormula, restoreFormula, textFormulaValue } from "./formula.js";
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

  it('reads a cell written ="…" as the text Excel shows for it', async () => {
    expect(
      ['="610102198503011237"', '=""', '="他说""好"""', "=A1", '="a"&"b"', '="x', ' ="1"'].map(
        textFormulaValue,
      ),
    ).toEqual(["610102198503011237", "", '他说"好"', undefined, undefined, undefined, undefined]);
    // Systems export IDs and phones so, for Excel to keep every digit; before, each such ID
    // was withheld ("character 1 is =").
    const text = [
      "姓名,身份证号,联系电话,出生日期,备注",
      '张三,="110105194912310021",="13800138000",="1949-12-31",="他说""好"""',
      '李四,"=""11010519491231002X""",13900139000,1949-12-31,=SUM(A1)',
    ].join("\r\n");
    const r = await importFile(new TextEncoder().encode(text), {
      entity: "resident",
      fileName: "a.csv",
    });
    expect(
      r.records.map((x) => [
        x.identifiers?.[0]?.value,
        x.phones?.[0]?.number,
        x.birthDate,
        x.notes,
      ]),
    ).toEqual([
      ["110105194912310021", "13800138000", "1949-12-31", '他说"好"'],
      ["11010519491231002X", "13900139000", "1949-12-31", "=SUM(A1)"],
    ]);
    expect(r.records[0]?.meta.withheld).toBeUndefined();
  });

  it('gives back linli\'s own cells that start with ="…" as they were written', async () => {
    const bytes = writeCsv([
      ["姓名", "备注"],
      ["王伟", '="1"'],
    ]);
    const r = await importFile(bytes, { entity: "resident", fileName: "a.csv" });
    expect(r.records[0]?.notes).toBe('="1"');
  });
});
