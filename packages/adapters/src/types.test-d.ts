// Type test, checked by `pnpm typecheck`: RowIssue and ImportCounts are core's, still importable
// from @linli/adapters where they were first written, and every summary has the counts.

import type { ImportCounts, ImportSummary, RowIssue } from "@linli/adapters";
import type * as Core from "@linli/core";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type RowIssueIsCore = Assert<Same<RowIssue, Core.RowIssue>>;
export type ImportCountsIsCore = Assert<Same<ImportCounts, Core.ImportCounts>>;
export type SummaryHasCounts = Assert<ImportSummary extends Core.ImportCounts ? true : false>;
