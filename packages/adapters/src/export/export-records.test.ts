import type { Resident } from "@linli/core";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { concatBytes } from "../source/bytes.js";
import { quotePrefixStyles, writtenCells } from "../testing/xlsx-cells.js";
import { openWorkbook } from "../xlsx/read.js";
import { exportRecords } from "./export-records.js";
import { xlsxChunks } from "./formats.js";
import { layout } from "./layout.js";

const meta = (id: string) => ({ id, schemaVersion: "0.0.0" });
const residents: Resident[] = [
  {
    meta: meta("r-1"),
    name: "王伟",
    gender: "male",
    birthDate: "1949-12-31",
    identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }],
    phones: [{ number: "13800138000" }],
    address: { compound: "绿地世纪城", building: "3", unit: "2", room: "301" },
    residencyType: "floating",
    vulnerabilities: ["elderly-living-alone", "disabled"],
    notes: '=HYPERLINK("http://x")',
    extra: [{ header: "楼长", value: "张三" }],
  },
  { meta: meta("r-2"), name: "李娜", gender: "female", extra: [{ header: "楼长", value: -5 }] },
];

const text = async (run: ReturnType<typeof exportRecords>) =>
  new TextDecoder().decode(await run.bytes());
const csvLines = (t: string) => t.replace(/^\ufeff/, "").split("\r\n");

function deepFreeze<T>(v: T): T {
  if (typeof v === "object" && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

describe("exportRecords: CSV", () => {
  it("writes UTF-8 with a BOM, headers and choices in the chosen language", async () => {
    const run = exportRecords(residents, {
      entity: "resident",
      format: "csv",
      columns: ["name", "gender", "citizenId", "vulnerabilities", "residencyType"],
      extraHeaders: ["楼长"],
    });
    const bytes = await run.bytes();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvLines(new TextDecoder().decode(bytes))).toEqual([
      "姓名,性别,身份证号,特殊人群,人员类型,楼长",
      "王伟,男,11010519491231002X,独居老人、残疾人,流动人口,张三",
      "李娜,女,,,,-5",
      "",
    ]);
    expect(run.mediaType).toBe("text/csv; charset=utf-8");
    const en = await text(
      exportRecords(residents, {
        entity: "resident",
        format: "csv",
        lang: "en",
        values: "code",
        columns: ["name", "gender"],
      }),
    );
    // Chosen columns are exactly those: no unmapped source column unless named.
    expect(csvLines(en).slice(0, 2)).toEqual(["Name,Gender", "王伟,male"]);
  });

  it("writes GB18030 without a BOM and another delimiter on request", async () => {
    const bytes = await exportRecords(residents, {
      entity: "resident",
      format: "csv",
      encoding: "gb18030",
      delimiter: ";",
      columns: ["name", "gender"],
    }).bytes();
    expect([...bytes.slice(0, 2)]).toEqual([0xd0, 0xd5]); // 姓, no BOM
    expect(new TextDecoder("gb18030").decode(bytes).split("\r\n")[1]).toBe("王伟;男");
  });

  it("puts an apostrophe before text a spreadsheet would run, never before numbers", async () => {
    const t = await text(
      exportRecords(residents, {
        entity: "resident",
        format: "csv",
        columns: ["name", "notes"],
        extraHeaders: ["楼长"],
      }),
    );
    expect(csvLines(t)[1]).toBe(`王伟,"'=HYPERLINK(""http://x"")",张三`);
    expect(csvLines(t)[2]).toBe("李娜,,-5");
  });
});

describe("exportRecords: XLSX", () => {
  it("freezes the header, adds filters and widths, keeps IDs as text and dates as dates", async () => {
    const run = exportRecords(residents, {
      entity: "resident",
      format: "xlsx",
      columns: ["name", "birthDate", "citizenId", "phone"],
    });
    const bytes = await run.bytes();
    const files = unzipSync(bytes);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    const styles = strFromU8(files["xl/styles.xml"]!);
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).toContain('<autoFilter ref="A1:D3"/>');
    // Column C (citizen ID) and D (phone): text format for what people type in later too.
    const xfs = [...styles.matchAll(/<xf [^>]*numFmtId="(\d+)"[^>]*xfId="0"/g)].map((m) => m[1]);
    const colStyle = (n: number) =>
      Number(new RegExp(`<col min="${n}" max="${n}"[^>]* style="(\\d+)"`).exec(sheet)?.[1]);
    expect(xfs[colStyle(3)]).toBe("49");
    expect(xfs[colStyle(4)]).toBe("49");
    // B2 holds a serial date (1949-12-31 is 18263) in a yyyy-mm-dd cell.
    const b2 = writtenCells(bytes).get("B2")!;
    expect([b2.t, b2.v]).toEqual([undefined, "18263"]);
    expect(xfs[b2.s]).toMatch(/^16\d$/);
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
    const wb = openWorkbook(bytes, "r.xlsx", {});
    const rows = [...wb.rows(wb.sheets[0]!)].map((r) => r.cells);
    expect(rows[0]).toEqual(["姓名", "出生日期", "身份证号", "联系电话"]);
    expect(rows[1]).toEqual(["王伟", "1949-12-31", "11010519491231002X", "13800138000"]);
    expect((await run.summary()).sheets).toEqual(["居民"]);
  });

  it("marks formula-like text as quoted text and writes no formula", async () => {
    const bytes = await exportRecords(residents, {
      entity: "resident",
      format: "xlsx",
      columns: ["name", "notes"],
    }).bytes();
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(sheet).not.toContain("<f>");
    const b2 = writtenCells(bytes).get("B2")!;
    expect(b2.text).toBe('=HYPERLINK("http://x")');
    expect(quotePrefixStyles(bytes)[b2.s]).toBe(true);
    expect(quotePrefixStyles(bytes)[writtenCells(bytes).get("A2")!.s]).toBe(false);
  });

  it("continues on a new sheet when one is full", async () => {
    const table = layout({
      entity: "resident",
      lang: "zh-CN",
      values: "label",
      serialDates: true,
      columns: ["name"],
      extraHeaders: [],
    });
    async function* batches() {
      yield [residents[0], residents[1], residents[0], residents[1]];
    }
    const progress = { count: 0, bytes: 0, sheets: [] as string[], notes: [] as never[] };
    const parts: Uint8Array[] = [];
    for await (const c of xlsxChunks(
      batches(),
      table,
      { sheetName: "居民", level: 1, maxRows: 3 },
      progress,
    ))
      parts.push(c);
    const wb = openWorkbook(concatBytes(parts), "s.xlsx", {});
    expect(wb.sheets.map((s) => s.name)).toEqual(["居民", "居民(2)"]);
    expect([...wb.rows(wb.sheets[1]!)].map((r) => r.cells)).toEqual([["姓名"], ["王伟"], ["李娜"]]);
    expect(progress.notes.map((n: { code: string }) => n.code)).toEqual(["export.sheetFull"]);
  });
});

describe("exportRecords: HXL, JSON, NDJSON", () => {
  it("HXL has the label row, then the hashtag row", async () => {
    const t = await text(
      exportRecords(residents, {
        entity: "resident",
        format: "hxl",
        lang: "en",
        columns: ["name", "gender", "address.building"],
      }),
    );
    expect(csvLines(t).slice(0, 3)).toEqual([
      "Name,Gender,Building",
      "#beneficiary+name,#beneficiary+gender,#loc+building",
      "王伟,Male,3",
    ]);
  });

  it("JSON records are the records; a JSON table has every column in every row", async () => {
    expect(
      JSON.parse(await text(exportRecords(residents, { entity: "resident", format: "json" }))),
    ).toEqual(residents);
    const nd = await text(
      exportRecords(residents, {
        entity: "resident",
        format: "ndjson",
        shape: "table",
        columns: ["name", "gender", "birthDate"],
      }),
    );
    expect(
      nd
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { name: "王伟", gender: "male", birthDate: "1949-12-31" },
      { name: "李娜", gender: "female", birthDate: null },
    ]);
    expect(await text(exportRecords([], { entity: "need", format: "json" }))).toBe("[]\n");
  });
});

describe("exportRecords: streaming, profiles, safety", () => {
  it("never changes its input", async () => {
    const frozen = deepFreeze(structuredClone(residents));
    for (const format of ["csv", "xlsx", "json", "ndjson", "hxl"] as const) {
      await exportRecords(frozen, { entity: "resident", format }).bytes();
      await exportRecords(frozen, { entity: "resident", format, profile: "partner-ngo" }).bytes();
    }
    expect(frozen).toEqual(residents);
  });

  it("streams an async source in chunks and counts what it wrote", async () => {
    async function* source() {
      for (let i = 0; i < 5000; i++) yield { meta: meta(`r-${i}`), name: `居民${i}` };
    }
    const run = exportRecords(source(), { entity: "resident", format: "csv", columns: ["name"] });
    const chunks: Uint8Array[] = [];
    for await (const c of run) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(5);
    const s = await run.summary();
    expect(s.count).toBe(5000);
    expect(s.bytes).toBe(chunks.reduce((n, c) => n + c.length, 0));
    await expect(run.bytes()).rejects.toThrow(/consumed once/);
  });

  it("reports extra columns first met after the header; extraHeaders keeps them", async () => {
    const many = () =>
      (async function* () {
        for (let i = 0; i < 1001; i++)
          yield {
            meta: meta(`r-${i}`),
            name: "王伟",
            ...(i === 1000 ? { extra: [{ header: "网格员", value: "赵六" }] } : {}),
          };
      })();
    const run = exportRecords(many(), { entity: "resident", format: "csv", columns: ["name"] });
    expect(csvLines(await text(run))[0]).toBe("姓名");
    expect((await run.summary()).notes.map((n) => n.code)).toEqual(["export.lateExtra"]);
    const kept = await text(
      exportRecords(many(), {
        entity: "resident",
        format: "csv",
        columns: ["name"],
        extraHeaders: ["网格员"],
      }),
    );
    expect(csvLines(kept)[1001]).toBe("王伟,赵六");
  });

  it("applies a sharing profile: shared headers, masked values, a shared view", async () => {
    const run = exportRecords(residents, {
      entity: "resident",
      format: "csv",
      profile: "partner-ngo",
      columns: ["name", "citizenId", "phone", "birthDate", "address.building", "address.room"],
    });
    const [head, first] = csvLines(await text(run));
    expect(head).not.toContain("身份证号");
    expect(head).not.toContain("房号");
    expect(head).not.toContain("楼长");
    expect(first).toContain("王*");
    expect(first).toContain("138****8000");
    expect(first).not.toContain("11010519491231002X");
    expect((await run.summary()).view).toBe("shared");
    const json = JSON.parse(
      await text(
        exportRecords(residents, { entity: "resident", format: "json", profile: "partner-ngo" }),
      ),
    );
    expect(json[0].name).toBe("王*");
    expect(json[0].identifiers).toBeUndefined();
  });

  it("gives a web stream", async () => {
    const stream = exportRecords(residents, { entity: "resident", format: "ndjson" }).stream();
    const body = await new Response(stream).text();
    expect(body.split("\n")).toHaveLength(3);
  });

  it("refuses an unknown entity, format, encoding or column at once", () => {
    expect(() => exportRecords([], { entity: "person" as "need", format: "csv" })).toThrow(
      /exportRecords: options.entity must be the name of an entity/,
    );
    expect(() => exportRecords([], { entity: "need", format: "xls" as "csv" })).toThrow(RangeError);
    expect(() => exportRecords([], { entity: "need", format: "csv", encoding: "ebcdic" })).toThrow(
      /encoding/,
    );
    expect(() => exportRecords([], { entity: "need", format: "csv", columns: ["nope"] })).toThrow(
      /"nope" is no column of need/,
    );
  });
});
