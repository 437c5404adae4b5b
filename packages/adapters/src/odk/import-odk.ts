import { type EntityName, type EntityRecord, expectArgument } from "@linli/core";
import { ImportError } from "../errors.js";
import { type ImportSummary, importRecords } from "../import/import-records.js";
import type { SavedMapping } from "../mapping/types.js";
import type { RowResult } from "../record/build.js";
import type { RowIssue } from "../types.js";
import type { UserVocabulary } from "../vocabulary/vocabulary.js";
import { fillLists } from "./check-items.js";
import { csvChunks, flatten, isChild } from "./flatten.js";
import { joinRepeats } from "./join.js";
import { type ExportFile, isBlank, readTables } from "./tables.js";

/** `meta.submission.channel` of the records, by the kind of export. */
const CHANNEL = { kobo: "KoboToolbox", odk: "ODK Central" } as const;

/**
 * Options of {@link importOdkExport}.
 *
 * @example
 * ```ts
 * import type { OdkImportOptions } from "@linli/adapters";
 * const options: OdkImportOptions = { entity: "resident", source: "丈八社区 Kobo" };
 * ```
 */
export interface OdkImportOptions<N extends EntityName = EntityName> {
  readonly entity: N;
  /** `meta.source` of the records; the submissions file's name unless told. */
  readonly source?: string;
  /** Header text → column key for columns of the submissions sheet; wins over group paths. */
  readonly mapping?: SavedMapping;
  /** The user's words for choices, of the submissions sheet and of the repeats (see `ImportOptions.vocabulary`). */
  readonly vocabulary?: UserVocabulary;
  /**
   * Where phone numbers without a country code are from (ISO 3166, e.g. "US"), in the
   * submissions and in repeat rows (see `ImportOptions.phoneCountry`); China's plan by default.
   */
  readonly phoneCountry?: string;
}

/**
 * How the entries of one repeat sheet were joined to their submissions.
 *
 * @example
 * ```ts
 * import type { OdkRepeatSummary } from "@linli/adapters";
 * const s: OdkRepeatSummary = { sheet: "members", field: "household.members", rows: 3, joined: 3, orphans: 0, left: 0 };
 * ```
 */
export interface OdkRepeatSummary {
  readonly sheet: string;
  /** The file the sheet is in (a CSV file of its own, or the workbook). */
  readonly file?: string;
  /** The list the entries went into, e.g. `household.members`; empty when none fits. */
  readonly field: string;
  readonly rows: number;
  readonly joined: number;
  /** Rows whose submission is not in the export (or was rejected). */
  readonly orphans: number;
  /** Entries left out because they were not valid even without their bad cells. */
  readonly left: number;
}

/**
 * The records of an ODK or KoboToolbox export, and an account of every row.
 *
 * @example
 * ```ts
 * import type { OdkImportResult } from "@linli/adapters";
 * const count = (r: OdkImportResult) => r.records.length + r.rejected.length;
 * ```
 */
export interface OdkImportResult<T = Record<string, unknown>> {
  readonly records: T[];
  /** The row of the submissions sheet each record comes from, in the order of `records`. */
  readonly rows: number[];
  readonly rejected: Extract<RowResult, { kind: "rejected" }>[];
  /**
   * Every warning, in zh-CN and en with file, sheet and row: those of accepted submissions,
   * repeat rows that were not joined, entries and cells left out.
   */
  readonly issues: RowIssue[];
  readonly summary: ImportSummary & { readonly repeats: readonly OdkRepeatSummary[] };
}

/**
 * Import an ODK Central or KoboToolbox export of a form that uses linli's field names (such as
 * one made by `xlsForm`) or its HXL hashtags: the XLSX with a sheet per repeat, or CSV files.
 * Group paths (`address/compound`) map to linli fields; repeat rows join their submission by
 * `_parent_index` (or `_submission__uuid`, or Central's `PARENT_KEY`) into lists such as
 * household members; `_uuid` and `_submission_time` become `meta.submission`; a
 * select_multiple reads as space-separated codes or one column per choice. Every row is
 * accounted for: a record, a rejected row, or an issue.
 *
 * @example
 * ```ts
 * import { importOdkExport } from "@linli/adapters";
 * const csv = "name,gender,_uuid,_submission_time,_index\n王伟,female,5f0c…,2024-03-01T08:30:00,1\n";
 * const { records } = await importOdkExport({ name: "kobo.csv", bytes: new TextEncoder().encode(csv) }, { entity: "resident" });
 * ```
 */
export async function importOdkExport<N extends EntityName>(
  files: ExportFile | readonly ExportFile[],
  options: OdkImportOptions<N>,
): Promise<OdkImportResult<EntityRecord<N>>> {
  expectArgument("importOdkExport", "files", "object", files);
  expectArgument("importOdkExport", "options", "record", options);
  const list = "bytes" in files ? [files as ExportFile] : (files as readonly ExportFile[]);
  const tables = list.flatMap(readTables);
  const main =
    tables.find((t) => !isChild(t) && t.rows.some((r) => !isBlank(r))) ??
    tables.find((t) => !isChild(t));
  if (!main) throw new ImportError("odk.noSubmissions", { file: list[0]?.name ?? "(input)" });
  const file = main.file;
  const xlsx = /\.xlsx$/i.test(file) || tables.filter((t) => t.file === file).length > 1;
  const preset = main.headers.includes("KEY") ? "odk" : "kobo";
  const chosen = options.mapping?.columns ?? {};
  const flat = flatten(main, options.entity, CHANNEL[preset], chosen);
  const run = importRecords(csvChunks(flat.lines()), {
    entity: options.entity,
    fileName: file,
    source: options.source ?? file,
    format: "csv",
    mapping: { entity: options.entity, columns: flat.mapping },
    header: main.headerRow,
    hxl: main.hashtags ? "require" : "ignore",
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
    ...(options.phoneCountry ? { phoneCountry: options.phoneCountry } : {}),
  });
  const sheet = xlsx ? { sheet: main.name } : {};
  const byRow = new Map<number, Record<string, unknown>>();
  const rejected: Extract<RowResult, { kind: "rejected" }>[] = [];
  const issues: RowIssue[] = [];
  let kept = 0;
  for await (const r of run) {
    if (r.kind === "record") {
      byRow.set(r.row, r.record as Record<string, unknown>);
      for (const w of r.warnings) issues.push({ ...w, ...sheet });
      kept += r.warnings.length;
    } else if (r.kind === "rejected") {
      rejected.push({ ...r, ...sheet, issues: r.issues.map((i) => ({ ...i, ...sheet })) });
    }
  }
  const read = await run.summary();

  const joined = joinRepeats(tables, main, options.entity, new Set(byRow.keys()), {
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
    // Checked by the submissions' import above.
    ...(options.phoneCountry ? { phoneCountry: options.phoneCountry.toUpperCase() } : {}),
  });
  for (const i of joined.issues) issues.push(i);
  const records: EntityRecord<N>[] = [];
  const rows: number[] = [];
  const left = new Map<string, number>();
  for (const [row, record] of byRow) {
    const lists = joined.entries.get(row);
    const out = lists ? fillLists(options.entity, record, lists, issues, left) : record;
    records.push(out as EntityRecord<N>);
    rows.push(row);
  }
  return {
    records,
    rows,
    rejected,
    issues,
    summary: {
      ...read,
      ...sheet,
      rowsRead: read.rowsRead - flat.stats.padding,
      emptySkipped: read.emptySkipped - flat.stats.padding,
      warnings: read.warnings + issues.length - kept,
      mapping: { ...read.mapping, preset },
      repeats: joined.counts.map((c) => ({ ...c, left: left.get(c.sheet) ?? 0 })),
    },
  };
}
