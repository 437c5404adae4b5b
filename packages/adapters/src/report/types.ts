import type { EntityName, Locale, Localized } from "@linli/core";

/**
 * Text of a report: one string, or one per language. `{name}` is replaced by the parameter
 * `name` (`{date}`, `{community}`); in `template` values also by a field (`{address.building}`).
 *
 * @example
 * ```ts
 * import type { ReportText } from "@linli/adapters";
 * const title: ReportText = { "zh-CN": "{community}居家隔离人员日报表", en: "{community} home quarantine daily report" };
 * ```
 */
export type ReportText = string | Localized;

/**
 * A value computed from a record. A plain string is a field (column key such as `name`,
 * `citizenId`, `address.building`, `quarantine.start`).
 *
 * - `{ field, display }`: a field; choices as labels (default) or codes.
 * - `{ rowNumber: true }`: 1, 2, 3… (序号).
 * - `{ age: "birthDate" }` or `{ age: ["birthDate", "citizenId"] }`: whole years on the report
 *   date, from the first field that gives a birth date (a citizen ID holds one).
 * - `{ days: ["quarantine.start", "{date}"], inclusive: true }`: days from the first date to
 *   the second (either a field or a parameter); `inclusive` counts both ends (第几天).
 * - `{ address: "address" }`: the address object as one line (绿地世纪城3号楼2单元301);
 *   `divisions: true` puts district, street and community first. `""` for an entity whose
 *   address fields are at the top (locations).
 * - `{ date: "occurredAt" }`: the day of a date-time.
 * - `{ template: "{address.building}号楼" }`: text with fields and parameters filled in.
 * - `{ join: [...], separator }`: values joined, empty ones skipped.
 * - `{ const: "…" }`: a fixed value.
 *
 * @example
 * ```ts
 * import type { ReportValue } from "@linli/adapters";
 * const day: ReportValue = { days: ["quarantine.start", "{date}"], inclusive: true };
 * ```
 */
export type ReportValue =
  | string
  | { readonly field: string; readonly display?: "label" | "code" }
  | { readonly rowNumber: true }
  | { readonly age: string | readonly string[] }
  | { readonly days: readonly [string, string]; readonly inclusive?: boolean }
  | { readonly address: string; readonly divisions?: boolean }
  | { readonly date: string }
  | { readonly template: ReportText }
  | { readonly join: readonly ReportValue[]; readonly separator?: string }
  | { readonly const: string | number };

/** A value a condition compares with: a literal, or `"{parameter}"`. */
export type ReportLiteral = string | number | boolean;

/**
 * Which records a report or sheet takes. A field that holds several choices matches when
 * any of them does. Strings compare as text (ISO dates compare correctly), numbers as numbers.
 * `when: "building"` applies the condition only when the parameter `building` has a value.
 *
 * @example
 * ```ts
 * import type { ReportCondition } from "@linli/adapters";
 * const homeQuarantine: ReportCondition = {
 *   all: [
 *     { field: "quarantine.status", in: ["in-quarantine", "health-monitoring"] },
 *     { field: "quarantine.place", eq: "home" },
 *     { field: "address.building", eq: "{building}", when: "building" },
 *   ],
 * };
 * ```
 */
export type ReportCondition =
  | { readonly all: readonly ReportCondition[] }
  | { readonly any: readonly ReportCondition[] }
  | { readonly not: ReportCondition }
  | {
      /** A field, or a computed value (e.g. `{ age: "birthDate" }`). */
      readonly field?: string;
      readonly value?: ReportValue;
      readonly eq?: ReportLiteral;
      readonly ne?: ReportLiteral;
      readonly in?: readonly ReportLiteral[];
      readonly notIn?: readonly ReportLiteral[];
      readonly gt?: ReportLiteral;
      readonly gte?: ReportLiteral;
      readonly lt?: ReportLiteral;
      readonly lte?: ReportLiteral;
      readonly exists?: boolean;
      readonly contains?: string;
      readonly when?: string;
    };

/**
 * A column of a list sheet.
 *
 * @example
 * ```ts
 * import type { ReportColumn } from "@linli/adapters";
 * const age: ReportColumn = { label: { "zh-CN": "年龄", en: "Age" }, value: { age: ["birthDate", "citizenId"] } };
 * ```
 */
export interface ReportColumn {
  /** Header; default the field's label. */
  readonly label?: ReportText;
  readonly value: ReportValue;
  /** Width in characters; default from the header and the kind of value. */
  readonly width?: number;
  /** Add this column up in the totals row. */
  readonly sum?: boolean;
}

/** Sort order of a list. */
export interface ReportSort {
  readonly by: ReportValue;
  readonly order?: "asc" | "desc";
}

/**
 * A sheet listing records, one row each, under fixed title rows.
 *
 * @example
 * ```ts
 * import type { ReportListSheet } from "@linli/adapters";
 * const sheet: ReportListSheet = {
 *   type: "list",
 *   name: "名单",
 *   title: ["{community}居家隔离人员日报表", "统计日期：{date}"],
 *   columns: [{ label: "序号", value: { rowNumber: true } }, { value: "name" }],
 *   totals: { label: "合计（人）", count: true },
 * };
 * ```
 */
export interface ReportListSheet {
  readonly type: "list";
  readonly name: ReportText;
  /** Title rows above the table; the first is the big, centred title. */
  readonly title?: readonly ReportText[];
  readonly filter?: ReportCondition;
  readonly sort?: readonly ReportSort[];
  readonly columns: readonly ReportColumn[];
  /** A totals row: its label (in the first column), the row count, and the `sum` columns. */
  readonly totals?: { readonly label: ReportText; readonly count?: boolean };
  /** Rows below the table (填表人：…). */
  readonly footer?: readonly ReportText[];
}

/**
 * What a group-by sheet groups on.
 *
 * @example
 * ```ts
 * import type { ReportGroup } from "@linli/adapters";
 * const byBuilding: ReportGroup = { by: "address.building", label: "楼栋" };
 * ```
 */
export interface ReportGroup {
  readonly by: ReportValue;
  readonly label?: ReportText;
  /** Categories in this order (codes or values), also when none is present; others follow. */
  readonly values?: readonly string[];
  /** For a choice field: list every choice, also those with no record. */
  readonly allChoices?: boolean;
}

/** What each cell of a group-by sheet holds: the number of records, or a sum. */
export type ReportMeasure =
  | { readonly count: true; readonly label?: ReportText }
  | { readonly sum: ReportValue; readonly label?: ReportText };

/**
 * A sheet of counts (or sums) by one or more groups, optionally with one group spread over
 * the columns (a cross-table: buildings down, residency types across), with totals.
 *
 * @example
 * ```ts
 * import type { ReportGroupSheet } from "@linli/adapters";
 * const sheet: ReportGroupSheet = {
 *   type: "groupBy",
 *   name: "按楼栋统计",
 *   rows: [{ by: "address.building", label: "楼栋" }],
 *   columns: { by: "residencyType", allChoices: true },
 *   minCount: 5,
 * };
 * ```
 */
export interface ReportGroupSheet {
  readonly type: "groupBy";
  readonly name: ReportText;
  readonly title?: readonly ReportText[];
  readonly filter?: ReportCondition;
  readonly rows: readonly ReportGroup[];
  /** One column per value of this group. */
  readonly columns?: ReportGroup;
  /** Default: the count. Several measures only without `columns`. */
  readonly measures?: readonly ReportMeasure[];
  /** Totals row (and column, for a cross-table). Default true. */
  readonly totals?: boolean;
  /** Counts below this are small: suppressed (default) or flagged, see `smallCounts`. */
  readonly minCount?: number;
  readonly smallCounts?: "suppress" | "flag";
  readonly footer?: readonly ReportText[];
}

/** A sheet of a report. */
export type ReportSheetDefinition = ReportListSheet | ReportGroupSheet;

/** A parameter of a report, e.g. the community name or the report date. */
export interface ReportParameter {
  readonly label: ReportText;
  /** Default value; `"today"` is the date the report runs. */
  readonly default?: string;
  readonly required?: boolean;
}

/**
 * A report definition: a JSON file (or a TS object) that lays canonical records out the way
 * a department's form wants them.
 *
 * @example
 * ```ts
 * import type { ReportDefinition } from "@linli/adapters";
 * const needs: ReportDefinition = {
 *   linli: "report",
 *   version: 1,
 *   id: "needs-by-category",
 *   name: { "zh-CN": "求助需求统计", en: "Needs by category" },
 *   entity: "need",
 *   sheets: [{ type: "groupBy", name: "统计", rows: [{ by: "category", allChoices: true }], columns: { by: "status" } }],
 * };
 * ```
 */
export interface ReportDefinition {
  readonly linli: "report";
  readonly version: 1;
  readonly id: string;
  readonly name: ReportText;
  readonly description?: ReportText;
  readonly entity: EntityName;
  readonly parameters?: Readonly<Record<string, ReportParameter>>;
  /** Records every sheet takes. */
  readonly filter?: ReportCondition;
  readonly sheets: readonly ReportSheetDefinition[];
}

/** A cell of a computed report: text, a number, or empty. */
export type ReportCell = string | number | null;

/**
 * A computed sheet: title rows, header, rows, totals and footer, ready to lay out.
 *
 * @example
 * ```ts
 * import type { ReportSheet } from "@linli/adapters";
 * const s: ReportSheet = {
 *   name: "按楼栋统计", kind: "groupBy", title: ["丈八社区隔离人员统计"], header: ["楼栋", "隔离中", "合计"],
 *   rows: [["3", 2, 2]], totals: ["合计", 2, 2], footer: [], formats: ["text", "integer", "integer"],
 *   widths: [8, 8, 8], flagged: [],
 * };
 * ```
 */
export interface ReportSheet {
  readonly name: string;
  readonly kind: "list" | "groupBy";
  readonly title: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  readonly totals?: readonly ReportCell[];
  readonly footer: readonly string[];
  /** Per column: how cells are shown (`date` cells hold `YYYY-MM-DD`). */
  readonly formats: readonly ("text" | "date" | "integer" | "decimal" | "general")[];
  readonly widths: readonly number[];
  /** Cells flagged as small counts, as [row, column] of `rows` (row `rows.length`: the totals). */
  readonly flagged: readonly (readonly [number, number])[];
  /** A note under the table, e.g. what a suppressed or flagged count means. */
  readonly note?: string;
}

/**
 * A computed report.
 *
 * @example
 * ```ts
 * import type { Report } from "@linli/adapters";
 * const r: Report = { id: "quarantine-daily", name: "居家隔离人员日报表", lang: "zh-CN", parameters: { date: "2022-01-05" }, sheets: [] };
 * ```
 */
export interface Report {
  readonly id: string;
  readonly name: string;
  readonly lang: Locale;
  /** The parameter values used. */
  readonly parameters: Readonly<Record<string, string>>;
  readonly sheets: readonly ReportSheet[];
}
