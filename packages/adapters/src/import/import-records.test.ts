import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { SCHEMA_VERSION } from "@linli/core";
import { describe, expect, it } from "vitest";
import { writeCsv } from "../csv/write.js";
import { ImportError } from "../errors.js";
import { importFile as importPath } from "../node.js";
import { writeXlsx } from "../xlsx/write.js";
import { importFile } from "./import-file.js";
import { importRecords } from "./import-records.js";

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const bytes = (name: string) => readFileSync(fixture(name));
const csv = (text: string) => new TextEncoder().encode(text);
const accounted = (s: {
  rowsRead: number;
  accepted: number;
  rejected: number;
  emptySkipped: number;
}) => expect(s.rowsRead).toBe(s.accepted + s.rejected + s.emptySkipped);

describe("importFile on real-shaped registers", () => {
  it("GB18030 CSV from Excel: title row, full-width digits, compound addresses, totals and notes", async () => {
    const r = await importPath(fixture("gb18030-register.csv"), { entity: "resident" });
    accounted(r.summary);
    expect(r.summary).toMatchObject({
      file: "gb18030-register.csv",
      rowsRead: 7,
      accepted: 4,
      rejected: 0,
      emptySkipped: 3,
    });
    const [wang, li, zhang, liu] = r.records;
    expect(wang!.name).toBe("王伟");
    expect(wang!.phones).toEqual([{ number: "13800138000", kind: "mobile" }]);
    expect(wang!.address).toMatchObject({
      compound: "绿地世纪城",
      building: "3",
      unit: "2",
      floor: "3",
      room: "301",
    });
    expect(wang!.vulnerabilities).toEqual(["elderly-living-alone"]);
    expect(wang!.notes).toBe("行动不便，需送药");
    expect(li!.identifiers).toEqual([{ scheme: "cn-citizen-id", value: "610113197512120026" }]);
    expect(li!.phones).toEqual([{ number: "13912345678", kind: "mobile" }]);
    expect(li!.address).toMatchObject({
      community: "丈八社区",
      building: "5",
      unit: "1",
      room: "1502",
    });
    expect(zhang!.vulnerabilities).toEqual(["disabled", "low-income"]);
    expect(zhang!.residencyType).toBe("resident");
    expect(liu!.address).toBeUndefined();
    // The ID with a wrong check character is kept, with a warning naming the cell.
    const w = r.issues.find((i) => i.code === "citizenId.checksum")!;
    expect(w).toMatchObject({
      file: "gb18030-register.csv",
      row: 5,
      column: "身份证号码",
      field: "citizenId",
      severity: "warning",
      value: "110105194912310021",
    });
    expect(w.message["zh-CN"]).toMatch(/^gb18030-register\.csv 第 5 行「身份证号码」列：/);
    expect(w.message.en).toMatch(/^gb18030-register\.csv, row 5, column “身份证号码”: /);
    expect(r.summary.mapping.columns.find((c) => c.header === "现住址")?.split).toContain(
      "address.room",
    );
  });

  it("UTF-16 text with and without a BOM", async () => {
    const le = await importPath(fixture("utf16le-unicode-text.txt"), { entity: "resident" });
    expect(
      le.records.map((r) => [r.name, r.birthDate, (r.phones as { number: string }[])[0]!.number]),
    ).toEqual([
      ["陈静", "1988-03-02", "13700137000"],
      ["黄磊", "1990-10-01", "+85291234567"],
    ]);
    const be = await importFile(bytes("utf16be-no-bom.csv"), {
      entity: "resident",
      fileName: "be.csv",
    });
    expect(be.records.map((r) => r.name)).toEqual(["周杰"]);
  });

  it("问卷星 export: submission metadata, numbered questions, ┋ multi-select, skipped answers", async () => {
    const r = await importFile(bytes("wjx-export.csv"), {
      entity: "resident",
      fileName: "wjx-export.csv",
    });
    expect(r.mapping.preset).toBe("wjx");
    const [a, b] = r.records;
    expect(a!.meta.submission).toEqual({
      id: "1",
      at: "2022-01-05T14:30:21+08:00",
      duration: "125秒",
      channel: "微信",
      ip: "113.200.1.1(陕西-西安)",
    });
    expect(a!.vulnerabilities).toEqual(["elderly-living-alone", "chronic-illness"]);
    expect(a!.notes).toBeUndefined();
    expect(b!.notes).toBe("需要叶酸");
    expect(a!.extra).toEqual([{ header: "来源详情", value: "N/A" }]);
  });

  it("金数据 export: submitter and times to metadata, comma-joined choices", async () => {
    const r = await importFile(bytes("jinshuju-export.xlsx"), {
      entity: "resident",
      fileName: "jinshuju-export.xlsx",
    });
    expect(r.mapping.preset).toBe("jinshuju");
    expect(r.summary.sheet).toBe("表单数据");
    const [a, b] = r.records;
    expect(a!.meta.submission).toEqual({
      id: "1",
      by: "赵敏",
      at: "2022-01-06T09:15:00+08:00",
      updatedAt: "2022-01-06T10:00:00+08:00",
      ip: "36.46.1.1",
    });
    expect(a!.vulnerabilities).toEqual(["elderly-80-plus", "elderly-living-alone"]);
    expect(a!.extra).toEqual([{ header: "微信昵称", value: "阿敏" }]);
    expect(b!.meta.submission?.by).toBe("网格员小王");
  });

  it("XLSX with IDs typed as numbers: damaged ones withheld as such, intact ones kept exactly", async () => {
    const r = await importFile(bytes("excel-numeric-ids.xlsx"), {
      entity: "resident",
      fileName: "ids.xlsx",
    });
    accounted(r.summary);
    expect(r.summary).toMatchObject({
      sheet: "居民",
      rowsRead: 4,
      accepted: 3,
      withheldRows: 1,
      withheldCells: 1,
      rejected: 0,
      emptySkipped: 1,
    });
    // The person is kept; only the damaged ID is withheld, its text kept with its column.
    const [wang, li, zhang] = r.records;
    expect(wang!.name).toBe("王伟");
    expect(wang!.identifiers).toBeUndefined();
    expect(wang!.meta.withheld).toEqual([
      {
        column: "身份证号",
        field: "citizenId",
        value: "6.1011319800101101E+17",
        code: "citizenId.scientificNotation",
      },
    ]);
    const held = r.issues.find((i) => i.severity === "withheld")!;
    expect(held).toMatchObject({
      row: 3,
      code: "citizenId.scientificNotation",
      column: "身份证号",
      field: "citizenId",
      sheet: "居民",
      value: "6.1011319800101101E+17",
    });
    expect(held.message["zh-CN"]).toMatch(
      /^ids\.xlsx「居民」表 第 3 行「身份证号」列：暂缓录入（该行其余内容已保留）：/,
    );
    // A 15-digit legacy ID stored as a number is exact, and upgraded with a warning.
    expect(li!.identifiers?.[0]?.value).toBe("610113197512120026");
    // Marked, so that linkage compares it as written: its check character was computed.
    expect(li!.identifiers?.[0]).toMatchObject({ upgraded: true });
    expect(zhang!.identifiers?.[0]).not.toHaveProperty("upgraded");
    expect(r.issues.some((i) => i.code === "citizenId.legacyUpgraded" && i.row === 4)).toBe(true);
    expect(li!.phones?.[0]?.number).toBe("13912345678");
    expect(li!.birthDate).toBe("1975-12-12");
    expect(zhang!.birthDate).toBe("1949-12-31");
    expect(zhang!.phones?.[0]?.number).toBe("02988886666");
  });

  it("imports every visible sheet with sheet: 'all'", async () => {
    const r = await importFile(bytes("excel-numeric-ids.xlsx"), {
      entity: "resident",
      fileName: "ids.xlsx",
      sheet: "all",
    });
    expect(r.summary.sheets?.map((s) => s.sheet)).toEqual(["居民", "说明"]);
    accounted(r.summary);
  });
});

describe("importRecords", () => {
  it("gives each row a result and accounts for every row", async () => {
    const run = importRecords(
      csv(
        "姓名,性别,电话,出生日期\n王伟,男,13800138000,1985-03-02\n,,,\n李娜,外星,13800138000,1985-02-30\n,外星,13800138000,\n",
      ),
      {
        entity: "resident",
        fileName: "a.csv",
      },
    );
    expect(run.mapping).toBeUndefined();
    const mapping = await run.ready();
    expect(mapping.columns.map((c) => c.field)).toEqual(["name", "gender", "phone", "birthDate"]);
    const kinds: string[] = [];
    for await (const r of run) {
      kinds.push(`${r.row}:${r.kind}`);
      if (r.row === 4 && r.kind === "record") {
        expect(r.warnings.map((i) => [i.code, i.column, i.severity])).toEqual([
          ["cell.enum", "性别", "withheld"],
          ["date.invalid", "出生日期", "withheld"],
        ]);
        expect(r.record.meta.withheld).toEqual([
          { column: "性别", field: "gender", value: "外星", code: "cell.enum" },
          { column: "出生日期", field: "birthDate", value: "1985-02-30", code: "date.invalid" },
        ]);
        expect(r.record.phones).toEqual([{ number: "13800138000", kind: "mobile" }]);
      }
      if (r.kind === "rejected") {
        expect(r.issues.map((i) => [i.code, i.column])).toEqual([
          ["cell.enum", "性别"],
          ["record.identity", undefined],
        ]);
        expect(r.raw).toEqual({ 姓名: "", 性别: "外星", 电话: "13800138000", 出生日期: "" });
      }
    }
    expect(kinds).toEqual(["2:record", "3:empty", "4:record", "5:rejected"]);
    expect(await run.summary()).toMatchObject({
      rowsRead: 4,
      accepted: 2,
      withheldRows: 1,
      withheldCells: 2,
      rejected: 1,
      emptySkipped: 1,
    });
    expect(run.mapping).toBe(mapping);
  });

  it("sets meta: stable id from file and row, schema version, source", async () => {
    const data = csv("姓名\n王伟\n李娜\n");
    const a = await importFile(data, { entity: "resident", fileName: "a.csv" });
    const b = await importFile(data, { entity: "resident", fileName: "a.csv" });
    const c = await importFile(data, { entity: "resident", fileName: "b.csv", source: "丈八社区" });
    const ids = a.records.map((r) => (r.meta as { id: string }).id);
    expect(ids).toEqual(b.records.map((r) => (r.meta as { id: string }).id));
    expect(new Set([...ids, ...c.records.map((r) => (r.meta as { id: string }).id)]).size).toBe(4);
    expect(a.records[0]!.meta).toMatchObject({ schemaVersion: SCHEMA_VERSION, source: "a.csv" });
    expect(c.records[0]!.meta).toMatchObject({ source: "丈八社区" });
    const withId = await importFile(csv("记录编号,姓名\nR-7,王伟\n"), {
      entity: "resident",
      fileName: "a.csv",
    });
    expect((withId.records[0]!.meta as { id: string }).id).toBe("R-7");
  });

  it("keeps unmapped columns in extra, __proto__ and constructor headers included, without pollution", async () => {
    const r = await importFile(
      csv("姓名,__proto__,constructor,楼长,,楼长\n王伟,x,y,张三,z,李四\n,,,,,\n李娜,bad\n"),
      {
        entity: "resident",
        fileName: "a.csv",
      },
    );
    expect(r.records[0]!.extra).toEqual([
      { header: "__proto__", value: "x" },
      { header: "constructor", value: "y" },
      { header: "楼长", value: "张三" },
      { header: "E", value: "z" },
      { header: "楼长", value: "李四" },
    ]);
    expect(Object.getPrototypeOf(r.records[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("reports the raw cells of rejected rows under every header, safely", async () => {
    const r = await importFile(csv("姓名,__proto__,电话,电话\n,x,abc,1\n"), {
      entity: "resident",
      fileName: "a.csv",
      preset: "none",
    });
    const raw = r.rejected[0]!.raw;
    expect(Object.keys(raw)).toEqual(["姓名", "__proto__", "电话", "电话 (2)"]);
    expect(Object.getOwnPropertyDescriptor(raw, "__proto__")?.value).toBe("x");
  });

  it("rejects malformed rows (unclosed quotes) but reads the rest", async () => {
    const r = await importFile(csv('姓名,备注\n王伟,"unclosed\n李娜,ok\n'), {
      entity: "resident",
      fileName: "q.csv",
    });
    expect(r.rejected[0]!.issues[0]).toMatchObject({ code: "csv.unclosedQuote", row: 2 });
    expect(r.records.map((x) => x.name)).toEqual(["李娜"]);
    accounted(r.summary);
  });

  it("notes when no column gives what identifies a row", async () => {
    const r = await importFile(csv("电话\n13800138000\n"), {
      entity: "resident",
      fileName: "a.csv",
    });
    expect(r.mapping.notes.map((n) => n.code)).toContain("mapping.identity");
    expect(r.mapping.notes[0]!.message["zh-CN"]).toBe(
      "a.csv：没有任何列提供姓名、身份证号、护照号、港澳通行证号、台胞证号、外国人永久居留证号等可识别每一行的信息；所有行都将被拒绝",
    );
    expect(r.rejected[0]!.issues[0]!.code).toBe("record.identity");
    const shift = await importFile(csv("地点,开始时间\n小区东门,2022-01-05 08:00\n"), {
      entity: "shift",
      fileName: "b.csv",
    });
    expect(shift.mapping.notes.map((n) => n.code)).toContain("mapping.required");
  });

  it("validates saved mappings", () => {
    expect(() =>
      importRecords(csv("a\n"), {
        entity: "resident",
        mapping: { entity: "resident", columns: { a: "nope" } },
      }),
    ).toThrow(/nope/);
    expect(() =>
      importRecords(csv("a\n"), {
        entity: "resident",
        mapping: { entity: "volunteer", columns: {} },
      }),
    ).toThrow(ImportError);
  });

  it("reads File, Blob, ReadableStream, async iterables and Node streams", async () => {
    const text = "姓名\n王伟\n";
    const file = new File([text], "居民.csv");
    expect((await importFile(file, { entity: "resident" })).summary.file).toBe("居民.csv");
    expect((await importFile(new Blob([text]), { entity: "resident" })).records).toHaveLength(1);
    expect(
      (await importFile(new Blob([text]).stream(), { entity: "resident" })).records,
    ).toHaveLength(1);
    async function* gen() {
      yield csv("姓名\n王");
      yield csv("伟\n");
    }
    expect((await importFile(gen(), { entity: "resident" })).records[0]!.name).toBe("王伟");
    expect(
      (await importPath(Readable.from([Buffer.from(text)]), { entity: "resident" })).records,
    ).toHaveLength(1);
    expect(
      (await importFile(csv(text).buffer as ArrayBuffer, { entity: "resident" })).records,
    ).toHaveLength(1);
  });

  it("summary() runs the import when nothing iterates, and an import iterates once", async () => {
    const run = importRecords(csv("姓名\n王伟\n"), { entity: "resident" });
    expect((await run.summary()).accepted).toBe(1);
    expect(() => run[Symbol.asyncIterator]()).toThrow(/once/);
  });

  it("a failing file rejects both the iteration and summary()", async () => {
    const run = importRecords(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), {
      entity: "resident",
      fileName: "x.pdf",
    });
    await expect(run.summary()).rejects.toMatchObject({ code: "source.binary" });
  });

  it("round-trips its own CSV and XLSX writers", async () => {
    const rows = [
      ["姓名", "身份证号", "联系电话"],
      ["王伟", "11010519491231002X", "13800138000"],
    ];
    for (const [name, data] of [
      ["a.csv", writeCsv(rows, { encoding: "gb18030" })],
      ["a.xlsx", writeXlsx([{ name: "s", rows }])],
    ] as const) {
      const r = await importFile(data, { entity: "resident", fileName: name });
      expect(r.records[0]).toMatchObject({
        name: "王伟",
        identifiers: [{ value: "11010519491231002X" }],
        phones: [{ number: "13800138000" }],
      });
    }
  });
});

describe("importFile on other formats and hostile input", () => {
  it("imports JSON objects, NDJSON and HXL-tagged CSV", async () => {
    const json = await importFile(
      csv('[{"姓名":"王伟","电话":"13800138000"},{"姓名":"李娜","楼长":"张三"}]'),
      {
        entity: "resident",
        fileName: "a.json",
      },
    );
    expect(json.records.map((r) => [r.name, r.extra])).toEqual([
      ["王伟", undefined],
      ["李娜", [{ header: "楼长", value: "张三" }]],
    ]);
    expect(json.records.map((r) => (r.meta as { id: string }).id.endsWith("-1"))).toEqual([
      true,
      false,
    ]);
    const nd = await importFile(csv('{"姓名":"王伟"}\n{"姓名":"李娜","性别":"女"}\nnot json\n'), {
      entity: "resident",
      fileName: "a.ndjson",
    });
    expect(nd.records.map((r) => [r.name, r.gender])).toEqual([
      ["王伟", undefined],
      ["李娜", "female"],
    ]);
    expect(nd.rejected[0]!.issues[0]!.code).toBe("ndjson.line");
    const hxl = await importFile(
      csv(
        "Who,Tel,Where\n#beneficiary+name,#contact+phone,#loc+address\n王伟,13800138000,绿地世纪城3号楼2单元301\n",
      ),
      {
        entity: "resident",
        fileName: "hxl.csv",
      },
    );
    expect(hxl.mapping.columns.map((c) => [c.field, c.reason])).toEqual([
      ["name", "hxl"],
      ["phone", "hxl"],
      ["address.line", "hxl"],
    ]);
    expect(hxl.records[0]!.address).toMatchObject({ building: "3", unit: "2", room: "301" });
  });

  it("refuses undecodable text in a stated encoding, and oversized input", async () => {
    const gb = writeCsv([["姓名"], ["王伟"]], { encoding: "gb18030" });
    await expect(
      importFile(gb, { entity: "resident", fileName: "gb.csv", encoding: "utf-8" }),
    ).rejects.toMatchObject({
      code: "encoding.undecodable",
    });
    await expect(
      importFile(gb, { entity: "resident", fileName: "gb.csv", encoding: "koi8" }),
    ).rejects.toMatchObject({
      code: "encoding.unknown",
    });
    const xlsx = writeXlsx([{ name: "a", rows: [["姓名"], ["王伟"]] }]);
    await expect(
      importFile(xlsx, { entity: "resident", fileName: "a.xlsx", limits: { bytes: 100 } }),
    ).rejects.toMatchObject({
      code: "limit.bytes",
    });
  });
});
