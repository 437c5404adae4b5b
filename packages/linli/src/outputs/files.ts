import { exportRecords } from "@linli/adapters";
import type { Locale } from "@linli/core";
import type { MergeProgress } from "@linli/dedupe";
import type { MergeResult } from "../merge/types.js";
import { type ReportOptions, renderReport } from "../report/render.js";
import { clustersJson, issuesJson, mergedJson } from "./json.js";
import { mergedTable } from "./table.js";

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
  /** Progress while writing, in records per file (stage `write`, the file name as detail). */
  readonly onProgress?: (progress: MergeProgress) => void;
}

/**
 * One output file: its name and its content in pieces (text is written as UTF-8), made as
 * they are asked for.
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
  /** The file's content, piece by piece (text as UTF-8), produced as it is read. */
  chunks(): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
}

/**
 * The outputs of a merge as files, without writing them anywhere (browsers offer them for
 * download; `writeMergeOutputs` in `linli/node` writes them to a folder). The merged table
 * goes through `exportRecords` of `@linli/adapters`: CSV in UTF-8 with a byte-order mark (so
 * that Excel reads it) and XLSX with text cells kept as text (IDs and phone numbers intact),
 * headers and choices in `lang`, cells that a spreadsheet would run as formulas neutralised,
 * and a last column with the source rows behind each record.
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
  const file = (kind: OutputKind, chunks: OutputFile["chunks"]) => {
    if (wanted.has(kind)) out.push({ name: OUTPUT_FILES[kind], kind, chunks });
  };
  const total = result.records.length;
  const told = (name: string) =>
    options.onProgress &&
    ((done: number) => options.onProgress!({ stage: "write", done, total, detail: name }));
  const table = (format: "csv" | "xlsx") => {
    const t = mergedTable(result, lang, told(OUTPUT_FILES[format]));
    return exportRecords(t.records(), {
      entity: result.entity,
      format,
      lang,
      columns: t.columns,
      extraHeaders: t.extraHeaders,
      // Deflating a million rows at level 6 takes minutes; level 1 is about twice as fast.
      ...(format === "xlsx" && result.records.length > 100_000 ? { level: 1 } : {}),
    });
  };
  file("csv", () => table("csv"));
  file("xlsx", () => table("xlsx"));
  file("json", () => mergedJson(result, told(OUTPUT_FILES.json)));
  file("clusters", () => clustersJson(result, told(OUTPUT_FILES.clusters)));
  file("issues", () => issuesJson(result));
  file("report", () => [renderReport(result, { ...options.report, lang })]);
  return out;
}
