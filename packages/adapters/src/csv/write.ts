import { expectArgument } from "@linli/core";
import type { TextEncodingName } from "../encoding/detect.js";
import { byteOrderMark, encodeText } from "../encoding/encode.js";
import { neutralizeFormula } from "./formula.js";

/** A cell value the CSV writer accepts; `null` and `undefined` write an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/** Options of {@link formatCsv} and {@link writeCsv}. */
export interface CsvWriteOptions {
  /** Default `,`. */
  readonly delimiter?: string;
  /** Default `\r\n`, what Excel writes and expects. */
  readonly newline?: "\r\n" | "\n";
  /** `"auto"` (default) quotes only cells that need it; `"all"` quotes every cell. */
  readonly quote?: "auto" | "all";
  /**
   * Text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab, CR):
   * `"neutralize"` puts an apostrophe in front (see `neutralizeFormula`; reading CSV removes
   * it again), `"keep"` writes it as is. Numbers are never changed. Default: `"keep"` for
   * {@link formatCsv}, `"neutralize"` for {@link writeCsv}, which makes files for spreadsheets.
   */
  readonly formulas?: "neutralize" | "keep";
}

/** Options of {@link writeCsv}: formatting plus the bytes' encoding. */
export interface CsvEncodeOptions extends CsvWriteOptions {
  /** Default `utf-8`. Excel on Chinese Windows opens `gb18030` (or UTF-8 with a BOM). */
  readonly encoding?: TextEncodingName;
  /** Write a byte-order mark (UTF-8, UTF-16). Default: `true` for UTF-8 and UTF-16, so Excel reads them. */
  readonly bom?: boolean;
}

/**
 * A function that serialises one row (without the newline), for writers that stream.
 *
 * @example
 * ```ts
 * import { csvRowFormatter } from "@linli/adapters";
 * const line = csvRowFormatter({ formulas: "neutralize" });
 * line(["王伟", "=1+1", -5]); // "王伟,'=1+1,-5"
 * ```
 */
export function csvRowFormatter(
  options: CsvWriteOptions = {},
): (row: readonly CsvCell[]) => string {
  expectArgument("csvRowFormatter", "options", "options", options);
  const delimiter = options.delimiter ?? ",";
  const all = options.quote === "all";
  const neutralize = options.formulas === "neutralize";
  const needs = new RegExp(`[${delimiter === "\t" ? "\\t" : `\\${delimiter}`}"\\r\\n]|^\\s|\\s$`);
  return (row) => {
    let line = "";
    for (let i = 0; i < row.length; i++) {
      if (i > 0) line += delimiter;
      const v = row[i];
      if (v === null || v === undefined) {
        if (all) line += '""';
        continue;
      }
      if (typeof v !== "string") {
        line += all ? `"${String(v)}"` : String(v);
        continue;
      }
      let text = v;
      // Most cells start with a letter or digit: test the first character before any regex.
      if (neutralize) {
        const c = text.charCodeAt(0);
        if (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 39) {
          text = neutralizeFormula(text);
        }
      }
      line += all || needs.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    }
    return line;
  };
}

/**
 * Serialise rows as delimited text (RFC 4180): a cell is quoted when it holds the
 * delimiter, a quote, a line break, or leading/trailing spaces; quotes are doubled.
 *
 * @example
 * ```ts
 * import { formatCsv } from "@linli/adapters";
 * formatCsv([["姓名", "备注"], ["王伟", '说"好"']]); // '姓名,备注\r\n王伟,"说""好"""\r\n'
 * ```
 */
export function formatCsv(
  rows: Iterable<readonly CsvCell[]>,
  options: CsvWriteOptions = {},
): string {
  expectArgument("formatCsv", "rows", "object", rows);
  expectArgument("formatCsv", "options", "options", options);
  const newline = options.newline ?? "\r\n";
  const line = csvRowFormatter(options);
  const parts: string[] = [];
  for (const row of rows) parts.push(line(row), newline);
  return parts.join("");
}

/**
 * Serialise rows as delimited text and encode it, with a byte-order mark where asked. Text
 * that a spreadsheet would run as a formula gets an apostrophe in front unless
 * `formulas: "keep"`.
 *
 * @example
 * ```ts
 * import { writeCsv } from "@linli/adapters";
 * const bytes = writeCsv([["姓名"], ["王伟"]], { encoding: "gb18030" });
 * ```
 */
export function writeCsv(
  rows: Iterable<readonly CsvCell[]>,
  options: CsvEncodeOptions = {},
): Uint8Array {
  expectArgument("writeCsv", "rows", "object", rows);
  expectArgument("writeCsv", "options", "options", options);
  const encoding = options.encoding ?? "utf-8";
  const body = encodeText(
    formatCsv(rows, { ...options, formulas: options.formulas ?? "neutralize" }),
    encoding,
  );
  const bom =
    (options.bom ?? encoding.startsWith("utf")) ? byteOrderMark(encoding) : new Uint8Array(0);
  if (bom.length === 0) return body;
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom);
  out.set(body, bom.length);
  return out;
}
