import type { EntityName, Locale } from "@linli/core";
import type { ApplyProfileOptions, BuiltinProfileName, SharingProfile } from "@linli/privacy";
import type { TextEncodingName } from "../encoding/detect.js";
import type { XlsxDeflate } from "../xlsx/write-types.js";
import type { ExportNote } from "./messages.js";

/** A format `exportRecords` writes. */
export type ExportFormat = "csv" | "xlsx" | "json" | "ndjson" | "hxl";

/**
 * Options of `exportRecords`.
 *
 * @example
 * ```ts
 * import type { ExportOptions } from "@linli/adapters";
 * const options: ExportOptions<"resident"> = { entity: "resident", format: "csv", lang: "zh-CN", encoding: "gb18030" };
 * ```
 */
export interface ExportOptions<N extends EntityName = EntityName> {
  readonly entity: N;
  readonly format: ExportFormat;
  /** Language of headers and choice labels. Default: the system language (`systemLocale()` of @linli/core). */
  readonly lang?: Locale;
  /**
   * Column keys to write, in order (`name`, `citizenId`, `address.building`…): exactly these,
   * plus unmapped source columns only when `extraHeaders` names them. Default: every field,
   * then record ID, source, created and updated, then the unmapped source columns. CSV, XLSX,
   * HXL and JSON tables.
   */
  readonly columns?: readonly string[];
  /** Choices as labels in `lang` (`男`) or as codes (`male`). Default labels, codes for JSON. */
  readonly values?: "label" | "code";
  /**
   * JSON and NDJSON: `"records"` (default) writes canonical records, nested and lossless, as
   * the linli JSON Schemas describe them; `"table"` writes flat rows keyed by column key,
   * as spreadsheets and `importRecords` read them.
   */
  readonly shape?: "records" | "table";
  /** CSV and HXL: `utf-8` (default, with a BOM so Excel reads it) or `gb18030`, `utf-16le`… */
  readonly encoding?: TextEncodingName | string;
  /** Write a byte-order mark. Default: true for UTF-8 and UTF-16. */
  readonly bom?: boolean;
  /** CSV delimiter. Default `,`. */
  readonly delimiter?: string;
  /** Sheet name (XLSX). Default: the entity's label in `lang`. */
  readonly sheetName?: string;
  /**
   * Headers of unmapped source columns (`extra`) to write, in order. Default: those of an
   * array of records, or of the first 1000 records of an async source; later new headers
   * are reported in the summary.
   */
  readonly extraHeaders?: readonly string[];
  /** A sharing profile (built-in name or object) applied to every record; see @linli/privacy. */
  readonly profile?: SharingProfile | BuiltinProfileName;
  /** Pseudonymizer and as-of day for the profile. */
  readonly profileOptions?: ApplyProfileOptions;
  /** XLSX deflate level, 0–9. Default 6; 1 is faster and about a third larger. */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** XLSX: another raw-deflate implementation (`@linli/adapters/node` passes zlib). */
  readonly deflate?: XlsxDeflate;
}

/**
 * What an export wrote.
 *
 * @example
 * ```ts
 * import type { ExportSummary } from "@linli/adapters";
 * const s: ExportSummary = {
 *   entity: "resident", format: "csv", count: 2, bytes: 180, view: "canonical",
 *   columns: [{ key: "name", header: "姓名" }], sheets: [], notes: [],
 * };
 * ```
 */
export interface ExportSummary {
  readonly entity: EntityName;
  readonly format: ExportFormat;
  /** Records written. */
  readonly count: number;
  readonly bytes: number;
  /** `shared` when a sharing profile changed the records: label the file as such. */
  readonly view: "canonical" | "shared";
  /** Columns of flat formats, in order. */
  readonly columns: readonly { readonly key: string; readonly header: string }[];
  /** XLSX sheet names. */
  readonly sheets: readonly string[];
  readonly notes: readonly ExportNote[];
}

/**
 * A running export: iterate it for the bytes as they are made, or take them all at once.
 * It can be consumed once.
 *
 * @example
 * ```ts
 * import { exportRecords } from "@linli/adapters";
 * const run = exportRecords([{ meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" }], {
 *   entity: "resident",
 *   format: "csv",
 * });
 * const bytes = await run.bytes();
 * (await run.summary()).count; // 1
 * ```
 */
export interface ExportRun extends AsyncIterable<Uint8Array> {
  readonly format: ExportFormat;
  /** E.g. `text/csv; charset=utf-8`. */
  readonly mediaType: string;
  /** File extension without the dot: `csv`, `xlsx`, `json`, `ndjson`. */
  readonly extension: string;
  /** All the bytes. */
  bytes(): Promise<Uint8Array>;
  /** A web `ReadableStream` of the bytes (for `Response`, `fetch` uploads, file handles). */
  stream(): ReadableStream<Uint8Array>;
  /** Resolves when the export has ended. */
  summary(): Promise<ExportSummary>;
}
