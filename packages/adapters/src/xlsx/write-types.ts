/** A plain cell value; `null`, `undefined` and `""` leave the cell empty. */
export type XlsxValue = string | number | boolean | null | undefined;

/**
 * How a cell looks. Styles are deduplicated, so the same object or an equal one costs
 * nothing extra.
 *
 * @example
 * ```ts
 * import type { XlsxStyle } from "@linli/adapters";
 * const title: XlsxStyle = { bold: true, size: 16, align: "center" };
 * const id: XlsxStyle = { numFmt: "text" }; // Excel never turns it into a number
 * ```
 */
export interface XlsxStyle {
  /**
   * Number format: `text` (`@`, what ID and phone columns need), `date` (`yyyy-mm-dd`),
   * `datetime`, `integer`, `decimal` (two places), `general`, or a format code.
   */
  readonly numFmt?: "general" | "text" | "date" | "datetime" | "integer" | "decimal" | string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points (default 11). */
  readonly size?: number;
  /** Font colour, `RRGGBB`. */
  readonly color?: string;
  /** Background colour, `RRGGBB`. */
  readonly fill?: string;
  /** Thin borders on all four sides. */
  readonly border?: boolean;
  readonly align?: "left" | "center" | "right";
  readonly valign?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Mark the cell as typed with a leading apostrophe: shown and kept as text. */
  readonly quotePrefix?: boolean;
}

/**
 * A cell with its own style.
 *
 * @example
 * ```ts
 * import type { XlsxStyledCell } from "@linli/adapters";
 * const cell: XlsxStyledCell = { value: "丈八社区居家隔离人员日报表", style: { bold: true, size: 16 } };
 * ```
 */
export interface XlsxStyledCell {
  readonly value: XlsxValue;
  readonly style?: XlsxStyle;
}

/**
 * A cell: a plain value, or a value with a style.
 *
 * @example
 * ```ts
 * import type { XlsxCell } from "@linli/adapters";
 * const row: XlsxCell[] = ["王伟", 36.5, true, null, { value: 45000, style: { numFmt: "date" } }];
 * ```
 */
export type XlsxCell = XlsxValue | XlsxStyledCell;

/**
 * A column's width (in characters), default style for cells typed into it, visibility.
 *
 * @example
 * ```ts
 * import type { XlsxColumn } from "@linli/adapters";
 * const idColumn: XlsxColumn = { width: 21, style: { numFmt: "text" } };
 * ```
 */
export interface XlsxColumn {
  readonly width?: number;
  readonly style?: XlsxStyle;
  readonly hidden?: boolean;
  /**
   * Where the column's texts go when the workbook uses shared strings: `"inline"` for texts
   * that rarely repeat (IDs, phones), which would only grow the shared table.
   */
  readonly strings?: "shared" | "inline";
}

/**
 * A data validation rule on a range: a dropdown list, a number or length limit, and the
 * input message shown when a cell of the range is selected.
 *
 * @example
 * ```ts
 * import type { XlsxValidation } from "@linli/adapters";
 * const gender: XlsxValidation = {
 *   range: "B2:B1048576",
 *   type: "list",
 *   list: ["男", "女", "其他"],
 *   prompt: { title: "性别", text: "从下拉列表中选择" },
 *   error: { text: "请从下拉列表中选择", style: "stop" },
 * };
 * ```
 */
export interface XlsxValidation {
  /** A1-style range, e.g. `B2:B1048576`. */
  readonly range: string;
  /** `any` only shows the input message. */
  readonly type: "list" | "whole" | "decimal" | "date" | "textLength" | "any";
  /** Choices of a list written into the rule (at most 255 characters in all, no commas). */
  readonly list?: readonly string[];
  /** Choices of a list from a range or defined name, e.g. `gender_options` or `Lists!$A$1:$A$3`. */
  readonly source?: string;
  readonly operator?:
    | "between"
    | "notBetween"
    | "equal"
    | "notEqual"
    | "greaterThan"
    | "lessThan"
    | "greaterThanOrEqual"
    | "lessThanOrEqual";
  readonly min?: number | string;
  readonly max?: number | string;
  /** Default true. */
  readonly allowBlank?: boolean;
  /** Input message (title up to 32 characters, text up to 255). */
  readonly prompt?: { readonly title?: string; readonly text: string };
  /** Message for a value that breaks the rule; `stop` refuses it, the others ask. */
  readonly error?: {
    readonly title?: string;
    readonly text: string;
    readonly style?: "stop" | "warning" | "information";
  };
}

/**
 * Everything about a worksheet except its rows (which a streaming writer takes one by one).
 *
 * @example
 * ```ts
 * import type { XlsxSheetOptions } from "@linli/adapters";
 * const options: XlsxSheetOptions = {
 *   name: "居民",
 *   columns: [{ width: 10 }, { width: 21, style: { numFmt: "text" } }],
 *   freeze: { rows: 1 },
 *   autoFilter: "A1:B1",
 * };
 * ```
 */
export interface XlsxSheetOptions {
  /** Sheet name; Excel allows at most 31 characters and none of `[]:*?/\`. */
  readonly name: string;
  readonly columns?: readonly (XlsxColumn | undefined)[];
  /** Rows and columns that stay in view when scrolling (a frozen header). */
  readonly freeze?: { readonly rows?: number; readonly columns?: number };
  /** Merged ranges, A1-style (`A1:H1`). */
  readonly merges?: readonly string[];
  readonly validations?: readonly XlsxValidation[];
  /** A1-style range of the filter buttons, e.g. the header row `A1:H1`. */
  readonly autoFilter?: string;
  readonly hidden?: boolean;
  /** Row heights in points, by 0-based row index. */
  readonly heights?: Readonly<Record<number, number>>;
  /** Printing: landscape A4, fit to the page width, header rows repeated on every page. */
  readonly print?: {
    readonly landscape?: boolean;
    readonly fitToWidth?: boolean;
    /** 0-based first and last row repeated at the top of every printed page. */
    readonly repeatRows?: readonly [number, number];
  };
}

/**
 * One worksheet to write.
 *
 * @example
 * ```ts
 * import type { XlsxSheet } from "@linli/adapters";
 * const sheet: XlsxSheet = { name: "居民", rows: [["姓名", "身份证号"], ["王伟", "11010519491231002X"]] };
 * ```
 */
export interface XlsxSheet extends XlsxSheetOptions {
  readonly rows: readonly (readonly XlsxCell[])[];
}

/**
 * Options of `writeXlsx` and `XlsxWriter`.
 *
 * @example
 * ```ts
 * import type { XlsxWriteOptions } from "@linli/adapters";
 * const options: XlsxWriteOptions = { strings: "inline", level: 1 };
 * ```
 */
export interface XlsxWriteOptions {
  /**
   * How strings are stored: `"shared"` (default, what Excel writes) or `"inline"` (no table
   * held in memory: for large streamed sheets). Either way string cells get the Text (`@`)
   * format unless their column or cell style says otherwise.
   */
  readonly strings?: "shared" | "inline";
  /**
   * With `"shared"`: at most this many distinct texts in the shared table (memory stays
   * bounded however many rows are streamed); texts first seen after it is full are written
   * inline. Default: no limit.
   */
  readonly sharedLimit?: number;
  /**
   * Text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab, CR):
   * `"neutralize"` (default) marks the cell as quoted text (`quotePrefix`), so Excel shows
   * and keeps it as typed text; the stored value is unchanged. No cell is ever written as a
   * formula either way.
   */
  readonly formulas?: "neutralize" | "keep";
  /** Workbook-level defined names, e.g. the ranges that dropdown lists refer to. */
  readonly names?: readonly { readonly name: string; readonly ref: string }[];
  /** Deflate level, 0–9. Default 6; 1 is much faster for large sheets. */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /**
   * Another raw-deflate implementation for the parts of the workbook (default: fflate, in
   * JavaScript). In Node, `@linli/adapters/node` passes zlib, several times faster.
   */
  readonly deflate?: XlsxDeflate;
}

/**
 * Makes a raw-deflate compressor for one part of a workbook: it is called with successive
 * chunks and must return their compressed bytes, the stream ending with the `final` chunk
 * (concatenated sync-flushed blocks are fine).
 *
 * @example
 * ```ts
 * import { writeXlsx, zlibDeflate } from "@linli/adapters/node"; // zlibDeflate is an XlsxDeflate
 * writeXlsx([{ name: "a", rows: [["x"]] }], { deflate: zlibDeflate, level: 1 });
 * ```
 */
export type XlsxDeflate = (level: number) => (chunk: Uint8Array, final: boolean) => Uint8Array;
