import { describe, expect, it } from "vitest";
import { importRecords } from "../import/import-records.js";
import type { RowResult } from "./build.js";

async function results(csv: string): Promise<RowResult[]> {
  const run = importRecords(new TextEncoder().encode(csv), {
    entity: "resident",
    fileName: "名单.csv",
  });
  const out: RowResult[] = [];
  for await (const r of run) out.push(r);
  return out;
}

describe("a formula's error value in a cell (#N/A from a lookup that found nothing)", () => {
  it("is no one's name: the row lacks a name and is rejected, saying why", async () => {
    // Before, "#N/A" was accepted as the person's name.
    const [r] = await results("姓名,手机号\n#N/A,13800138000\n");
    expect(r!.kind).toBe("rejected");
    const issues = (r as Extract<RowResult, { kind: "rejected" }>).issues;
    expect(issues[0]).toMatchObject({
      row: 2,
      column: "姓名",
      field: "name",
      code: "cell.formulaError",
      value: "#N/A",
    });
    expect(issues[0]!.message.en).toBe(
      "名单.csv, row 2, column “姓名”: “#N/A” is the error a spreadsheet formula shows when it fails (e.g. a lookup that found nothing), not a value for Name; expected the value itself: correct the formula, or paste the column as values",
    );
    expect(issues[0]!.message["zh-CN"]).toBe(
      "名单.csv 第 2 行「姓名」列：“#N/A”是表格公式出错时显示的错误值（例如查找不到匹配项），不是“姓名”的值；应为实际的值：请修正公式，或把该列“选择性粘贴为数值”",
    );
  });

  it("is withheld from any other column, the person kept", async () => {
    const out = await results(
      "姓名,身份证号,手机号,备注\n王伟,#REF!,#VALUE!, Err:502 \n李娜,,13800138000,#DIV/0!\n",
    );
    const held = out.flatMap((r) =>
      r.kind === "record"
        ? r.warnings.map((w) => [r.row, w.column, w.code, w.severity, w.value])
        : [[r.row, r.kind]],
    );
    expect(held).toEqual([
      [2, "身份证号", "cell.formulaError", "withheld", "#REF!"],
      [2, "手机号", "cell.formulaError", "withheld", "#VALUE!"],
      [2, "备注", "cell.formulaError", "withheld", " Err:502 "],
      [3, "备注", "cell.formulaError", "withheld", "#DIV/0!"],
    ]);
    const records = out.map((r) => (r.kind === "record" ? r.record : undefined));
    expect(records.map((r) => r?.name)).toEqual(["王伟", "李娜"]);
    expect(JSON.stringify(records[1])).toContain("13800138000");
  });

  it("leaves texts that only start like one alone", async () => {
    const out = await results("姓名,备注\n王伟,#N/A 待核实\n李娜,Err:5021\n");
    expect(
      out.map((r) => (r.kind === "record" ? [r.record.notes, r.warnings.length] : r.kind)),
    ).toEqual([
      ["#N/A 待核实", 0],
      ["Err:5021", 0],
    ]);
  });
});
