import type { EntityName, ImportCounts, RowIssue } from "@linli/core";
import type { DedupeOptions, ProfileName } from "../options.js";
import type { FieldExplanation, Params, Profile, Stats } from "../types.js";
import type { NearMiss } from "./near-miss.js";

/**
 * One row of one source, as a spreadsheet user finds it again: the source (community), the
 * file name as given, the sheet when there are several, and the 1-based row number as the
 * spreadsheet shows it (title and header rows counted).
 *
 * @example
 * ```ts
 * import type { SourceRowRef } from "@linli/dedupe";
 * const at: SourceRowRef = { source: "丈八社区", file: "丈八社区.csv", row: 3 };
 * ```
 */
export interface SourceRowRef {
  readonly source: string;
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
}

/**
 * An accepted (validated) row handed to {@link merge}.
 *
 * @example
 * ```ts
 * import type { MergeRow } from "@linli/dedupe";
 * const row: MergeRow = { row: 2, record: { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" } };
 * ```
 */
export interface MergeRow<R = Record<string, unknown>> {
  readonly record: R;
  /** 1-based row number as the spreadsheet shows it (for arrays: the position, from 1). */
  readonly row: number;
  readonly sheet?: string;
}

/**
 * A problem with one row: a rejected row's reasons or an accepted row's warnings, as
 * `@linli/adapters` reports them (core's `RowIssue`, so they pass through unchanged), or a
 * problem of a merged record.
 *
 * @example
 * ```ts
 * import type { MergeIssue } from "@linli/dedupe";
 * const i: MergeIssue = {
 *   file: "小寨.xlsx", row: 7, column: "身份证号", field: "citizenId", code: "citizenId.checksum",
 *   severity: "warning", message: { "zh-CN": "身份证号校验位错误", en: "Wrong check character" },
 * };
 * ```
 */
export interface MergeIssue extends RowIssue {
  /** Set on issues about a merged record rather than an input row. */
  readonly record?: string;
}

// Where ImportCounts was first written; it lives in core now, shared with @linli/adapters.
export type { ImportCounts, RowIssue } from "@linli/core";

/**
 * One source of accepted rows: a community's file after import and validation.
 *
 * @example
 * ```ts
 * import type { MergeSource } from "@linli/dedupe";
 * const source: MergeSource = {
 *   name: "丈八社区",
 *   file: "丈八社区.csv",
 *   rows: [{ row: 2, record: { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" } }],
 *   counts: { rowsRead: 2, accepted: 1, rejected: 1, emptySkipped: 0, withheldRows: 0, withheldCells: 0, warnings: 0 },
 * };
 * ```
 */
export interface MergeSource<R = Record<string, unknown>> {
  /** The community or organisation. Rows are known by source name and `meta.id`. */
  readonly name: string;
  /** File name as given (default: the name). */
  readonly file?: string;
  readonly rows: Iterable<MergeRow<R>>;
  /** Import counts; by default every row given counts as read and accepted. */
  readonly counts?: Partial<ImportCounts>;
  /** Rejected rows and warnings of the import, carried into the result. */
  readonly issues?: readonly MergeIssue[];
}

/**
 * A row behind a merged record: where it is, its stable key and the values it was accepted
 * with (kept so that a later merge can take this result as an input).
 *
 * @example
 * ```ts
 * import type { MemberRow } from "@linli/dedupe";
 * const m: MemberRow = {
 *   source: "丈八社区", file: "丈八社区.csv", row: 3, key: "丈八社区\u0000r-1",
 *   record: { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" },
 * };
 * ```
 */
export interface MemberRow<R = Record<string, unknown>> extends SourceRowRef {
  /** `source name` + U+0000 + `meta.id` (+ U+0000 + n for the n-th repeat of an id in one input). */
  readonly key: string;
  readonly record: R;
}

/**
 * How one field's value is chosen among a cluster's rows.
 * - `most-frequent`: the value most rows give (after normalisation);
 * - `most-recent`: the value of the most recently updated row (`meta.updatedAt`, the survey's
 *   modification or submission time, `meta.createdAt`);
 * - `most-complete`: the longest text, or the object with the most parts filled in;
 * - `source-priority`: the value of the source listed first in `options.priority`;
 * - `union`: every distinct element (multi-valued fields: phones, identifiers, choices).
 * Ties fall to the next rule in the order frequency, recency, completeness, then row order.
 *
 * @example
 * ```ts
 * import type { SurvivorshipRule } from "@linli/dedupe";
 * const rule: SurvivorshipRule = "most-recent";
 * ```
 */
export type SurvivorshipRule =
  | "most-frequent"
  | "most-recent"
  | "most-complete"
  | "source-priority"
  | "union";

/**
 * Rows (indexes into the cluster's `rows`) that gave one value, written in one way.
 *
 * @example
 * ```ts
 * import type { ValueRows } from "@linli/dedupe";
 * const v: ValueRows = { value: "張靜", rows: [1] };
 * ```
 */
export interface ValueRows {
  readonly value: unknown;
  readonly rows: readonly number[];
}

/**
 * Where a merged field's value came from. Row numbers are indexes into the cluster's `rows`.
 *
 * @example
 * ```ts
 * import type { FieldProvenance } from "@linli/dedupe";
 * const p: FieldProvenance = { rule: "most-frequent", from: [0, 2], variants: [{ value: "張靜", rows: [2] }] };
 * ```
 */
export interface FieldProvenance {
  readonly rule: SurvivorshipRule | "fallback";
  /** Rows that gave the chosen value (the same once normalised). */
  readonly from: readonly number[];
  /** The chosen value as other rows wrote it (traditional characters, full-width digits…). */
  readonly variants?: readonly ValueRows[];
  /** Multi-valued fields: each kept element with the rows that had it. */
  readonly elements?: readonly (ValueRows & { readonly variants?: readonly ValueRows[] })[];
}

/**
 * A field whose rows disagreed: every value with the rows that gave it, and the chosen one.
 *
 * @example
 * ```ts
 * import type { FieldConflict } from "@linli/dedupe";
 * const c: FieldConflict = {
 *   record: "m-0ab3k2x9q1c7d4", field: "birthDate", rule: "most-frequent", chosen: "1985-03-02",
 *   values: [
 *     { value: "1985-03-02", rows: [{ source: "丈八社区", file: "丈八社区.csv", row: 3 }] },
 *     { value: "1985-02-03", rows: [{ source: "小寨社区", file: "小寨社区.xlsx", row: 9 }] },
 *   ],
 * };
 * ```
 */
export interface FieldConflict {
  /** Id of the merged record. */
  readonly record: string;
  /** The field: a column key (`birthDate`, `citizenId`) or an object (`address`). */
  readonly field: string;
  readonly rule: SurvivorshipRule | "fallback";
  readonly chosen: unknown;
  /** Every distinct value, the chosen one first. */
  readonly values: readonly { readonly value: unknown; readonly rows: readonly SourceRowRef[] }[];
}

/**
 * Why two rows of a cluster are the same: the scored pair (probability and per-field
 * evidence), or `identical` when every compared field is the same. `a`, `b` index `rows`.
 *
 * @example
 * ```ts
 * import type { MatchEvidence } from "@linli/dedupe";
 * const e: MatchEvidence = { a: 0, b: 1, probability: 0.999, explanation: [{ field: "name", level: "exact", weight: 9.1 }] };
 * ```
 */
export type MatchEvidence =
  | {
      readonly a: number;
      readonly b: number;
      readonly probability: number;
      readonly explanation: readonly FieldExplanation[];
      readonly household?: boolean;
      /** Only name, birth date and the like agree (see `ScoredPair.possible`). */
      readonly possible?: boolean;
    }
  | { readonly a: number; readonly b: number; readonly identical: true }
  | { readonly a: number; readonly b: number; readonly linked: "must-link" };

/**
 * The rows behind one merged record.
 *
 * @example
 * ```ts
 * import type { MergeCluster } from "@linli/dedupe";
 * const c: MergeCluster = { id: "m-0ab3k2x9q1c7d4", rows: [] };
 * ```
 */
export interface MergeCluster<R = Record<string, unknown>> {
  /** The merged record's id (also its `meta.id`), derived from the cluster; see {@link merge}. */
  readonly id: string;
  /** Source rows, ordered by source, sheet and row. */
  readonly rows: readonly MemberRow<R>[];
  /** Ids of earlier merged records that new evidence joined into this one. */
  readonly aliases?: readonly string[];
  /** Ids of earlier merged records some of whose rows are now here, the rest elsewhere. */
  readonly splitFrom?: readonly string[];
  /** Per field (clusters of two rows or more; a single row gives every value itself). */
  readonly provenance?: Readonly<Record<string, FieldProvenance>>;
  /** Pairs of rows that put the cluster together (clusters of two rows or more). */
  readonly evidence?: readonly MatchEvidence[];
  /**
   * The cluster holds together only through possible matches somewhere (name, birth date and
   * sex agree; no ID, phone or address does): a person should check it before acting on it.
   */
  readonly possible?: boolean;
}

/**
 * Per source (community): its import counts and what became of its rows. Row categories are
 * disjoint: `rows = unique + duplicatesWithin + duplicatesAcross`.
 *
 * @example
 * ```ts
 * import type { SourceSummary } from "@linli/dedupe";
 * const s: SourceSummary = {
 *   source: "丈八社区", files: ["丈八社区.csv"], rowsRead: 12, accepted: 10, rejected: 1,
 *   emptySkipped: 1, withheldRows: 0, withheldCells: 0, warnings: 0, repeated: 0, rows: 10, unique: 7, duplicatesWithin: 1, duplicatesAcross: 2,
 * };
 * ```
 */
export interface SourceSummary extends ImportCounts {
  readonly source: string;
  readonly files: readonly string[];
  /**
   * Accepted rows already present: the same source row (same key, same values) in an earlier
   * merged result given as input, or read twice in this run. They add nothing.
   */
  readonly repeated: number;
  /** This source's rows in the result (each in exactly one cluster). */
  readonly rows: number;
  /** Rows alone in their cluster, or the first of their source in a cluster of this source only. */
  readonly unique: number;
  /** Rows in a cluster with an earlier row (by row number) of the same source. */
  readonly duplicatesWithin: number;
  /** Other rows in a cluster holding at least one row of another source. */
  readonly duplicatesAcross: number;
  /** The import counts were carried over from an earlier merged result (not read again). */
  readonly carried?: boolean;
}

/**
 * Progress of a merge, for progress bars. During `dedupe` the position is estimated from the
 * stages of record linkage (normalise, block, compare, cluster).
 *
 * @example
 * ```ts
 * import type { MergeProgress } from "@linli/dedupe";
 * const onProgress = (p: MergeProgress) => console.log(p.stage, p.done, p.total);
 * ```
 */
export interface MergeProgress {
  readonly stage: "import" | "dedupe" | "fusion" | "write";
  readonly done: number;
  readonly total?: number;
  /** The source or file being read, or the dedupe step. */
  readonly detail?: string;
}

/**
 * Options of {@link merge}.
 *
 * @example
 * ```ts
 * import type { MergeOptions } from "@linli/dedupe";
 * const options: MergeOptions = {
 *   entity: "resident",
 *   rules: { notes: "most-recent", address: "source-priority" },
 *   priority: ["丈八社区", "小寨社区"],
 * };
 * ```
 */
export interface MergeOptions {
  /** The entity of every row. Default `resident`. */
  readonly entity?: EntityName;
  /** Linkage profile. Default: the built-in profile of the entity. */
  readonly profile?: Profile | ProfileName;
  /** Match-probability threshold. Default: the profile's (0.9). */
  readonly threshold?: number;
  /** Survivorship rule per field (column key such as `name`, or object such as `address`). */
  readonly rules?: Readonly<Record<string, SurvivorshipRule>>;
  /** Source names, most trusted first, for `source-priority` (unlisted sources come after). */
  readonly priority?: readonly string[];
  /** Rows known to be the same person (confirmed by a person): they end in one cluster. */
  readonly mustLink?: readonly (readonly Omit<SourceRowRef, "file">[])[];
  /**
   * Rows a person decided are not the same: no two rows of one group end in one cluster
   * (`parseDecisions` reads them from the file the workbench saves).
   */
  readonly cannotLink?: readonly (readonly Omit<SourceRowRef, "file">[])[];
  /**
   * Other options of `dedupe` (sample size, EM iterations, seed, chain splitting, the engine
   * and its settings). With `engine: "duckdb"`, `merge` returns a Promise.
   */
  readonly dedupe?: Pick<
    DedupeOptions,
    | "comparators"
    | "params"
    | "splitWeight"
    | "sampleSize"
    | "maxIterations"
    | "seed"
    | "engine"
    | "onProgress"
    | "duckdb"
  >;
  /** Keep the pairs that explain each cluster. Default `true`. */
  readonly evidence?: boolean;
  /** Near misses to report (pairs kept apart that came close). Default 100; 0 for none. */
  readonly nearMisses?: number;
  /** Called as the merge advances through its stages, for a progress bar. */
  readonly onProgress?: (progress: MergeProgress) => void;
}

/**
 * What {@link merge} returns; plain data (`JSON.stringify` it) that {@link merge} also takes
 * back as an input, for incremental merges.
 *
 * @example
 * ```ts
 * import { merge, type MergeResult } from "@linli/dedupe";
 * const result: MergeResult = merge([]);
 * result.records.length === result.clusters.length; // true
 * ```
 */
export interface MergeResult<R = Record<string, unknown>> {
  readonly format: "linli-merge";
  readonly version: 1;
  readonly entity: EntityName;
  /** Merged records, one per cluster, `meta.id` = the cluster's id. */
  readonly records: R[];
  /** Parallel to `records`. */
  readonly clusters: MergeCluster<R>[];
  readonly conflicts: FieldConflict[];
  /** Rejected and warned rows (from the sources) and warnings about merged records. */
  readonly issues: MergeIssue[];
  readonly summary: SourceSummary[];
  /**
   * Pairs of rows kept apart that came close (strongest first, at most `options.nearMisses`):
   * for a coordinator to check. Absent in results of earlier versions and of the DuckDB engine.
   */
  readonly nearMisses?: NearMiss[];
  readonly stats: MergeStats;
}

/**
 * Counts and timings of a merge.
 *
 * @example
 * ```ts
 * import { merge } from "@linli/dedupe";
 * merge([]).stats.records; // 0
 * ```
 */
export interface MergeStats {
  /** Distinct input rows (after repeats were set aside). */
  readonly rows: number;
  readonly records: number;
  /** Clusters of two rows or more. */
  readonly duplicateClusters: number;
  readonly conflicts: number;
  /**
   * Milliseconds: `rows` (gathering rows by key), `dedupe` (record linkage), `fusion` (ids,
   * values, provenance, conflicts, summary) and `total`.
   */
  readonly timings: Readonly<Record<string, number>>;
  readonly linkage?: Stats;
  /** Linkage parameters, to pass back as `options.dedupe.params`. */
  readonly params?: Params;
}
