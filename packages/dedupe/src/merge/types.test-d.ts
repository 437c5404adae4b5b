// Type test, checked by `pnpm typecheck`: @linli/dedupe's ImportCounts is core's, its merge
// issues are core's RowIssue (so the importers' issues pass through) with `record` beside.
import type * as Core from "@linli/core";
import type { ImportCounts, MergeIssue, RowIssue, SourceSummary } from "@linli/dedupe";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type ImportCountsIsCore = Assert<Same<ImportCounts, Core.ImportCounts>>;
export type RowIssueIsCore = Assert<Same<RowIssue, Core.RowIssue>>;
export type MergeIssueIsARowIssue = Assert<Same<Omit<MergeIssue, "record">, Core.RowIssue>>;
export type SummaryHasCounts = Assert<SourceSummary extends Core.ImportCounts ? true : false>;
