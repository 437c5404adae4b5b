import { columnLetter, looksLikeValue } from "@linli/adapters";
import type { EntityName, Locale } from "@linli/core";
import type { FieldConflict, MergeIssue } from "@linli/dedupe";
import {
  type ApplyProfileOptions,
  type BuiltinProfileName,
  type Profiler,
  profiler,
  type ResolvedProfile,
  type RowProfiler,
  resolveProfile,
  rowProfiler,
  type SharingProfile,
} from "@linli/privacy";
import type { LinliMessageCode } from "../locales/en.js";
import type { FileMapping } from "../merge/types.js";
import { linliMessage } from "../messages.js";

/** A key no entity has: rows with it tell whether a profile keeps unmapped free text. */
const RAW = "\u0000raw";

/**
 * A sharing profile compiled for the outputs of one merge: every value an output writes goes
 * through one of these functions. Absent (see {@link sharing}) when the profile changes
 * nothing, so canonical outputs stay byte for byte what they were.
 */
export interface Sharing {
  readonly profile: ResolvedProfile;
  /** Merged and source records as the profile shares them. */
  readonly record: Profiler;
  /** Whether record IDs survive; without them outputs list counts, not records. */
  readonly ids: boolean;
  /** A field's value (column key such as `citizenId`, or an object such as `address`); undefined when withheld. */
  value(field: string, value: unknown): unknown;
  /** An issue with its raw cell and any message that quotes it withheld. */
  issue(issue: MergeIssue): MergeIssue;
  /** A conflict with every value shared as its field is; the record ID only when IDs survive. */
  conflict(conflict: FieldConflict): FieldConflict;
  /** A file's column mapping with every header that holds a personal value named by its column letter. */
  mapping(mapping: FileMapping): FileMapping;
}

/**
 * A header as shared outputs may print it: one that holds a personal value (an ID number, a
 * phone, an e-mail address: the first record of a file without a header row, or a value typed
 * into the header) is replaced by its column letter, as the value would be withheld.
 */
export function sharedHeader(header: string, index?: number): string {
  if (!looksLikeValue(header)) return header;
  return index === undefined ? "?" : columnLetter(index);
}

/** {@link Sharing.mapping}: headers and the notes that quote them. */
export function sharedMapping(m: FileMapping): FileMapping {
  const hidden = m.columns.filter((c) => looksLikeValue(c.header));
  if (hidden.length === 0) return m;
  const hide = (text: string) => {
    let out = text;
    for (const c of hidden) out = out.split(c.header).join(columnLetter(c.index));
    return out;
  };
  return {
    ...m,
    columns: m.columns.map((c) =>
      looksLikeValue(c.header) ? { ...c, header: columnLetter(c.index) } : c,
    ),
    notes: m.notes.map((n) => ({
      code: n.code,
      message: { "zh-CN": hide(n.message["zh-CN"]), en: hide(n.message.en) },
    })),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function where(issue: MergeIssue, lang: Locale): string {
  const row = linliMessage("report.row", { file: issue.file, row: issue.row })[lang];
  if (issue.column === undefined) return row;
  const column = linliMessage("report.column", { column: sharedHeader(issue.column) })[lang];
  return lang === "zh-CN" ? `${row}，${column}` : `${row}, ${column}`;
}

/**
 * What a sharing profile lets reports of import problems show (issues.json of `linli merge`
 * and `linli convert`, problem lines printed by the CLI). A rejected cell failed validation,
 * so it may hold anything, e.g. an ID number typed into the gender column: its raw value, and
 * any message that quotes it, are kept only where the profile keeps the field unchanged and
 * keeps free text; otherwise they are withheld with a message saying why, in zh-CN and en.
 *
 * @example
 * ```ts
 * import { issueSharing } from "linli";
 * const share = issueSharing("resident", "partner-ngo");
 * const shared = share?.issue({
 *   file: "居民.csv",
 *   row: 3,
 *   column: "性别",
 *   field: "gender",
 *   code: "choice.unknown",
 *   severity: "error",
 *   message: { "zh-CN": "第 3 行：“11010519491231002X”不是性别", en: "Row 3: “11010519491231002X” is no gender" },
 *   value: "11010519491231002X",
 * });
 * shared?.value; // undefined
 * share?.shows("gender"); // false: partner-ngo drops free text, and a rejected cell is free text
 * ```
 */
export interface IssueSharing {
  /** The profile's name, as the withheld messages state it. */
  readonly profile: string;
  /**
   * Whether a raw cell of a field (column key such as `gender`; `undefined` for a column
   * mapped to no field) may be shown as it is.
   */
  shows(field: string | undefined): boolean;
  /**
   * The issue with its raw cell and any message quoting it withheld where
   * {@link IssueSharing.shows} says no, and its record ID where the profile drops IDs.
   */
  issue(issue: MergeIssue): MergeIssue;
}

/**
 * Whether a profile leaves every value as it is. A canonical view is not enough: a profile
 * that only drops fields (or pseudonymises without a secret) still gives valid records.
 */
const unchanged = (rows: RowProfiler) =>
  rows.plan.view === "canonical" && rows.plan.dropped.length === 0;

/** The rule for issues, from a profile compiled for rows. */
function issueRule(rows: RowProfiler, name: string): IssueSharing & { readonly ids: boolean } {
  const plan = rows.plan;
  const asValue = new Set(plan.columns.filter((c) => c.form === "value").map((c) => c.key));
  const freeText = Object.hasOwn(rows({ [RAW]: "x" }), RAW);
  const ids = plan.fields.some((f) => f.path === "meta.id" && f.form === "value");
  // A raw cell failed validation, so it may hold anything: it is shown only where the
  // profile keeps both the field as it is and free text.
  // A record ID that is an ID number or a phone is shared as that identifier would be.
  const recordOf = (id: string): { record?: string } => {
    const shared = rows({ "meta.id": id })["meta.id"];
    return typeof shared === "string" ? { record: shared } : {};
  };
  const shows = (field: string | undefined) =>
    freeText && (field === undefined || asValue.has(field));
  const withheld = (i: MergeIssue) => {
    const code: LinliMessageCode =
      i.severity === "error"
        ? "issue.withheld.error"
        : i.severity === "withheld"
          ? "issue.withheld.cell"
          : "issue.withheld.warning";
    const text = (lang: Locale) =>
      linliMessage(code, { where: where(i, lang), code: i.code, profile: name })[lang];
    return { "zh-CN": text("zh-CN"), en: text("en") };
  };
  return {
    profile: name,
    ids,
    shows,
    issue(i) {
      const shown = shows(i.field);
      return {
        file: i.file,
        ...(i.sheet !== undefined ? { sheet: i.sheet } : {}),
        row: i.row,
        ...(i.column !== undefined ? { column: sharedHeader(i.column) } : {}),
        ...(i.field !== undefined ? { field: i.field } : {}),
        code: i.code,
        severity: i.severity,
        // A message quotes its column: one whose header holds a value is withheld too.
        message:
          shown && !(i.column !== undefined && looksLikeValue(i.column)) ? i.message : withheld(i),
        ...(shown && i.value !== undefined ? { value: i.value } : {}),
        ...(ids && i.record !== undefined ? recordOf(i.record) : {}),
      };
    },
  };
}

/**
 * Compile the rule of {@link IssueSharing} for the import problems of an entity, or
 * `undefined` when the profile keeps every value as it is (`internal`): then issues are shown
 * whole.
 *
 * @example
 * ```ts
 * import { issueSharing } from "linli";
 * issueSharing("resident", "internal"); // undefined
 * issueSharing("resident", "public-statistics")?.shows(undefined); // false: no free text
 * ```
 */
export function issueSharing(
  entity: EntityName,
  profile: SharingProfile | BuiltinProfileName,
  options: ApplyProfileOptions = {},
): IssueSharing | undefined {
  const rows = rowProfiler(entity, profile, options);
  if (unchanged(rows)) return undefined;
  const { profile: name, shows, issue } = issueRule(rows, resolveProfile(profile).name);
  return { profile: name, shows, issue };
}

/**
 * Compile a sharing profile for a merge's outputs, or `undefined` when it keeps every value
 * as it is (`internal`): then no output changes.
 */
export function sharing(
  entity: EntityName,
  profile: SharingProfile | BuiltinProfileName,
  options: ApplyProfileOptions = {},
): Sharing | undefined {
  const resolved = resolveProfile(profile);
  const record = profiler(entity, profile, options);
  const rows: RowProfiler = rowProfiler(entity, profile, options);
  if (unchanged(rows)) return undefined;
  const { ids, issue } = issueRule(rows, resolved.name);

  const value = (field: string, v: unknown): unknown => {
    if (v === undefined || v === null) return v;
    if (isObject(v)) {
      const flat: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) flat[`${field}.${k}`] = x;
      const out = rows(flat);
      const back: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(out)) {
        if (k.startsWith(`${field}.`)) back[k.slice(field.length + 1)] = x;
      }
      return Object.keys(back).length > 0 ? back : undefined;
    }
    return rows({ [field]: v })[field];
  };

  return {
    profile: resolved,
    record,
    ids,
    value,
    issue,
    mapping: sharedMapping,
    conflict(c) {
      // Without record IDs the conflict names no record (typed as one for the shared writers).
      return {
        ...(ids ? { record: c.record } : {}),
        field: c.field,
        rule: c.rule,
        chosen: value(c.field, c.chosen),
        values: c.values.map((v) => ({ value: value(c.field, v.value), rows: v.rows })),
      } as FieldConflict;
    },
  };
}
