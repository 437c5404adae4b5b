import {
  type EntityName,
  type EntityRecord,
  type Issue,
  type Localized,
  validate,
} from "@linli/core";
import { ImportError } from "../errors.js";
import { type ImportSummary, importRecords } from "../import/import-records.js";
import { adapterMessage } from "../messages.js";
import type { RowResult } from "../record/build.js";
import type { RowIssue } from "../types.js";
import { flatten, isChild, setAt } from "./flatten.js";
import { repeatPaths } from "./headers.js";
import { buildItem } from "./items.js";
import { type ExportFile, readTables } from "./tables.js";

/**
 * Options of {@link importOdkExport}.
 *
 * @example
 * ```ts
 * import type { OdkImportOptions } from "@linli/adapters";
 * const options: OdkImportOptions = { entity: "resident", source: "丈八社区 Kobo" };
 * ```
 */
export interface OdkImportOptions<N extends EntityName = EntityName> {
  readonly entity: N;
  /** `meta.source` of the records; the first file's name unless told. */
  readonly source?: string;
}

/**
 * How the entries of one repeat sheet were joined to their submissions.
 *
 * @example
 * ```ts
 * import type { OdkRepeatSummary } from "@linli/adapters";
 * const s: OdkRepeatSummary = { sheet: "members", field: "household.members", rows: 3, joined: 3, orphans: 0, left: 0 };
 * ```
 */
export interface OdkRepeatSummary {
  readonly sheet: string;
  /** The list the entries went into, e.g. `household.members`. */
  readonly field: string;
  readonly rows: number;
  readonly joined: number;
  /** Rows whose submission is not in the export (or was rejected). */
  readonly orphans: number;
  /** Entries left out because they were not valid even without their bad cells. */
  readonly left: number;
}

/**
 * The records of an ODK or KoboToolbox export, and an account of every row.
 *
 * @example
 * ```ts
 * import type { OdkImportResult } from "@linli/adapters";
 * const count = (r: OdkImportResult) => r.records.length + r.rejected.length;
 * ```
 */
export interface OdkImportResult<T = Record<string, unknown>> {
  readonly records: T[];
  readonly rejected: Extract<RowResult, { kind: "rejected" }>[];
  /** Repeat rows that were not joined, entries and cells left out, in zh-CN and en. */
  readonly issues: RowIssue[];
  readonly summary: ImportSummary & { readonly repeats: readonly OdkRepeatSummary[] };
}

const issue = (
  file: string,
  sheet: string,
  row: number,
  code: string,
  message: Localized,
  extra: Partial<RowIssue> = {},
): RowIssue => ({ file, sheet, row, code, severity: "warning", message, ...extra });

/**
 * Import an ODK Central or KoboToolbox export of a form that uses linli's field names (such as
 * one made by `xlsForm`) or its HXL hashtags: the XLSX with a sheet per repeat, or CSV files.
 * Group paths (`address/compound`) map to linli fields; repeat rows join their submission by
 * `_parent_index` (or `_submission__uuid`, or Central's `PARENT_KEY`) into lists such as
 * household members; `_uuid` and `_submission_time` become `meta.submission`; a
 * select_multiple reads as space-separated codes or one column per choice. Every row is
 * accounted for: a record, a rejected row, or an issue.
 *
 * @example
 * ```ts
 * import { importOdkExport } from "@linli/adapters";
 * const csv = "name,gender,_uuid,_submission_time,_index\n王伟,female,5f0c…,2024-03-01T08:30:00,1\n";
 * const { records } = await importOdkExport({ name: "kobo.csv", bytes: new TextEncoder().encode(csv) }, { entity: "resident" });
 * ```
 */
export async function importOdkExport<N extends EntityName>(
  files: ExportFile | readonly ExportFile[],
  options: OdkImportOptions<N>,
): Promise<OdkImportResult<EntityRecord<N>>> {
  const list = "bytes" in files ? [files as ExportFile] : (files as readonly ExportFile[]);
  const file = list[0]?.name ?? "(input)";
  const tables = list.flatMap(readTables);
  const main =
    tables.find((t) => !isChild(t) && t.rows.length > 0) ?? tables.find((t) => !isChild(t));
  if (!main) throw new ImportError("odk.noSubmissions", { file });
  const central = main.headers.includes("KEY");
  const { csv, mapping } = flatten(main, options.entity, central ? "ODK Central" : "KoboToolbox");
  const run = importRecords(new TextEncoder().encode(csv), {
    entity: options.entity,
    fileName: file,
    source: options.source ?? file,
    format: "csv",
    mapping: { entity: options.entity, columns: mapping },
    header: 1,
    hxl: main.hashtags ? "require" : "ignore",
  });
  const first = main.hashtags ? 3 : 2;
  const byRow = new Map<number, Record<string, unknown>>();
  const rejected: Extract<RowResult, { kind: "rejected" }>[] = [];
  for await (const r of run) {
    if (r.kind === "record") byRow.set(r.row - first, r.record as Record<string, unknown>);
    else if (r.kind === "rejected") rejected.push(r);
  }
  const summary = await run.summary();

  // Parent links: Kobo's _index (and _uuid), Central's KEY.
  const link = (name: string) => {
    const i = main.headers.indexOf(name);
    const m = new Map<string, number>();
    if (i >= 0) for (const [n, r] of main.rows.entries()) m.set((r[i] ?? "").trim(), n);
    return m;
  };
  const byIndex = link("_index");
  const byUuid = link("_uuid");
  const byKey = link("KEY");
  const paths = repeatPaths(options.entity);
  const issues: RowIssue[] = [];
  const repeats: OdkRepeatSummary[] = [];
  const items = new Map<
    number,
    Map<string, { item: Record<string, unknown>; row: number; sheet: string }[]>
  >();
  for (const t of tables.filter(isChild)) {
    const prefix = t.headers
      .find((h) => h.includes("/"))
      ?.split("/")
      .slice(0, -1)
      .join(".");
    const field =
      (prefix && paths.has(prefix) ? prefix : undefined) ??
      [...paths.keys()].find((p) => p === t.name || p.endsWith(`.${t.name}`));
    if (!field) continue;
    const node = paths.get(field)!;
    const col = (h: string) => t.headers.indexOf(h);
    let joined = 0;
    let orphans = 0;
    t.rows.forEach((cells, n) => {
      const row = n + (t.hashtags ? 3 : 2);
      const via = [
        ["_parent_index", byIndex],
        ["_submission__uuid", byUuid],
        ["PARENT_KEY", byKey],
      ] as const;
      let parent: number | undefined;
      let shown: { link: string; value: string } | undefined;
      for (const [h, m] of via) {
        const i = col(h);
        if (i < 0) continue;
        const v = (cells[i] ?? "").trim();
        shown ??= { link: h, value: v };
        parent = m.get(v);
        if (parent !== undefined) break;
      }
      if (parent === undefined || !byRow.has(parent)) {
        orphans++;
        issues.push(
          issue(
            file,
            t.name,
            row,
            "odk.orphan",
            adapterMessage("odk.orphan", {
              sheet: t.name,
              row,
              field,
              ...(shown ?? { link: "_parent_index", value: "" }),
            }),
            {
              field,
            },
          ),
        );
        return;
      }
      const { item } = buildItem(node, t.headers, cells);
      const per = items.get(parent) ?? new Map();
      per.set(field, [...(per.get(field) ?? []), { item, row, sheet: t.name }]);
      items.set(parent, per);
      joined++;
    });
    repeats.push({ sheet: t.name, field, rows: t.rows.length, joined, orphans, left: 0 });
  }

  // Each list is checked with its record: bad cells are left out, then entries that still fail.
  const records: EntityRecord<N>[] = [];
  const left = new Map<string, number>();
  for (const [n, record] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const per = items.get(n);
    let out = record;
    if (per) {
      for (const [field, entries] of per) {
        const kept = entries.map((e) => ({ ...e, item: { ...e.item } }));
        for (let pass = 0; pass < 50; pass++) {
          setAt(
            record,
            field,
            kept.map((e) => e.item),
          );
          const v = validate(options.entity, record);
          if (v.ok) break;
          const bad = v.issues.find((i: Issue) => i.path?.join(".").startsWith(`${field}.`));
          if (!bad?.path) break;
          const at = bad.path.slice(field.split(".").length);
          const k = at[0] as number;
          const e = kept[k]!;
          const prop = at[1] as string | undefined;
          if (prop !== undefined && prop in e.item && bad.code !== "schema.required") {
            issues.push(
              issue(
                file,
                e.sheet,
                e.row,
                "odk.itemCell",
                adapterMessage("odk.itemCell", {
                  sheet: e.sheet,
                  row: e.row,
                  column: prop,
                  value: String(e.item[prop]),
                  field,
                  detail: bad.message,
                }),
                { field: `${field}.${prop}`, value: String(e.item[prop]) },
              ),
            );
            delete e.item[prop];
          } else {
            issues.push(
              issue(
                file,
                e.sheet,
                e.row,
                "odk.item",
                adapterMessage("odk.item", {
                  sheet: e.sheet,
                  row: e.row,
                  field,
                  detail: bad.message,
                }),
                { field },
              ),
            );
            kept.splice(k, 1);
            left.set(e.sheet, (left.get(e.sheet) ?? 0) + 1);
          }
        }
        if (kept.length === 0) {
          const parts = field.split(".");
          const holder = parts
            .slice(0, -1)
            .reduce<Record<string, unknown> | undefined>(
              (o, p) => o?.[p] as Record<string, unknown> | undefined,
              record,
            );
          if (holder) delete holder[parts[parts.length - 1]!];
        }
      }
      const v = validate(options.entity, record);
      if (v.ok) out = v.value as Record<string, unknown>;
    }
    records.push(out as EntityRecord<N>);
  }
  return {
    records,
    rejected,
    issues,
    summary: {
      ...summary,
      repeats: repeats.map((r) => ({ ...r, left: left.get(r.sheet) ?? 0 })),
    },
  };
}
