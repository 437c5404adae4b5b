import type { Severity } from "../i18n/issue.js";
import type { Localized } from "../i18n/types.js";

/**
 * A problem with one row (or one cell) of an imported file, as a spreadsheet user finds it
 * again: the file, the sheet, the row number the spreadsheet shows, the column's header. The
 * importers of `@linli/adapters` report them; `@linli/dedupe`'s merge passes them on unchanged.
 *
 * @example
 * ```ts
 * import type { RowIssue } from "@linli/core";
 * const issue: RowIssue = {
 *   file: "居民.xlsx",
 *   sheet: "居民",
 *   row: 5,
 *   column: "身份证号",
 *   field: "citizenId",
 *   code: "citizenId.scientificNotation",
 *   severity: "error",
 *   message: { "zh-CN": "居民.xlsx 第 5 行「身份证号」列：…", en: "居民.xlsx, row 5, column “身份证号”: …" },
 *   value: "6.10113E+17",
 * };
 * ```
 */
export interface RowIssue {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
  /** The column's header text, exactly as in the file. */
  readonly column?: string;
  /** The column key the header maps to, e.g. `citizenId` or `address.building`. */
  readonly field?: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: Localized;
  readonly value?: string;
}

/**
 * Counts of one import. `rowsRead = accepted + rejected + emptySkipped`; `withheldRows` of the
 * accepted rows had cells that could not be read (left out of the record, kept in its
 * `meta.withheld`), so `accepted - withheldRows` were read in full.
 *
 * @example
 * ```ts
 * import type { ImportCounts } from "@linli/core";
 * const c: ImportCounts = {
 *   rowsRead: 12, accepted: 10, rejected: 1, emptySkipped: 1, withheldRows: 2, withheldCells: 3, warnings: 2,
 * };
 * ```
 */
export interface ImportCounts {
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly emptySkipped: number;
  /** Accepted rows with at least one withheld cell. */
  readonly withheldRows: number;
  /** Cells withheld from accepted rows. */
  readonly withheldCells: number;
  /** Warnings kept with accepted records (withheld cells apart). */
  readonly warnings: number;
}
