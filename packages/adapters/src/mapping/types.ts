import type { EntityName, Localized } from "@linli/core";

/** Why a column maps to a field. */
export type MappingReason = "alias" | "hxl" | "fuzzy" | "preset" | "user" | "unmapped";

/** How one column of the file maps to the model. */
export interface ColumnMapping {
  /** 0-based column index in the file. */
  readonly index: number;
  /** Header text as in the file (the hashtag, or the column letter, when there is none). */
  readonly header: string;
  /** Column key of the field, e.g. `name`, `citizenId`, `address.building`. */
  readonly field?: string;
  /** 0 to 1: 1 for an exact alias, hashtag, preset or user choice; less for fuzzy matches. */
  readonly confidence: number;
  readonly reason: MappingReason;
  /** Fields this compound column is split into (住址 → building, unit, room…). */
  readonly split?: readonly string[];
}

/** A note about the mapping as a whole (e.g. two columns for one field). */
export interface MappingNote {
  readonly code: string;
  readonly message: Localized;
}

/** Which column maps to which field, with confidence and reason. */
export interface MappingReport {
  readonly entity: EntityName;
  /** The survey preset applied, if any. */
  readonly preset?: "wjx" | "jinshuju";
  readonly columns: readonly ColumnMapping[];
  readonly notes: readonly MappingNote[];
}

/**
 * A mapping saved for reuse, plain JSON: header text → column key, or `null` to keep a
 * column unmapped (in `extra`).
 */
export interface SavedMapping {
  readonly entity: EntityName;
  readonly columns: Readonly<Record<string, string | null>>;
}
