import type { EntityName, Localized } from "@linli/core";

/**
 * Why a column maps to a field.
 *
 * @example
 * ```ts
 * import type { MappingReason } from "@linli/adapters";
 * const reason: MappingReason = "hxl"; // the column's HXL hashtag named the field
 * ```
 */
export type MappingReason = "alias" | "hxl" | "fuzzy" | "preset" | "user" | "unmapped";

/**
 * How one column of the file maps to the model.
 *
 * @example
 * ```ts
 * import type { ColumnMapping } from "@linli/adapters";
 * const c: ColumnMapping = { index: 4, header: "紧急联系人电话", field: "phone2", confidence: 0.86, reason: "fuzzy" };
 * ```
 */
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

/**
 * A note about the mapping as a whole (e.g. two columns for one field).
 *
 * @example
 * ```ts
 * import { suggestMapping } from "@linli/adapters";
 * suggestMapping(["姓名", "居民姓名"], "resident").notes[0]?.code; // "mapping.duplicate"
 * ```
 */
export interface MappingNote {
  readonly code: string;
  readonly message: Localized;
}

/**
 * Which column maps to which field, with confidence and reason.
 *
 * @example
 * ```ts
 * import { suggestMapping } from "@linli/adapters";
 * const report = suggestMapping(["序号", "提交答卷时间", "1、姓名"], "resident");
 * report.preset; // "wjx"
 * report.columns[2]; // { index: 2, header: "1、姓名", field: "name", confidence: 1, reason: "alias" }
 * ```
 */
export interface MappingReport {
  readonly entity: EntityName;
  /**
   * The survey export the file was read as, if any: 问卷星 (`wjx`), 金数据 (`jinshuju`), or an
   * ODK form's export from KoboToolbox (`kobo`) or ODK Central (`odk`, see `importOdkExport`).
   */
  readonly preset?: "wjx" | "jinshuju" | "kobo" | "odk";
  readonly columns: readonly ColumnMapping[];
  readonly notes: readonly MappingNote[];
}

/**
 * A mapping saved for reuse, plain JSON: header text → column key, or `null` to keep a
 * column unmapped (in `extra`).
 *
 * @example
 * ```ts
 * import { importFile, type SavedMapping } from "@linli/adapters";
 * const mapping: SavedMapping = { entity: "resident", columns: { 户主: "household.headName", 楼长: null } };
 * await importFile(new TextEncoder().encode("姓名,户主,楼长\n王伟,王建国,张三\n"), { entity: "resident", mapping });
 * ```
 */
export interface SavedMapping {
  readonly entity: EntityName;
  readonly columns: Readonly<Record<string, string | null>>;
}
