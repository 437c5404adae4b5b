/**
 * A raw row of a table: its cells as text and the row number a spreadsheet user sees.
 *
 * @example
 * ```ts
 * import type { TableRow } from "@linli/adapters";
 * const row: TableRow = { row: 3, cells: ["王伟", "男", "13800138000"] };
 * ```
 */
export interface TableRow {
  /** 1-based row number as shown in the sheet (for CSV: the record number, counting the header). */
  readonly row: number;
  readonly cells: string[];
  /** Set when the row itself is malformed (e.g. an unclosed quote); the row is then rejected. */
  readonly problem?: RowProblem;
  /**
   * Cells longer than the cell limit, in column order: each is kept in `cells` only up to the
   * limit and withheld from the record (`limit.cell`); the rest of the row is read.
   */
  readonly oversize?: readonly OversizeCell[];
  /**
   * Cells holding a formula that was never calculated (a workbook written by a script and
   * never opened in a spreadsheet): read as empty and withheld from the record
   * (`cell.uncomputed`); the rest of the row is read.
   */
  readonly uncomputed?: readonly UncomputedCell[];
  /** A row below the data recognised as a totals row (合计) or a note (注：…, 填表人：…). */
  readonly footer?: "totals" | "note";
}

/**
 * A cell longer than the cell limit: where it is and how long it really was.
 *
 * @example
 * ```ts
 * import type { OversizeCell } from "@linli/adapters";
 * const c: OversizeCell = { index: 3, size: 10_485_760, limit: 32_767 }; // column D
 * ```
 */
export interface OversizeCell {
  /** 0-based index of the cell in the row. */
  readonly index: number;
  /** Its true length, in characters. */
  readonly size: number;
  /** The limit it went over. */
  readonly limit: number;
}

/**
 * A cell holding a formula without its result: where it is and the formula.
 *
 * @example
 * ```ts
 * import type { UncomputedCell } from "@linli/adapters";
 * const c: UncomputedCell = { index: 2, formula: "VLOOKUP(A2,名单!A:C,3,0)" }; // column C
 * ```
 */
export interface UncomputedCell {
  /** 0-based index of the cell in the row. */
  readonly index: number;
  /** The formula as the workbook holds it, without "="; empty for a shared formula's copies. */
  readonly formula: string;
}

/**
 * What is wrong with a malformed raw row.
 *
 * @example
 * ```ts
 * import type { RowProblem } from "@linli/adapters";
 * const p: RowProblem = { code: "csv.unclosedQuote", params: { row: 7 } };
 * ```
 */
export interface RowProblem {
  readonly code: "csv.unclosedQuote" | "json.row" | "ndjson.line" | "limit.columns";
  readonly params: Readonly<Record<string, string | number>>;
}

// First written here; they live in core now, shared with @linli/dedupe.
export type { ImportCounts, RowIssue } from "@linli/core";

/**
 * Limits that keep a hostile or broken file from exhausting memory or time.
 *
 * @example
 * ```ts
 * import type { ImportLimits } from "@linli/adapters";
 * const strict: ImportLimits = { bytes: 20_000_000, rows: 100_000, decompressed: 100_000_000 };
 * ```
 */
export interface ImportLimits {
  /** Largest input, in bytes, for formats read whole (XLSX, JSON). Default 256 MiB. */
  readonly bytes?: number;
  /** Total decompressed size of an XLSX's parts. Default 512 MiB. */
  readonly decompressed?: number;
  /** Most data rows. Default 5,000,000. */
  readonly rows?: number;
  /** Longest cell, in characters. Default 32,767 (Excel's own limit). */
  readonly cellChars?: number;
  /** Most columns in a row. Default 16,384 (Excel's own limit). */
  readonly columns?: number;
}

/**
 * The limits in force when none are given.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS, importRecords } from "@linli/adapters";
 * const run = importRecords(new Uint8Array(), { entity: "resident", limits: { rows: DEFAULT_LIMITS.rows / 10 } });
 * ```
 */
export const DEFAULT_LIMITS: Required<ImportLimits> = {
  bytes: 256 * 1024 * 1024,
  decompressed: 512 * 1024 * 1024,
  rows: 5_000_000,
  cellChars: 32_767,
  columns: 16_384,
};
