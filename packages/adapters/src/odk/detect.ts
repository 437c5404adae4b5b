import { expectArgument, expectText } from "@linli/core";
import { ImportError } from "../errors.js";
import { openWorkbook } from "../xlsx/read.js";
import { csvRows, csvText, type ExportFile, isBlank, isXlsx, tableName } from "./tables.js";

/**
 * What a file of an ODK or KoboToolbox export is: the submissions (with their repeat sheets,
 * in a workbook) or the rows of one repeat (a CSV file of its own); and which tool made it.
 *
 * @example
 * ```ts
 * import type { OdkFileKind } from "@linli/adapters";
 * const k: OdkFileKind = { kind: "repeat", tool: "odk", link: "PARENT_KEY" };
 * ```
 */
export interface OdkFileKind {
  readonly kind: "submissions" | "repeat";
  readonly tool: "kobo" | "odk";
  /** The column a repeat's rows name their submission by. */
  readonly link?: string;
}

const LINK_COLUMNS = ["_parent_index", "_submission__uuid", "PARENT_KEY"];

function kindOf(headers: readonly string[]): OdkFileKind | undefined {
  const has = (h: string) => headers.includes(h);
  const link = LINK_COLUMNS.find(has);
  if (link) return { kind: "repeat", tool: link === "PARENT_KEY" ? "odk" : "kobo", link };
  if (has("_uuid") && (has("_submission_time") || has("_index"))) {
    return { kind: "submissions", tool: "kobo" };
  }
  const instance = ["meta-instanceID", "meta/instanceID", "instanceID"].some(has);
  if (has("KEY") && (has("SubmissionDate") || instance))
    return { kind: "submissions", tool: "odk" };
  return undefined;
}

const headerOf = (rows: Iterable<{ cells: string[] }>) => {
  for (const r of rows) if (!isBlank(r.cells)) return r.cells.map((c) => c.trim());
  return [];
};

/**
 * Whether a file is (part of) an ODK Central or KoboToolbox export, from its header rows: a
 * workbook with a sheet of submissions (`_uuid` with `_submission_time` or `_index`; Central's
 * `KEY` with `SubmissionDate`) or of a repeat (`_parent_index`, `_submission__uuid`,
 * `PARENT_KEY`); a CSV file with such columns. A CSV file may be given by its first 64 KiB.
 *
 * @example
 * ```ts
 * import { odkFileKind } from "@linli/adapters";
 * const csv = "name,gender,_uuid,_submission_time,_index\n";
 * odkFileKind({ name: "kobo.csv", bytes: new TextEncoder().encode(csv) }); // { kind: "submissions", tool: "kobo" }
 * ```
 */
export function odkFileKind(file: ExportFile): OdkFileKind | undefined {
  expectArgument("odkFileKind", "file", "object", file);
  if (!isXlsx(file.bytes)) return kindOf(headerOf(csvRows(csvText(file.bytes))));
  let wb: ReturnType<typeof openWorkbook>;
  try {
    wb = openWorkbook(file.bytes, file.name, {});
  } catch {
    return undefined; // Not a workbook linli reads: the import says why.
  }
  const kinds = wb.sheets.map((s) => kindOf(headerOf(wb.rows(s))));
  const main = kinds.find((k) => k?.kind === "submissions");
  const repeat = kinds.find((k) => k?.kind === "repeat");
  // A workbook is the whole export: it counts as submissions when it has either sheet.
  return main ?? (repeat ? { kind: "submissions", tool: repeat.tool } : undefined);
}

/**
 * Files of one ODK or KoboToolbox export, grouped: each submissions file with the repeat CSV
 * files that belong to it, found by name (Central's `form.csv` and `form-members.csv`) or,
 * when there is one submissions file, that one. Indexes refer to the files given.
 *
 * @example
 * ```ts
 * import { groupOdkFiles } from "@linli/adapters";
 * groupOdkFiles([
 *   { name: "居民登记.csv", kind: { kind: "submissions", tool: "odk" } },
 *   { name: "居民登记-members.csv", kind: { kind: "repeat", tool: "odk", link: "PARENT_KEY" } },
 * ]); // { exports: [{ main: 0, repeats: [1] }], unjoined: [] }
 * ```
 */
export function groupOdkFiles(
  files: readonly { readonly name: string; readonly kind?: OdkFileKind | undefined }[],
): {
  exports: { main: number; repeats: number[] }[];
  unjoined: { file: number; mains: number[] }[];
} {
  expectArgument("groupOdkFiles", "files", "list", files);
  const exports: { main: number; repeats: number[] }[] = [];
  const byMain = new Map<number, number[]>();
  files.forEach((f, i) => {
    if (f.kind?.kind !== "submissions") return;
    const repeats: number[] = [];
    byMain.set(i, repeats);
    exports.push({ main: i, repeats });
  });
  const mains = [...byMain.keys()];
  const unjoined: { file: number; mains: number[] }[] = [];
  files.forEach((f, i) => {
    if (f.kind?.kind !== "repeat") return;
    const own = tableName(f.name);
    let best: number | undefined;
    for (const m of mains) {
      const base = tableName(files[m]!.name);
      if (own.startsWith(base) && own.length > base.length) {
        if (best === undefined || base.length > tableName(files[best]!.name).length) best = m;
      }
    }
    best ??= mains.length === 1 ? mains[0] : undefined;
    if (best === undefined) unjoined.push({ file: i, mains });
    else byMain.get(best)!.push(i);
  });
  return { exports, unjoined };
}

/**
 * The error for a repeat file whose submissions file is not among the files: none given, or
 * several it could belong to (`mains`).
 *
 * @example
 * ```ts
 * import { odkUnjoinedError } from "@linli/adapters";
 * odkUnjoinedError("form-members.csv", "PARENT_KEY", []).localized.en;
 * // "form-members.csv is a repeat of an ODK or KoboToolbox export (PARENT_KEY column); give …"
 * ```
 */
export function odkUnjoinedError(
  file: string,
  link: string,
  mains: readonly string[],
): ImportError {
  expectText("odkUnjoinedError", "file", file);
  expectText("odkUnjoinedError", "link", link);
  expectArgument("odkUnjoinedError", "mains", "texts", mains);
  return mains.length === 0
    ? new ImportError("odk.repeatAlone", { file, link })
    : new ImportError("odk.repeatWhich", { file, mains: mains.join(", ") });
}
