// Records → every export format → import → the same records. Flat formats (CSV, XLSX, HXL,
// JSON/NDJSON tables) hold what an entity's columns hold, so the expected record is the
// original seen through its columns; JSON and NDJSON records are lossless.
//
// The generated records are first put in the importer's normal form (each column's value
// through the converter that reads that column's cells: full-width punctuation in short text
// made half-width, one name per list item…), which is what records read from any file look
// like; a record in that form must survive export and import unchanged.
import { type EntityName, getColumn, SCHEMA_VERSION, setColumn, validator } from "@linli/core";
import * as arb from "@linli/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile } from "../import/import-file.js";
import { converterFor } from "../record/convert.js";
import { asImported } from "../testing/as-imported.js";
import { exportRecords } from "./export-records.js";
import { defaultColumns } from "./headers.js";
import { collectExtraHeaders } from "./layout.js";

const ARBITRARIES: Record<EntityName, fc.Arbitrary<Record<string, unknown>>> = {
  resident: arb.resident,
  household: arb.household,
  location: arb.location,
  organization: arb.organization,
  need: arb.need,
  "supply-item": arb.supplyItem,
  "stock-movement": arb.stockMovement,
  volunteer: arb.volunteer,
  shift: arb.shift,
  "health-check": arb.healthCheck,
  commitment: arb.commitment,
  allocation: arb.allocation,
  "delivery-task": arb.deliveryTask,
  "match-run": arb.matchRun,
} as Record<EntityName, fc.Arbitrary<Record<string, unknown>>>;

// Text a spreadsheet would run as a formula, or that starts with the apostrophe used to
// neutralise one: it must come back exactly.
const FORMULA_LIKE = ["=SUM(A1:A9)", "+1 同住", "-行动不便", "@网格员", "'=保留", "''+两撇"];

const withFormulaNotes = (a: fc.Arbitrary<Record<string, unknown>>) =>
  fc
    .tuple(a, fc.option(fc.constantFrom(...FORMULA_LIKE), { nil: undefined }))
    .map(([r, note]) => (note === undefined ? r : { ...r, notes: note }));

/** The record in the importer's normal form. */
function normal(entity: EntityName, record: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(record);
  for (const c of defaultColumns(entity)) {
    const v = getColumn(record, c);
    if (v === undefined || c.key.startsWith("meta.")) continue;
    const text = Array.isArray(v) ? v.join(c.separator ?? "、") : String(v);
    const r = converterFor(c)(text);
    if (!r.ok) throw new Error(`${entity}.${c.key}: generated value "${text}" does not read back`);
    setColumn(out, c, r.value);
  }
  return out;
}

/** The original as a flat file carries it: its columns, and extra cells as text in the file's column order. */
function expected(
  entity: EntityName,
  record: Record<string, unknown>,
  file: string,
  headers: readonly string[],
) {
  const out: Record<string, unknown> = {};
  for (const c of defaultColumns(entity)) {
    const v = getColumn(record, c);
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    setColumn(out, c, v);
  }
  const meta = out.meta as Record<string, unknown>;
  meta.schemaVersion = SCHEMA_VERSION;
  meta.source ??= file;
  const own = (record.extra ?? []) as { header: string; value: unknown }[];
  // The nth cell under a header sits in the nth column of that name.
  const seen = new Map<string, number>();
  const placed = own.map((e) => {
    const k = (seen.get(e.header) ?? 0) + 1;
    seen.set(e.header, k);
    let at = -1;
    for (let i = 0, n = 0; i < headers.length; i++) {
      if (headers[i] === e.header && ++n === k) at = i;
    }
    return { at, e };
  });
  const extra = placed
    .sort((a, b) => a.at - b.at)
    .map((p) => p.e)
    .filter((e) => e.value !== null && String(e.value) !== "")
    .map((e) => ({ header: e.header, value: String(e.value) }));
  if (extra.length > 0) out.extra = extra;
  return out;
}

type Flat =
  | "csv"
  | "csv-gb18030"
  | "csv-semicolon"
  | "xlsx"
  | "hxl"
  | "json-table"
  | "ndjson-table";
const FLAT: Flat[] = [
  "csv",
  "csv-gb18030",
  "csv-semicolon",
  "xlsx",
  "hxl",
  "json-table",
  "ndjson-table",
];

async function flatRoundTrip(
  entity: EntityName,
  records: Record<string, unknown>[],
  kind: Flat,
  lang: "zh-CN" | "en",
  values: "label" | "code",
) {
  const format = kind.startsWith("csv")
    ? "csv"
    : (kind.split("-")[0] as "xlsx" | "hxl" | "json" | "ndjson");
  const run = exportRecords(records as never[], {
    entity,
    format,
    lang,
    values,
    ...(kind === "csv-gb18030" ? { encoding: "gb18030" } : {}),
    ...(kind === "csv-semicolon" ? { delimiter: ";" } : {}),
    ...(kind.endsWith("-table") ? { shape: "table" as const } : {}),
  });
  const file = `export.${run.extension}`;
  const result = await importFile(await run.bytes(), { entity, fileName: file });
  expect(result.rejected.map((r) => r.issues.map((i) => i.message.en))).toEqual([]);
  // Every column maps back to its field with full confidence: no mapping questions.
  expect(result.mapping.columns.filter((c) => c.field && c.confidence < 1)).toEqual([]);
  const headers = collectExtraHeaders(records);
  expect(result.records).toEqual(
    records.map((r) => asImported(entity, expected(entity, r, file, headers))),
  );
  expect((await run.summary()).count).toBe(records.length);
}

describe("round trip: records → export → import", () => {
  it("residents through every flat format, language and choice style", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(withFormulaNotes(ARBITRARIES.resident), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...FLAT),
        fc.constantFrom("zh-CN" as const, "en" as const),
        fc.constantFrom("label" as const, "code" as const),
        async (generated, kind, lang, values) => {
          let records = generated.map((r) => normal("resident", r));
          // JSON objects cannot hold one key twice: repeated extra headers are for the others.
          if (kind.endsWith("-table")) records = records.map(uniqueExtraHeaders);
          await flatRoundTrip("resident", records, kind, lang, values);
        },
      ),
      { numRuns: 120 },
    );
  });

  for (const entity of Object.keys(ARBITRARIES) as EntityName[]) {
    if (entity === "resident") continue;
    it(`${entity} through CSV, XLSX and HXL`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(withFormulaNotes(ARBITRARIES[entity]), { minLength: 1, maxLength: 3 }),
          fc.constantFrom<Flat>("csv", "xlsx", "hxl", "json-table"),
          fc.constantFrom("zh-CN" as const, "en" as const),
          async (generated, kind, lang) => {
            let records = generated.map((r) => normal(entity, r));
            if (kind.endsWith("-table")) records = records.map(uniqueExtraHeaders);
            await flatRoundTrip(entity, records, kind, lang, "label");
          },
        ),
        { numRuns: 15 },
      );
    });
  }

  it("JSON and NDJSON records are lossless and valid", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(ARBITRARIES) as EntityName[])),
        fc.constantFrom("json" as const, "ndjson" as const),
        fc.nat(),
        async (entity, format, seed) => {
          const records = fc.sample(ARBITRARIES[entity], { numRuns: 3, seed });
          const before = structuredClone(records);
          const text = new TextDecoder().decode(
            await exportRecords(records as never[], { entity, format }).bytes(),
          );
          const back =
            format === "json"
              ? JSON.parse(text)
              : text
                  .trim()
                  .split("\n")
                  .map((l) => JSON.parse(l));
          expect(back).toEqual(records);
          const valid = validator(entity);
          for (const r of back) expect(valid(r).ok).toBe(true);
          expect(records).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  });
});

function uniqueExtraHeaders(r: Record<string, unknown>): Record<string, unknown> {
  const list = r.extra as { header: string }[] | undefined;
  if (!list) return r;
  const seen = new Set<string>();
  return { ...r, extra: list.filter((e) => !seen.has(e.header) && seen.add(e.header)) };
}
