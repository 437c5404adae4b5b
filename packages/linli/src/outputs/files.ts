import { byteOrderMark, formatCsv, writeXlsx, type XlsxCell } from "@linli/adapters";
import type { Locale } from "@linli/core";
import type { MergeResult } from "../merge/types.js";
import { type ReportOptions, renderReport } from "../report/render.js";
import { clustersJson, issuesJson, mergedJson } from "./json.js";
import { type Cell, mergedTable } from "./table.js";

/**
 * The outputs of a merge.
 *
 * @example
 * ```ts
 * import type { OutputKind } from "linli";
 * const only: OutputKind[] = ["csv", "report"];
 * ```
 */
export type OutputKind = "csv" | "xlsx" | "json" | "clusters" | "issues" | "report";

/**
 * File name of each output.
 *
 * @example
 * ```ts
 * import { OUTPUT_FILES } from "linli";
 * OUTPUT_FILES.report; // "report.html"
 * ```
 */
export const OUTPUT_FILES: Readonly<Record<OutputKind, string>> = {
  csv: "merged.csv",
  xlsx: "merged.xlsx",
  json: "merged.json",
  clusters: "clusters.json",
  issues: "issues.json",
  report: "report.html",
};

/**
 * Options of {@link mergeOutputFiles} and `writeMergeOutputs`.
 *
 * @example
 * ```ts
 * import type { MergeOutputOptions } from "linli";
 * const options: MergeOutputOptions = { lang: "en", formats: ["csv", "clusters", "issues"] };
 * ```
 */
export interface MergeOutputOptions {
  /** Language of headers, choice labels and the report. Default `zh-CN`. */
  readonly lang?: Locale;
  /** Which outputs. Default: all of them. */
  readonly formats?: readonly OutputKind[];
  /** Report settings (masking, list limits, date). */
  readonly report?: Omit<ReportOptions, "lang">;
}

/**
 * One output file: its name and its content in pieces (text is written as UTF-8).
 *
 * @example
 * ```ts
 * import type { OutputFile } from "linli";
 * const f: OutputFile = { name: "issues.json", kind: "issues", chunks: () => ["[]\n"] };
 * ```
 */
export interface OutputFile {
  readonly name: string;
  readonly kind: OutputKind;
  chunks(): Iterable<string | Uint8Array>;
}

/** Excel's last row is 1,048,576: larger results go on several sheets. */
const SHEET_ROWS = 1_000_000;
const BATCH = 5000;

/**
 * The outputs of a merge as files, without writing them anywhere (browsers offer them for
 * download; `writeMergeOutputs` in `linli/node` writes them to a folder). CSV is UTF-8
 * with a byte-order mark, so that Excel reads it; XLSX stores every text cell as text, so
 * that IDs and phone numbers stay intact.
 *
 * @example
 * ```ts
 * import { merge, mergeOutputFiles } from "linli";
 * const result = await merge([{ name: "丈八社区", data: [{ 姓名: "王伟" }] }]);
 * for (const file of mergeOutputFiles(result, { formats: ["csv", "report"] })) console.log(file.name);
 * ```
 */
export function mergeOutputFiles(
  result: MergeResult,
  options: MergeOutputOptions = {},
): OutputFile[] {
  const lang = options.lang ?? "zh-CN";
  const wanted = new Set(options.formats ?? (Object.keys(OUTPUT_FILES) as OutputKind[]));
  const out: OutputFile[] = [];
  const file = (kind: OutputKind, chunks: () => Iterable<string | Uint8Array>) => {
    if (wanted.has(kind)) out.push({ name: OUTPUT_FILES[kind], kind, chunks });
  };
  file("csv", function* () {
    const table = mergedTable(result, lang);
    yield byteOrderMark("utf-8");
    yield formatCsv([table.header]);
    let batch: Cell[][] = [];
    for (const row of table.rows()) {
      batch.push(row);
      if (batch.length === BATCH) {
        yield formatCsv(batch);
        batch = [];
      }
    }
    if (batch.length > 0) yield formatCsv(batch);
  });
  file("xlsx", function* () {
    const table = mergedTable(result, lang);
    const sheets: { name: string; rows: XlsxCell[][] }[] = [];
    const base = lang === "zh-CN" ? "合并结果" : "Merged";
    let rows: XlsxCell[][] = [];
    const flush = () => {
      sheets.push({
        name: sheets.length === 0 ? base : `${base} ${sheets.length + 1}`,
        rows: [[...table.header], ...rows],
      });
      rows = [];
    };
    for (const row of table.rows()) {
      rows.push(row);
      if (rows.length === SHEET_ROWS) flush();
    }
    if (rows.length > 0 || sheets.length === 0) flush();
    yield writeXlsx(sheets);
  });
  file("json", () => mergedJson(result));
  file("clusters", () => clustersJson(result));
  file("issues", () => issuesJson(result));
  file("report", () => [renderReport(result, { ...options.report, lang })]);
  return out;
}
