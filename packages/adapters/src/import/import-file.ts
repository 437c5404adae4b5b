import type { EntityName, EntityRecord } from "@linli/core";
import type { MappingReport } from "../mapping/types.js";
import type { RowResult } from "../record/build.js";
import type { ByteSource } from "../source/bytes.js";
import type { RowIssue } from "../types.js";
import {
  type ImportOptions,
  type ImportSummary,
  importRecordsWith,
  type RowProcessor,
} from "./import-records.js";

/**
 * Everything an import produced, collected.
 *
 * @example
 * ```ts
 * import { type ImportResult, importFile } from "@linli/adapters";
 * const result: ImportResult = await importFile(new TextEncoder().encode("姓名\n王伟\n"), { entity: "resident" });
 * result.records.length; // 1
 * ```
 */
export interface ImportResult<T = Record<string, unknown>> {
  readonly records: T[];
  readonly rejected: Extract<RowResult<T>, { kind: "rejected" }>[];
  /** Every issue: rejected rows' issues and accepted records' warnings, in row order. */
  readonly issues: RowIssue[];
  readonly summary: ImportSummary;
  readonly mapping: MappingReport;
}

/**
 * Import a whole file and collect the results: for small files, forms and tests. Large files
 * should iterate {@link importRecords} instead.
 *
 * @example
 * ```ts
 * import { importFile } from "@linli/adapters";
 * const { records, rejected, summary } = await importFile(
 *   new TextEncoder().encode("姓名,电话\n王伟,13800138000\n,\n"),
 *   { entity: "resident", fileName: "a.csv" },
 * );
 * summary.rowsRead === summary.accepted + summary.rejected + summary.emptySkipped; // true
 * ```
 */
export function importFile<N extends EntityName>(
  source: ByteSource,
  options: ImportOptions<N>,
): Promise<ImportResult<EntityRecord<N>>> {
  return importFileWith(source, options);
}

/** {@link importFile}, with a {@link RowProcessor} for the tables it can take. */
export async function importFileWith<N extends EntityName>(
  source: ByteSource,
  options: ImportOptions<N>,
  processor?: RowProcessor,
): Promise<ImportResult<EntityRecord<N>>> {
  const run = importRecordsWith(source, options, processor);
  const records: EntityRecord<N>[] = [];
  const rejected: Extract<RowResult<EntityRecord<N>>, { kind: "rejected" }>[] = [];
  const issues: RowIssue[] = [];
  for await (const r of run) {
    if (r.kind === "record") {
      records.push(r.record);
      for (const x of r.warnings) issues.push(x);
    } else if (r.kind === "rejected") {
      rejected.push(r);
      for (const x of r.issues) issues.push(x);
    }
  }
  const summary = await run.summary();
  return { records, rejected, issues, summary, mapping: summary.mapping };
}
