// Random valid residents, written as CSV or XLSX under random header conventions, encodings,
// delimiters and column orders, import back with the same value in every flat column and the
// same extra columns.
import { type Column, columns, getColumn, Resident } from "@linli/core";
import { resident } from "@linli/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeCsv } from "../csv/write.js";
import { suggestMapping } from "../mapping/suggest.js";
import { asImported } from "../testing/as-imported.js";
import { writeXlsx } from "../xlsx/write.js";
import { importFile } from "./import-file.js";

type Convention = "zh" | "en" | "bilingual" | "numbered" | "notes" | "aliases" | "hxl";
const CONVENTIONS: Convention[] = ["zh", "en", "bilingual", "numbered", "notes", "aliases", "hxl"];

const flat = columns(Resident).filter(
  (c) => c.key !== "meta.schemaVersion" && !c.key.startsWith("meta.submission."),
);
// Aliases that lead back to their own column when they stand alone.
const ownAliases = new Map<string, string[]>(
  flat.map((c) => [
    c.key,
    c.aliases.filter(
      (a) => suggestMapping([a], "resident", { preset: "none" }).columns[0]!.field === c.key,
    ),
  ]),
);
const hxlCount = new Map<string, number>();
for (const c of flat) if (c.hxl) hxlCount.set(c.hxl, (hxlCount.get(c.hxl) ?? 0) + 1);

function header(c: Column, i: number, convention: Convention, pick: number): string {
  const zh = c.label["zh-CN"];
  const en = c.label.en;
  switch (convention) {
    case "zh":
    case "hxl":
      return zh;
    case "en":
      return en;
    case "bilingual":
      return [`${zh}/${en}`, `${zh} ${en}`, `${en}\n${zh}`][pick % 3]!;
    case "numbered":
      return [`${i + 1}、${zh}`, `Q${i + 1}.${zh}`, `${i + 1}. ${zh}`][pick % 3]!;
    case "notes":
      return c.required ? `${zh}（必填）` : [`${zh}（选填）`, `*${zh}`, ` ${zh} `][pick % 3]!;
    case "aliases": {
      const own = ownAliases.get(c.key)!;
      return own.length > 0 ? own[pick % own.length]! : zh;
    }
  }
}

function cell(c: Column, value: unknown, style: number, sep: string): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  const label = (v: string) => {
    const l = (c.options ?? (c.node.kind === "array" ? c.node.item.meta?.options : undefined))?.[v];
    return style === 0 || !l ? v : style === 1 ? l["zh-CN"] : l.en;
  };
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(sep);
  if (c.node.kind === "enum") return label(String(value));
  return typeof value === "number" ? value : String(value);
}

const plan = fc.record({
  records: fc.array(resident, { minLength: 1, maxLength: 4 }),
  convention: fc.constantFrom(...CONVENTIONS),
  order: fc.array(fc.nat(), { minLength: flat.length, maxLength: flat.length }),
  picks: fc.array(fc.nat(), { minLength: flat.length, maxLength: flat.length }),
  labels: fc.integer({ min: 0, max: 2 }),
  separator: fc.constantFrom("、", "┋", ",", ";"),
  title: fc.boolean(),
  format: fc.constantFrom(
    "csv-utf8",
    "csv-utf8-bom",
    "csv-gb18030",
    "csv-utf16le",
    "csv-utf16be",
    "tsv-gb18030",
    "ssv-utf8",
    "xlsx",
  ),
});

type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

function write(p: Plan): { bytes: Uint8Array; name: string } {
  const order = flat
    .map((c, i) => ({ c, k: p.order[i]! }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.c);
  const headers = order.map((c, i) => header(c, i, p.convention, p.picks[i]!));
  const extraCols: { record: number; header: string }[] = [];
  p.records.forEach((r, ri) => {
    for (const e of r.extra ?? []) extraCols.push({ record: ri, header: e.header });
  });
  const head = [...headers, ...extraCols.map((e) => e.header)];
  const rows: (string | number | undefined)[][] = [];
  if (p.title) rows.push(["丈八社区居民登记表"]);
  rows.push(head);
  if (p.convention === "hxl")
    rows.push([
      ...order.map((c) => (c.hxl && hxlCount.get(c.hxl) === 1 ? c.hxl : "")),
      ...extraCols.map(() => ""),
    ]);
  p.records.forEach((r, ri) => {
    const extras = (r.extra ?? []).map((e) => (e.value === null ? "" : String(e.value)));
    let k = 0;
    rows.push([
      ...order.map((c) => cell(c, getColumn(r, c), p.labels, p.separator)),
      ...extraCols.map((e) => (e.record === ri ? extras[k++] : "")),
    ]);
  });
  const xlsx = p.format === "xlsx";
  if (xlsx) return { bytes: writeXlsx([{ name: "居民", rows }]), name: "r.xlsx" };
  const [kind, enc, bom] = p.format.split("-") as [string, string, string?];
  const encoding = enc === "utf8" ? "utf-8" : (enc as "gb18030" | "utf16le");
  return {
    bytes: writeCsv(
      rows.map((r) => r.map((v) => (v === undefined ? "" : String(v)))),
      {
        delimiter: kind === "tsv" ? "\t" : kind === "ssv" ? ";" : ",",
        encoding:
          encoding === "utf16le"
            ? "utf-16le"
            : (encoding as string) === "utf16be"
              ? "utf-16be"
              : (encoding as "utf-8" | "gb18030"),
        bom: bom === "bom" || encoding.startsWith("utf16"),
      },
    ),
    name: `r.${kind === "tsv" ? "tsv" : "csv"}`,
  };
}

describe("round trip: records → CSV/XLSX under random conventions → importFile", () => {
  it("imports back every flat column and every extra column", async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const { bytes, name } = write(p);
        const r = await importFile(bytes, { entity: "resident", fileName: name });
        expect(r.rejected.map((x) => x.issues.map((i) => i.message.en))).toEqual([]);
        expect(r.summary).toMatchObject({ rowsRead: p.records.length, accepted: p.records.length });
        p.records.forEach((given, i) => {
          const orig = asImported("resident", given);
          const back = r.records[i]!;
          for (const c of flat) {
            // Records without a source get the file's name; an empty list is an empty cell.
            let want = getColumn(orig, c) ?? (c.key === "meta.source" ? name : undefined);
            if (Array.isArray(want) && want.length === 0) want = undefined;
            expect([c.key, getColumn(back, c)]).toEqual([c.key, want]);
          }
          const extra = (orig.extra ?? [])
            .filter((e) => e.value !== null && String(e.value) !== "")
            .map((e) => ({ header: e.header, value: String(e.value) }));
          expect(back.extra ?? []).toEqual(extra);
        });
      }),
      { numRuns: 300 },
    );
  });
});
