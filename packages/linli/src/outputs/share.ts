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
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function where(issue: MergeIssue, lang: Locale): string {
  const row = linliMessage("report.row", { file: issue.file, row: issue.row })[lang];
  if (issue.column === undefined) return row;
  const column = linliMessage("report.column", { column: issue.column })[lang];
  return lang === "zh-CN" ? `${row}，${column}` : `${row}, ${column}`;
}

/**
 * Compile a sharing profile for a merge's outputs, or `undefined` when it keeps everything
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
  const plan = rows.plan;
  if (plan.view === "canonical") return undefined;
  const asValue = new Set(plan.columns.filter((c) => c.form === "value").map((c) => c.key));
  const freeText = Object.hasOwn(rows({ [RAW]: "x" }), RAW);
  const ids = plan.fields.some((f) => f.path === "meta.id" && f.form === "value");
  // A raw cell failed validation, so it may hold anything: it is shown only where the
  // profile keeps both the field as it is and free text.
  const rawShown = (field: string | undefined) =>
    freeText && (field === undefined || asValue.has(field));

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

  const withheld = (i: MergeIssue) => {
    const code: LinliMessageCode =
      i.severity === "error" ? "issue.withheld.error" : "issue.withheld.warning";
    const text = (lang: Locale) =>
      linliMessage(code, { where: where(i, lang), code: i.code, profile: resolved.name })[lang];
    return { "zh-CN": text("zh-CN"), en: text("en") };
  };

  return {
    profile: resolved,
    record,
    ids,
    value,
    issue(i) {
      const shown = rawShown(i.field);
      return {
        file: i.file,
        ...(i.sheet !== undefined ? { sheet: i.sheet } : {}),
        row: i.row,
        ...(i.column !== undefined ? { column: i.column } : {}),
        ...(i.field !== undefined ? { field: i.field } : {}),
        code: i.code,
        severity: i.severity,
        message: shown ? i.message : withheld(i),
        ...(shown && i.value !== undefined ? { value: i.value } : {}),
        ...(ids && i.record !== undefined ? { record: i.record } : {}),
      };
    },
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
