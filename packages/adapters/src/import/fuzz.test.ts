// Random bytes and mutated CSV, JSON and XLSX: the importer either reads the file, with every
// row accounted for, or refuses it with an ImportError. It never crashes with anything else
// and never hangs (each case runs under the test timeout).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { writeCsv } from "../csv/write.js";
import { ImportError } from "../errors.js";
import { openWorkbook } from "../xlsx/read.js";
import { writeXlsx } from "../xlsx/write.js";
import { importRecords } from "./import-records.js";

async function check(bytes: Uint8Array, fileName: string): Promise<void> {
  const run = importRecords(bytes, {
    entity: "resident",
    fileName,
    limits: { decompressed: 20_000_000, rows: 10_000 },
  });
  let count = 0;
  try {
    for await (const r of run) {
      count++;
      expect(["record", "rejected", "empty"]).toContain(r.kind);
      if (r.kind === "rejected") expect(r.issues.length).toBeGreaterThan(0);
    }
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expect(e.localized["zh-CN"].length).toBeGreaterThan(0);
    expect(e.localized.en).toContain(fileName);
    return;
  }
  const s = await run.summary();
  expect(s.rowsRead).toBe(count);
  expect(s.rowsRead).toBe(s.accepted + s.rejected + s.emptySkipped);
}

type Edit = {
  at: number;
  op: "flip" | "insert" | "delete" | "truncate";
  byte: number;
  len: number;
};
const edits = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom("flip" as const, "insert" as const, "delete" as const, "truncate" as const),
    byte: fc.oneof(
      fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x09, 0x3b, 0x00, 0x3c, 0x3e, 0x26, 0xff, 0xe4, 0x81),
      fc.integer({ min: 0, max: 255 }),
    ),
    len: fc.integer({ min: 1, max: 64 }),
  }),
  { minLength: 1, maxLength: 8 },
);

function mutate(input: Uint8Array, list: Edit[]): Uint8Array {
  let b = Array.from(input);
  for (const e of list) {
    if (b.length === 0) break;
    const at = e.at % b.length;
    if (e.op === "flip") b[at] = e.byte;
    else if (e.op === "insert")
      b = [...b.slice(0, at), ...Array<number>(Math.min(e.len, 4)).fill(e.byte), ...b.slice(at)];
    else if (e.op === "delete") b.splice(at, e.len);
    else b = b.slice(0, at);
  }
  return new Uint8Array(b);
}

const register = [
  ["居民登记表"],
  ["姓名", "性别", "身份证号", "联系电话", "住址", "特殊人群", "备注"],
  [
    "王伟",
    "男",
    "11010519491231002X",
    "13800138000",
    "绿地世纪城3号楼2单元301",
    "独居老人、残疾人",
    '说"好",\n换行',
  ],
  ["李娜", "女", "610113197512120026", "13912345678", "丈八社区5栋1单元1502", "", ""],
  ["合计", "2"],
];
const csvSeeds = [
  writeCsv(register),
  writeCsv(register, { encoding: "gb18030" }),
  writeCsv(register, { encoding: "utf-16le" }),
  new TextEncoder().encode('[{"姓名":"王伟","电话":"13800138000"},{"姓名":"李娜"}]'),
  new TextEncoder().encode('{"姓名":"王伟"}\n{"姓名":"李娜","电话":"139"}\n'),
];
const xlsxSeed = writeXlsx([{ name: "居民", rows: register }]);

describe("fuzz", () => {
  it("survives random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom("x.csv", "x.xlsx", "x.json", "x.bin"),
        async (bytes, name) => {
          await check(bytes, name);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("survives mutated CSV, TSV, JSON and NDJSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...csvSeeds.keys()), edits, async (seed, list) => {
        await check(
          mutate(csvSeeds[seed]!, list),
          seed === 3 ? "x.json" : seed === 4 ? "x.ndjson" : "x.csv",
        );
      }),
      { numRuns: 400 },
    );
  });

  it("survives mutated XLSX bytes (damaged ZIP and deflate data)", async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (list) => {
        await check(mutate(xlsxSeed, list), "x.xlsx");
      }),
      { numRuns: 300 },
    );
  });

  it("survives mutated XML inside a well-formed XLSX", async () => {
    const parts = unzipSync(xlsxSeed);
    const names = Object.keys(parts).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), edits, async (part, list) => {
        const xml = strToU8(strFromU8(mutate(parts[part]!, list), true));
        await check(zipSync({ ...parts, [part]: xml }), "x.xlsx");
      }),
      { numRuns: 300 },
    );
  });

  it("survives mutations of the HXL reference workbook with merged cells", async () => {
    const path = new URL("../../../../fixtures/hxl/test_io/input-merged.xlsx", import.meta.url);
    let seed: Uint8Array;
    try {
      seed = readFileSync(path);
    } catch {
      seed = xlsxSeed;
    }
    const parts = unzipSync(seed);
    await fc.assert(
      fc.asyncProperty(edits, async (list) => {
        const sheet = "xl/worksheets/sheet1.xml";
        await check(zipSync({ ...parts, [sheet]: mutate(parts[sheet]!, list) }), "x.xlsx");
      }),
      { numRuns: 150 },
    );
  });

  it("survives mutated sheet XML read in pieces", async () => {
    const parts = unzipSync(xlsxSeed);
    const sheet = "xl/worksheets/sheet1.xml";
    fc.assert(
      fc.property(edits, (list) => {
        const bytes = zipSync({ ...parts, [sheet]: mutate(parts[sheet]!, list) });
        try {
          const wb = openWorkbook(bytes, "x.xlsx", {}, { streamAbove: 0 });
          for (const r of wb.rows(wb.sheets[0]!)) expect(Array.isArray(r.cells)).toBe(true);
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});
