// The HXL reference library's own I/O test files (libhxl-python tests/files/test_io), read as
// that library expects. They are fixtures of the repository (fixtures/hxl).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { parseHashtag } from "../table/hxl.js";
import { readTable } from "../table/read-table.js";
import type { TableRow } from "../types.js";
import { importFile } from "./import-file.js";

const dir = fileURLToPath(new URL("../../../../fixtures/hxl/test_io/", import.meta.url));

const read = (name: string) => readFileSync(dir + name);
async function table(name: string, options = {}) {
  const t = readTable(read(name), { fileName: name, ...options });
  const info = await t.info();
  const rows: TableRow[] = [];
  for await (const r of t) rows.push(r);
  return { info, rows };
}
const pad = (cells: readonly string[], n: number) => [
  ...cells,
  ...Array<string>(Math.max(0, n - cells.length)).fill(""),
];

describe("HXL reference files (libhxl-python test_io)", () => {
  const expected = JSON.parse(read("output-valid.json").toString("utf8")) as (string | null)[][];
  const [headers = [], hashtags = [], ...data] = expected;
  const width = hashtags.length;

  it.each([
    "input-valid.csv",
    "input-valid.tsv",
    "input-valid.ssv",
    "input-valid.json",
    "input-valid.xlsx",
    "input-valid-latin1.csv",
  ])("%s yields the reference header texts, hashtags and 4 data rows", async (name) => {
    const { info, rows } = await table(name);
    expect(info.headers).toEqual(headers.map((h) => h ?? ""));
    expect(info.hashtags).toEqual(hashtags.map((h) => (h === "" ? null : h)));
    expect(rows.map((r) => pad(r.cells, width))).toEqual(data);
    // libhxl's source_row_number: header rows and the hashtag row come first.
    expect(rows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
  });

  it("detects the Latin-1 file's encoding by itself", async () => {
    expect((await table("input-valid-latin1.csv")).info.encoding).toBe("windows-1252");
  });

  it.each(["input-valid-objects.json", "input-valid-nested.json"])(
    "%s (objects keyed by hashtag) yields the reference hashtags and 4 data rows",
    async (name) => {
      const { info, rows } = await table(name);
      expect(info.hashtags).toEqual(hashtags.map((h) => (h === "" ? null : h)));
      expect(info.headers.every((h) => h === "")).toBe(true);
      expect(rows.map((r) => pad(r.cells, width))).toEqual(data);
    },
  );

  it("parses tags and attributes as the reference library does", async () => {
    const { info } = await table("input-valid.csv");
    const parsed = info.hashtags!.map((h) => (h ? parseHashtag(h) : undefined));
    expect(parsed.map((p) => p?.tag ?? null)).toEqual([
      null,
      "#sector",
      "#subsector",
      "#org",
      "#targeted",
      "#targeted",
      "#country",
      "#adm1",
      "#date",
    ]);
    expect(parsed.map((p) => p?.attributes ?? [])).toEqual([
      [],
      ["es"],
      ["es"],
      ["es"],
      ["f"],
      ["m"],
      [],
      [],
      ["reported"],
    ]);
  });

  it("input-merged.xlsx expands merged cells", async () => {
    const { info, rows } = await table("input-merged.xlsx");
    expect(info.titleRows[0]!.cells.slice(0, 3)).toEqual(["¿Qué?", "¿Qué?", "¿Qué?"]);
    // I4:I7 (the date), D5:D6 (the organisation) and G5:G6 (the country) are merged.
    expect(rows.map((r) => r.cells[8])).toEqual(Array(4).fill("1 March 2015"));
    expect(rows.map((r) => r.cells[3])).toEqual(["ACNUR", "UNICEF", "UNICEF", "OMS"]);
    expect(rows.map((r) => r.cells[6])).toEqual(["Panamá", "Colombia", "Colombia", "Venezuela"]);
  });

  it("input-untagged.csv has no hashtags and maps by header text", async () => {
    const { info, rows } = await table("input-untagged.csv");
    expect(info.hashtags).toBeUndefined();
    expect(info.headers.slice(0, 8)).toEqual(headers.slice(0, 8));
    expect(rows).toHaveLength(4);
    const { records, summary } = await importFile(read("input-untagged.csv"), {
      entity: "organization",
      fileName: "input-untagged.csv",
      mapping: {
        entity: "organization",
        columns: { Organización: "name", "Departamento/Provincia/Estado": "address.province" },
      },
    });
    expect(summary).toMatchObject({ rowsRead: 4, accepted: 4 });
    expect(records.map((r) => r.name)).toEqual(["ACNUR", "OMS", "UNICEF", "OMS"]);
    expect(records.map((r) => (r.address as { province: string }).province)).toEqual([
      "Los Santos",
      "Cauca",
      "Chocó",
      "Amazonas",
    ]);
    expect(records[0]!.extra).toContainEqual({ header: "País", value: "Panamá" });
  });

  it("input-fuzzy.csv: a hashtag row with some bare words still counts; those columns get no tag", async () => {
    const { info, rows } = await table("input-fuzzy.csv");
    expect(info.hashtags?.slice(5)).toEqual(["#targeted+f", null, null]);
    expect(rows).toHaveLength(4);
  });

  it("input-invalid.csv (tags without #) is rejected with a clear message", async () => {
    const err = await table("input-invalid.csv").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe("hxl.malformed");
    expect((err as ImportError).row).toBe(3);
    expect((err as ImportError).localized["zh-CN"]).toContain("input-invalid.csv 第 3 行");
    expect((err as ImportError).localized.en).toContain("lack “#”");
    await expect(
      importFile(read("input-invalid.csv"), {
        entity: "organization",
        fileName: "input-invalid.csv",
      }),
    ).rejects.toThrow(ImportError);
  });

  it("input-broken.xlsx: a valid but unusual workbook the reference library reads, and so do we", async () => {
    // libhxl's test_local_xlsx_broken opens it and reads its columns without error: it is the
    // IDMC export of libhxl issue 232 (Go Excelize: r: prefix renamed, <b>true</b> in styles,
    // a wrong <dimension>, zero ZIP dates).
    const { info, rows } = await table("input-broken.xlsx");
    expect(info.headers[0]).toBe("ISO3");
    expect(info.hashtags?.[7]).toBe("#affected+idps+ind+newdisp+disaster");
    expect(rows).toHaveLength(6431);
    expect(rows.at(-1)!.row).toBe(6433);
  });

  it("input-broken.xlsx cut short is rejected with a clear message", async () => {
    const bytes = read("input-broken.xlsx");
    const err = await readTable(bytes.subarray(0, bytes.length - 100), {
      fileName: "input-broken.xlsx",
    })
      .info()
      .catch((e: unknown) => e);
    expect((err as ImportError).code).toBe("xlsx.truncated");
    expect((err as ImportError).localized["zh-CN"]).toContain("不完整或已损坏");
  });

  it("keeps line breaks in cells and counts source rows as the reference does", async () => {
    expect((await table("input-multiline.csv")).rows[0]!.cells[0]).toBe("Line 1\nLine 2\nLine 3");
    const multi = await table("input-multiple-headers.csv");
    expect(multi.rows.map((r) => r.row)).toEqual([4, 5]);
  });
});
