import { exportRecords } from "@linli/adapters";
import { checkArgument, expectArgument, type Locale, systemLocale } from "@linli/core";
import type { MergeProgress } from "@linli/dedupe";
import { isMergeResult } from "@linli/dedupe";
import {
  type ApplyProfileOptions,
  type BuiltinProfileName,
  exportLog,
  resolveProfile,
  type SharingProfile,
} from "@linli/privacy";
import type { MergeResult } from "../merge/types.js";
import { type ReportOptions, renderReport } from "../report/render.js";
import { clustersJson, issuesJson, mergedJson } from "./json.js";
import { sharing } from "./share.js";
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
 * File name of the export log written beside a merge's outputs when a sharing profile is
 * given: which profile (with its rules), when, how many records and which files.
 *
 * @example
 * ```ts
 * import { EXPORT_LOG_FILE, mergeOutputFiles, merge } from "linli";
 * const result = await merge([{ name: "丈八社区", data: [{ 姓名: "王伟" }] }]);
 * mergeOutputFiles(result, { profile: "partner-ngo" }).at(-1)?.name === EXPORT_LOG_FILE; // true
 * ```
 */
export const EXPORT_LOG_FILE = "export-log.json";

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
  /** Language of headers, choice labels and the report. Default: the system language (`systemLocale()` of @linli/core). */
  readonly lang?: Locale;
  /** Which outputs. Default: all of them. */
  readonly formats?: readonly OutputKind[];
  /** Report settings (masking, list limits, date). */
  readonly report?: Omit<ReportOptions, "lang" | "profile" | "profileOptions">;
  /**
   * A sharing profile (built-in name or object, see `@linli/privacy`) that every output goes
   * through: the merged table, `merged.json`, `clusters.json`, `issues.json` and the report.
   * An export log ({@link EXPORT_LOG_FILE}) is written with them. A `merged.json` written
   * under a profile that changes values is a shared view that later merges refuse.
   */
  readonly profile?: SharingProfile | BuiltinProfileName;
  /** Pseudonymizer and as-of day for the profile (without a pseudonymizer, IDs to pseudonymise are dropped). */
  readonly profileOptions?: ApplyProfileOptions;
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
  /** The output, or `log` for the export log of a sharing profile. */
  readonly kind: OutputKind | "log";
  /** The file's content, piece by piece (text as UTF-8), produced as it is read. */
  chunks(): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
}

/**
 * The outputs of a merge as files, without writing them anywhere (browsers offer them for
 * download; `writeMergeOutputs` in `linli/node` writes them to a folder). The merged table
 * goes through `exportRecords` of `@linli/adapters`: CSV in UTF-8 with a byte-order mark (so
 * that Excel reads it) and XLSX with text cells kept as text (IDs and phone numbers intact),
 * headers and choices in `lang`, cells that a spreadsheet would run as formulas neutralised,
 * and a last column with the source rows behind each record. With a sharing `profile`, every
 * output shows values only as the profile allows (see docs/merge/outputs.md) and
 * {@link EXPORT_LOG_FILE} is added.
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
  checkArgument(isMergeResult(result), "mergeOutputFiles", "result", "mergeResult", result);
  expectArgument("mergeOutputFiles", "options", "options", options);
  const lang = options.lang ?? systemLocale();
  const { profile, profileOptions } = options;
  const share = profile ? sharing(result.entity, profile, profileOptions) : undefined;
  const date = options.report?.date ?? new Date();
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
      ...(profile ? { profile } : {}),
      ...(profileOptions ? { profileOptions } : {}),
    });
  };
  const mark = profile && {
    name: resolveProfile(profile).name,
    view: share ? ("shared" as const) : ("canonical" as const),
  };
  file("csv", () => table("csv"));
  file("xlsx", () => table("xlsx"));
  file("json", () => mergedJson(result, told(OUTPUT_FILES.json), share, mark));
  file("clusters", () => clustersJson(result, told(OUTPUT_FILES.clusters), share));
  file("issues", () => issuesJson(result, share));
  file("report", () => [
    renderReport(result, {
      ...options.report,
      date,
      lang,
      ...(profile ? { profile } : {}),
      ...(profileOptions ? { profileOptions } : {}),
    }),
  ]);
  if (profile) {
    const files = out.map((f) => f.name);
    const log = () => {
      const keyId = profileOptions?.pseudonymizer?.keyId;
      const asOf = profileOptions?.asOf;
      const base = exportLog({
        profile,
        entity: result.entity,
        count: total,
        at: date,
        format: "merge",
        ...(keyId ? { keyId } : {}),
        ...(asOf ? { asOf } : {}),
      });
      // The view merged.json states: shared as soon as any value is withheld or changed.
      return [`${JSON.stringify({ ...base, view: mark!.view, files }, null, 2)}\n`];
    };
    out.push({ name: EXPORT_LOG_FILE, kind: "log", chunks: log });
  }
  return out;
}
