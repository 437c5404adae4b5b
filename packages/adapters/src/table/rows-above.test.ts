import { describe, expect, it } from "vitest";
import { importRecords } from "../import/import-records.js";
import type { RowResult } from "../record/build.js";
import { chooseHeader } from "./header.js";
import { readTable } from "./read-table.js";

const bytes = (text: string) => new TextEncoder().encode(text);

async function rowsOf(text: string) {
  const table = readTable(bytes(text), { fileName: "登记.csv" });
  const info = await table.info();
  const rows: [number, ...string[]][] = [];
  for await (const r of table) rows.push([r.row, ...r.cells]);
  return { info, rows };
}

async function results(text: string): Promise<{ out: RowResult[]; notes: string[] }> {
  const run = importRecords(bytes(text), { entity: "resident", fileName: "登记.csv" });
  const out: RowResult[] = [];
  for await (const r of run) out.push(r);
  return { out, notes: (await run.summary()).mapping.notes.map((n) => n.code) };
}

describe("rows above the header that are records", () => {
  it("an HXL hashtag row under records: the records are read, none taken as the header", async () => {
    // Two tables joined: the second brought its hashtags. Before, 张三 and 李四 vanished as
    // "titles" and 李四's phone became a column name.
    const text =
      "姓名,手机号\n张三,13800138000\n李四,13900139000\n#beneficiary+name,#contact+phone\n王五,13700137000\n";
    expect(
      chooseHeader(
        text
          .trim()
          .split("\n")
          .map((l) => l.split(",")),
      ),
    ).toEqual({
      header: -1,
      hashtags: 3,
      data: 4,
    });
    const { info, rows } = await rowsOf(text);
    expect(info.headers).toEqual(["", ""]);
    expect(info.hashtags).toEqual(["#beneficiary+name", "#contact+phone"]);
    expect(info.titleRows.map((r) => r.row)).toEqual([1]);
    expect(info.dataAbove).toEqual([2, 3]);
    expect(rows).toEqual([
      [2, "张三", "13800138000"],
      [3, "李四", "13900139000"],
      [5, "王五", "13700137000"],
    ]);
    const { out, notes } = await results(text);
    expect(out.map((r) => (r.kind === "record" ? r.record.name : r.kind))).toEqual([
      "张三",
      "李四",
      "王五",
    ]);
    expect(notes).toContain("header.dataAbove");
  });

  it("a record above the header is read under it and said so, in zh-CN and en", async () => {
    const run = importRecords(bytes("张三,13800138000\n姓名,手机号\n李四,13900139000\n"), {
      entity: "resident",
      fileName: "登记.csv",
    });
    const names: unknown[] = [];
    for await (const r of run) if (r.kind === "record") names.push(r.record.name);
    expect(names).toEqual(["张三", "李四"]);
    const note = (await run.summary()).mapping.notes.find((n) => n.code === "header.dataAbove");
    expect(note?.message.en).toBe(
      "登记.csv: row 1 above the header (row 2) holds personal data such as an ID number or a phone, like the records below it; expected only titles above the header, so it was read as records under that header rather than skipped: check it",
    );
    expect(note?.message["zh-CN"]).toContain("表头（第 2 行）上方的第 1 行");
  });

  it("titles stay titles: a merged title, and a line of who filled the form in with a phone", async () => {
    const text =
      "某社区居民登记表\n填报人,赵敏,电话,13800138000\n姓名,性别,手机号,楼栋,单元,房号\n王伟,男,13900139000,3,2,301\n";
    const { info, rows } = await rowsOf(text);
    expect(info.headerRow).toBe(3);
    expect(info.titleRows.map((r) => r.row)).toEqual([1, 2]);
    expect(info.dataAbove).toBeUndefined();
    expect(rows.map((r) => r[0])).toEqual([4]);
  });
});
