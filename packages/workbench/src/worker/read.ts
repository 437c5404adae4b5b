import {
  type CellFix,
  importRecords,
  type OpenedSource,
  openSource,
  type RowIssue,
  readTable,
  type SavedMapping,
} from "@linli/adapters";
import type { EntityName } from "@linli/core";
import type { MergeRow, MergeSource } from "@linli/dedupe";
import { entityScores } from "../logic/entity.js";
import type { FileCounts, FileReport, Progress } from "./protocol.js";

/** A file read: what the page shows, and the rows the merge takes. */
export interface ReadFile {
  readonly report: FileReport;
  readonly source: MergeSource;
}

/** Counts an import summary may carry beyond rows read, accepted, rejected and empty. */
interface Withheld {
  readonly withheldRows?: number;
  readonly withheldCells?: number;
}

/**
 * Read one file whole: find its header and entity (unless given), import every row with the
 * mapping and fixes given, and keep the accepted rows for the merge.
 */
export async function readFile(
  file: File,
  source: string,
  options: {
    readonly entity?: EntityName;
    readonly mapping?: SavedMapping;
    readonly fixes?: readonly CellFix[];
  },
  progress: (p: Progress) => void,
): Promise<ReadFile> {
  const started = performance.now();
  // The header is read ahead only to guess the entity; a file read again (a fix, a mapping)
  // knows it, and the import tells its header (an XLSX file is not opened twice).
  const known = options.entity ?? options.mapping?.entity;
  // A workbook opened to read its header is imported as it is (unzipped and its strings read
  // once); text is read once, so a text file is opened again.
  let opened: OpenedSource | undefined;
  if (!known) opened = await openSource(file, { fileName: file.name });
  const first = opened && (await readTable(opened, { fileName: file.name }).info());
  const guessed = first && entityScores(first.headers, first.hashtags);
  const entity = known ?? guessed![0]!.entity;
  const run = importRecords(opened?.format === "xlsx" ? opened : file, {
    entity,
    fileName: file.name,
    source,
    ...(options.mapping && options.mapping.entity === entity ? { mapping: options.mapping } : {}),
    ...(options.fixes && options.fixes.length > 0 ? { fixes: options.fixes } : {}),
  });
  const rows: MergeRow[] = [];
  const issues: RowIssue[] = [];
  let n = 0;
  let told = performance.now();
  // A batch at a time: an await per row costs about 1 µs, 0.1 s in 100,000 rows.
  for await (const batch of run.batches()) {
    for (const r of batch) {
      if (r.kind === "record") {
        rows.push({
          row: r.row,
          record: r.record,
          ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
        });
        for (const w of r.warnings) issues.push(w);
      } else if (r.kind === "rejected") {
        for (const x of r.issues) issues.push(x);
      }
    }
    n += batch.length;
    if (performance.now() - told > 100) {
      told = performance.now();
      progress({ stage: "import", done: n, detail: file.name });
    }
  }
  const summary = await run.summary();
  const info = run.table ?? first ?? (await readTable(file, { fileName: file.name }).info());
  const scores = guessed ?? entityScores(info.headers, info.hashtags);
  const withheld = summary as Withheld;
  const counts: FileCounts = {
    read: summary.rowsRead,
    accepted: summary.accepted,
    withheldRows: withheld.withheldRows ?? 0,
    withheldCells: withheld.withheldCells ?? 0,
    rejected: summary.rejected,
    empty: summary.emptySkipped,
    warnings: summary.warnings,
  };
  const mapping = summary.mapping;
  const report: FileReport = {
    file: file.name,
    source,
    entity,
    entityScores: scores,
    format: info.format,
    ...(info.encoding ? { encoding: info.encoding } : {}),
    ...(info.sheet !== undefined ? { sheet: info.sheet } : {}),
    sheets: info.sheets,
    ...(info.headerRow !== undefined ? { headerRow: info.headerRow } : {}),
    ...(info.hashtagRow !== undefined ? { hashtagRow: info.hashtagRow } : {}),
    headers: mapping.columns.map((c) => c.header),
    ...(mapping.preset ? { preset: mapping.preset } : {}),
    columns: mapping.columns,
    notes: mapping.notes,
    counts,
    issues,
    ms: Math.round(performance.now() - started),
  };
  return {
    report,
    source: {
      name: source,
      file: file.name,
      rows,
      counts: {
        rowsRead: summary.rowsRead,
        accepted: summary.accepted,
        rejected: summary.rejected,
        emptySkipped: summary.emptySkipped,
        warnings: summary.warnings,
      },
      issues,
    },
  };
}
