import type { TextEncodingName } from "../encoding/detect.js";
import { byteOrderMark, encodeText } from "../encoding/encode.js";

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
}

/** Options of {@link writeCsv}: formatting plus the bytes' encoding. */
export interface CsvEncodeOptions extends CsvWriteOptions {
  /** Default `utf-8`. Excel on Chinese Windows opens `gb18030` (or UTF-8 with a BOM). */
  readonly encoding?: TextEncodingName;
  /** Write a byte-order mark (UTF-8, UTF-16). Default: `true` for UTF-8 and UTF-16, so Excel reads them. */
  readonly bom?: boolean;
}

function cellText(v: CsvCell): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : String(v);
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
  const delimiter = options.delimiter ?? ",";
  const newline = options.newline ?? "\r\n";
  const all = options.quote === "all";
  const needs = new RegExp(`[${delimiter === "\t" ? "\\t" : `\\${delimiter}`}"\\r\\n]|^\\s|\\s$`);
  const parts: string[] = [];
  for (const row of rows) {
    const line: string[] = [];
    for (const v of row) {
      const text = cellText(v);
      line.push(all || needs.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
    }
    parts.push(line.join(delimiter), newline);
  }
  return parts.join("");
}

/**
 * Serialise rows as delimited text and encode it, with a byte-order mark where asked.
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
  const encoding = options.encoding ?? "utf-8";
  const body = encodeText(formatCsv(rows, options), encoding);
  const bom =
    (options.bom ?? encoding.startsWith("utf")) ? byteOrderMark(encoding) : new Uint8Array(0);
  if (bom.length === 0) return body;
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom);
  out.set(body, bom.length);
  return out;
}
