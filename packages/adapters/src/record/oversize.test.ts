// A cell over the cell limit (Excel's 32,767 characters) is withheld, not its row: the person
// is kept with the rest of the row, each such cell reported with its true size, in every
// reader (CSV row by row and in pieces, XLSX, JSON, NDJSON).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importRecords, importRecordsWith } from "../import/import-records.js";
import { parallelProcessor } from "../import/parallel.js";
import { sourceHead } from "../table/open.js";
import type { ImportLimits } from "../types.js";
import { writeXlsx } from "../xlsx/write.js";
import type { RowResult } from "./build.js";

type Kept = Extract<RowResult, { kind: "record" }>;
type Rejected = Extract<RowResult, { kind: "rejected" }>;

const limits: ImportLimits = { cellChars: 12 };

async function results(
  bytes: Uint8Array,
  fileName: string,
  more: { limits?: ImportLimits; pieces?: number } = {},
): Promise<RowResult[]> {
  const options = { entity: "resident" as const, fileName, limits: more.limits ?? limits };
  const run = more.pieces
    ? importRecordsWith(
        inChunks(bytes, 100),
        options,
        parallelProcessor({ inline: true, pieceChars: more.pieces }),
      )
    : importRecords(inChunks(bytes, 100), options);
  const out: RowResult[] = [];
  for await (const r of run) out.push(r);
  return out;
}

/** The bytes as a stream brings them: what follows the first chunks is read in pieces. */
function inChunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    },
  };
}

const csv = (text: string) => new TextEncoder().encode(text);
const long = (n: number, c = "长") => c.repeat(n);

/** Two people: 王伟 with two cells over the limit, 李娜 whose name is over it. */
const TABLE = [
  ["姓名", "手机号", "备注", "附件"],
  ["王伟", "13800138000", long(25), long(14, "x")],
  [long(13), "", "独居", ""],
  ["张三", "13912345678", "好", "3"],
];

function expectWithheld(out: RowResult[], file: string, first = 2): void {
  expect(out.map((r) => r.kind)).toEqual(["record", "rejected", "record"]);
  const kept = out[0] as Kept;
  expect(kept.record).toMatchObject({ name: "王伟", phones: [{ number: "13800138000" }] });
  expect((kept.record as { notes?: string }).notes).toBeUndefined();
  expect((kept.record as { extra?: unknown }).extra).toBeUndefined();
  const held = kept.warnings.filter((w) => w.code === "limit.cell");
  expect(held.map((w) => [w.row, w.column, w.field, w.severity])).toEqual([
    [first, "备注", "notes", "withheld"],
    [first, "附件", undefined, "withheld"],
  ]);
  expect(held[0]!.message.en).toBe(
    `${file}, row ${first}, column “备注”: withheld, the rest of the row kept: the cell holds 25 characters, more than the limit of 12 (a spreadsheet cell holds at most 32,767); expected a shorter text: shorten it, or keep the long text in a document of its own`,
  );
  expect(held[0]!.message["zh-CN"]).toBe(
    `${file} 第 ${first} 行「备注」列：暂缓录入（该行其余内容已保留）：单元格有 25 个字符，超过上限 12 个（电子表格的单元格最多 32,767 个字符）；应为较短的文字：请缩短内容，或把长文本另存为单独的文档`,
  );
  expect(held[1]!.message.en).toContain("holds 14 characters, more than the limit of 12");
  const meta = (kept.record as { meta: { withheld?: unknown[] } }).meta;
  expect(meta.withheld).toEqual([
    { column: "备注", field: "notes", value: long(12), code: "limit.cell" },
    { column: "附件", value: long(12, "x"), code: "limit.cell" },
  ]);
  // The name was the cell over the limit: nothing identifies the row, which is rejected.
  const rejected = out[1] as Rejected;
  expect(rejected.issues[0]).toMatchObject({
    row: first + 1,
    column: "姓名",
    field: "name",
    code: "limit.cell",
    severity: "error",
  });
  expect(rejected.issues[0]!.message.en).toBe(
    `${file}, row ${first + 1}, column “姓名”: the cell holds 13 characters, more than the limit of 12 (a spreadsheet cell holds at most 32,767); expected a shorter text: shorten it, or keep the long text in a document of its own`,
  );
  expect(rejected.issues.length).toBeGreaterThan(1);
  expect(rejected.raw.备注).toBe("独居");
  expect((out[2] as Kept).record).toMatchObject({ name: "张三", notes: "好" });
}

const asCsv = (rows: string[][]) => `${rows.map((r) => r.join(",")).join("\n")}\n`;

describe("a cell over the limit is withheld, not its row", () => {
  it("CSV, row by row: the person kept, every cell over the limit reported", async () => {
    expectWithheld(await results(csv(asCsv(TABLE)), "名单.csv"), "名单.csv");
    // Quoted cells (read character by character rather than as a whole line) too.
    const quoted = asCsv(TABLE.map((r) => r.map((c) => `"${c}"`)));
    expectWithheld(await results(csv(quoted), "名单.csv"), "名单.csv");
  });

  it("XLSX", async () => {
    expectWithheld(
      await results(writeXlsx([{ name: "居民", rows: TABLE }]), "名单.xlsx"),
      "名单.xlsx",
    );
  });

  it("JSON and NDJSON", async () => {
    const objects = TABLE.slice(1).map((r) =>
      Object.fromEntries(TABLE[0]!.map((h, i) => [h, r[i]!]).filter(([, v]) => v !== "")),
    );
    expectWithheld(await results(csv(JSON.stringify(objects)), "名单.json"), "名单.json", 1);
    const lines = objects.map((o) => JSON.stringify(o)).join("\n");
    expectWithheld(await results(csv(lines), "名单.ndjson"), "名单.ndjson", 1);
  });

  it("a default-size limit: a 40,000-character note is withheld, kept only up to 32,767", async () => {
    const out = await results(csv(`姓名,备注\n王伟,${long(40_000, "y")}\n`), "a.csv", {
      limits: {},
    });
    const kept = out[0] as Kept;
    expect(kept.kind).toBe("record");
    expect(kept.warnings[0]).toMatchObject({ code: "limit.cell", column: "备注" });
    expect(kept.warnings[0]!.message.en).toContain(
      "holds 40000 characters, more than the limit of 32767",
    );
    expect(kept.warnings[0]!.value).toHaveLength(32_767);
  });
});

describe("a cell over the limit in pieces (CSV read in parallel)", () => {
  const fileHead = sourceHead.bytes;
  beforeAll(() => {
    sourceHead.bytes = 256;
  });
  afterAll(() => {
    sourceHead.bytes = fileHead;
  });

  it("gives the very results of reading row by row, in every piece", async () => {
    const good = "赵六,13700137000,好,1\n".repeat(40);
    const text = asCsv(TABLE) + good + asCsv(TABLE.slice(1)) + good + asCsv(TABLE.slice(1));
    const serial = await results(csv(text), "名单.csv");
    for (const pieces of [64, 300, 5000]) {
      const parallel = await results(csv(text), "名单.csv", { pieces });
      expect(parallel).toStrictEqual(serial);
    }
    // The rows after the head were read in pieces: each copy of the table as the first.
    const copies = serial.filter((r) => r.kind === "record" && r.warnings.length > 0);
    expect(copies.map((r) => r.row)).toEqual([2, 45, 88]);
    expectWithheld(serial.slice(86, 89), "名单.csv", 88);
  });
});
