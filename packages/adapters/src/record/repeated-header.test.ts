import { describe, expect, it, onTestFinished } from "vitest";
import { importRecords, importRecordsWith } from "../import/import-records.js";
import { parallelProcessor } from "../import/parallel.js";
import { sourceHead } from "../table/open.js";
import type { RowResult } from "./build.js";

const bytes = (text: string) => new TextEncoder().encode(text);

async function results(text: string, inPieces = false): Promise<RowResult[]> {
  const options = { entity: "resident" as const, fileName: "合并.csv" };
  // In pieces: the text arrives in chunks, so that the rows after the head are cut into pieces,
  // built apart and sent back compactly (an accepted row as its values only).
  const chunks = async function* () {
    const b = bytes(text);
    for (let i = 0; i < b.length; i += 40) yield b.subarray(i, i + 40);
  };
  let pieces = 0;
  const parallel = parallelProcessor({ inline: true, pieceChars: 1, onPiece: () => pieces++ });
  const run = inPieces
    ? importRecordsWith(chunks(), options, parallel)
    : importRecords(bytes(text), options);
  const out: RowResult[] = [];
  for await (const r of run) out.push(r);
  if (inPieces && pieces === 0) throw new Error("expected the rows to be read in pieces");
  return out;
}

const kinds = (out: RowResult[]) =>
  out.map((r) =>
    r.kind === "record" ? r.record.name : r.kind === "rejected" ? r.issues[0]!.code : r.kind,
  );

describe("a header repeated among the rows (files joined one after another)", () => {
  it("is not a person named 姓名: the row is rejected as a header, in zh-CN and en", async () => {
    // Before, "姓名" was accepted as a name, and "备注" as that person's note.
    const out = await results("姓名,备注\n张三,一楼\n姓名,备注\n李四,二楼\n");
    expect(kinds(out)).toEqual(["张三", "header.repeated", "李四"]);
    const rejected = out[1] as Extract<RowResult, { kind: "rejected" }>;
    expect(rejected.row).toBe(3);
    expect(rejected.raw).toEqual({ 姓名: "姓名", 备注: "备注" });
    expect(rejected.issues[0]!.message).toEqual({
      "zh-CN":
        "合并.csv 第 3 行：这一行重复了表头的列名，应为一条记录；已略去。多个文件首尾相接时每个文件都带着表头，请删去这一行",
      en: "合并.csv, row 3: the row repeats the column names of the header; expected a record. It was left out: files joined one after another each bring their header, delete this row",
    });
  });

  it("is told apart the same way when the file is read in pieces", async () => {
    // A small head, so that the rows after it are read in pieces and sent back compactly.
    const head = sourceHead.bytes;
    sourceHead.bytes = 64;
    onTestFinished(() => {
      sourceHead.bytes = head;
    });
    const text = `姓名,备注\n${"张三,一楼\n".repeat(50)} 姓名 ,备注\n李四,二楼\n`;
    expect(kinds(await results(text, true))).toEqual(kinds(await results(text)));
    expect(kinds(await results(text, true))[50]).toBe("header.repeated");
  });

  it("a repeated hashtag row too; a name that only shares a header cell is a name", async () => {
    const out = await results(
      "姓名,手机号\n#beneficiary+name,#contact+phone\n张三,13800138000\n#beneficiary +name,#contact+phone\n姓名,13900139000\n",
    );
    expect(kinds(out)).toEqual(["张三", "header.repeated", "姓名"]);
  });
});
