import type { CellFix, ColumnMapping, MappingNote, RowIssue, SavedMapping } from "@linli/adapters";
import type { EntityName, Locale, Localized } from "@linli/core";
import type { SourceRowRef, SourceSummary } from "@linli/dedupe";

/** Rows a reviewer decided on: must link (the same person) or cannot link (not the same). */
export interface Decisions {
  readonly mustLink: readonly (readonly RowRef[])[];
  readonly cannotLink: readonly (readonly RowRef[])[];
}

/** A source row as the merge knows it: source (community), sheet, spreadsheet row. */
export type RowRef = Omit<SourceRowRef, "file">;

/** What was found about one file. */
export interface FileReport {
  readonly file: string;
  readonly source: string;
  readonly entity: EntityName;
  /** How well each entity's fields match the headers (0 to 1), best first. */
  readonly entityScores: readonly { readonly entity: EntityName; readonly score: number }[];
  readonly format: string;
  readonly encoding?: string;
  readonly sheet?: string;
  readonly sheets: readonly string[];
  readonly headerRow?: number;
  readonly hashtagRow?: number;
  readonly headers: readonly string[];
  readonly preset?: string;
  readonly columns: readonly ColumnMapping[];
  readonly notes: readonly MappingNote[];
  readonly counts: FileCounts;
  readonly issues: readonly RowIssue[];
  readonly ms: number;
}

/** Counts of one file: read = kept + withheld rows + rejected + empty. */
export interface FileCounts {
  readonly read: number;
  readonly accepted: number;
  /** Rows kept with at least one cell withheld (left out as unreadable). */
  readonly withheldRows: number;
  readonly withheldCells: number;
  readonly rejected: number;
  readonly empty: number;
  readonly warnings: number;
}

/** One row of a cluster, as the review shows it. */
export interface ReviewRow extends RowRef {
  readonly file: string;
  /** A few identifying values, by field label. */
  readonly values: readonly {
    readonly field: string;
    readonly label: Localized;
    readonly value: Localized;
  }[];
}

/** A cluster of rows taken for one record, with why. */
export interface ReviewCluster {
  readonly id: string;
  readonly rows: readonly ReviewRow[];
  readonly evidence: readonly ReviewEvidence[];
}

/** Why two rows (indexes of the cluster's rows) go together, or nearly. */
export interface ReviewEvidence {
  readonly a: number;
  readonly b: number;
  readonly text: Localized;
}

/** What the page shows of a merge. */
export interface MergeView {
  readonly entity: EntityName;
  readonly records: number;
  readonly rows: number;
  readonly duplicateClusters: number;
  readonly conflicts: number;
  readonly summary: readonly SourceSummary[];
  readonly clusters: readonly ReviewCluster[];
  readonly nearMisses: readonly ReviewCluster[];
  readonly unknownRows: readonly RowIssue[];
  readonly ms: number;
}

/** What the page asks of the worker; `seq` pairs it with the answers. */
export type Request = { readonly seq: number } & (
  | {
      readonly type: "read";
      readonly id: string;
      readonly file: File;
      readonly source: string;
      /** The entity to read as; absent: the best match of the headers. */
      readonly entity?: EntityName;
      readonly mapping?: SavedMapping;
      readonly fixes?: readonly CellFix[];
    }
  | { readonly type: "forget"; readonly id: string }
  | {
      readonly type: "merge";
      readonly entity: EntityName;
      readonly ids: readonly string[];
      readonly decisions: Decisions;
    }
  | {
      readonly type: "download";
      readonly kind: DownloadKind;
      readonly lang: Locale;
      readonly profile: string;
      readonly date: string;
    }
);

/** The downloads of a merge. */
export type DownloadKind = "xlsx" | "csv" | "hxl" | "json" | "report" | "issues" | "log";

/** Progress of a long step. */
export interface Progress {
  readonly stage: "import" | "dedupe" | "fusion" | "write";
  readonly done: number;
  readonly total?: number;
  readonly detail?: string;
}

/** What the worker answers to request `seq`: progress, then one final answer. */
export type Response = { readonly seq: number } & (
  | ({ readonly type: "progress" } & Progress)
  | { readonly type: "read"; readonly report: FileReport }
  | { readonly type: "merged"; readonly view: MergeView }
  | { readonly type: "file"; readonly name: string; readonly blob: Blob }
  | { readonly type: "done" }
  | { readonly type: "error"; readonly message: Localized }
);
