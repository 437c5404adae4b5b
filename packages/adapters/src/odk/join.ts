import type { EntityName, Node } from "@linli/core";
import type { RowIssue } from "../types.js";
import { odkIssue } from "./check-items.js";
import { isChild } from "./flatten.js";
import { repeatPaths } from "./headers.js";
import { buildItem, type ItemOptions } from "./items.js";
import { isBlank, type SubmissionTable } from "./tables.js";

/** One entry of a repeat, with where it came from. */
export interface Entry {
  item: Record<string, unknown>;
  /** The column (header) each property came from. */
  readonly columns: ReadonlyMap<string, { column: string; value: string }>;
  readonly row: number;
  readonly sheet: string;
  readonly file: string;
}

/** How the rows of one repeat table were joined. */
export interface RepeatCount {
  readonly sheet: string;
  readonly file: string;
  readonly field: string;
  readonly rows: number;
  readonly joined: number;
  readonly orphans: number;
}

const LINKS = [
  ["_parent_index", "_index"],
  ["_submission__uuid", "_uuid"],
  ["PARENT_KEY", "KEY"],
] as const;

/** Each link column of the main table: its values, by the row number they are on. */
function parentKeys(main: SubmissionTable): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [, own] of LINKS) {
    const i = main.headers.indexOf(own);
    if (i < 0) continue;
    const m = new Map<string, number>();
    main.rows.forEach((r, n) => {
      const v = (r[i] ?? "").trim();
      if (v !== "" && !m.has(v)) m.set(v, main.rowNumbers[n]!);
    });
    out.set(own, m);
  }
  return out;
}

/**
 * The list a repeat table fills (`household.members`): by its group path, else its name, as
 * Kobo names a repeat sheet (`members`) or Central a repeat file (`居民登记-members`).
 */
function fieldOf(
  t: SubmissionTable,
  main: SubmissionTable,
  paths: ReadonlyMap<string, unknown>,
): string | undefined {
  const prefix = t.headers
    .find((h) => h.includes("/"))
    ?.split("/")
    .slice(0, -1)
    .join(".");
  if (prefix && paths.has(prefix)) return prefix;
  const names = [t.name];
  if (t.name.startsWith(`${main.name}-`)) names.push(t.name.slice(main.name.length + 1));
  names.push(t.name.slice(t.name.lastIndexOf("-") + 1));
  for (const n of names) {
    const dotted = n.split("-").join(".");
    for (const p of paths.keys()) if (p === dotted || p.endsWith(`.${dotted}`)) return p;
  }
  return undefined;
}

/**
 * The entries of every repeat table, by the row number of their submission and the list they
 * go into. Parents are found in maps of the main table's keys, one look-up per row. Rows with
 * no submission, and tables that are no list of the entity, are issues.
 */
export function joinRepeats(
  tables: readonly SubmissionTable[],
  main: SubmissionTable,
  entity: EntityName,
  accepted: ReadonlySet<number>,
  read: ItemOptions = {},
) {
  const keys = parentKeys(main);
  const paths = repeatPaths(entity);
  const issues: RowIssue[] = [];
  const counts: RepeatCount[] = [];
  const entries = new Map<number, Map<string, Entry[]>>();
  for (const t of tables) {
    if (t === main || !isChild(t)) continue;
    const field = fieldOf(t, main, paths);
    const rows = t.rows.filter((r) => !isBlank(r)).length;
    if (!field) {
      issues.push(
        odkIssue(t.file, t.name, t.headerRow, "odk.repeatUnknown", {
          sheet: t.name,
          rows,
          entity,
          lists: [...paths.keys()].join(", "),
        }),
      );
      counts.push({ sheet: t.name, file: t.file, field: "", rows, joined: 0, orphans: rows });
      continue;
    }
    const node = paths.get(field) as Extract<Node, { kind: "object" }>;
    const links = LINKS.flatMap(([link, own]) => {
      const i = t.headers.indexOf(link);
      const m = keys.get(own);
      return i >= 0 ? [{ link, i, m }] : [];
    });
    let joined = 0;
    let orphans = 0;
    t.rows.forEach((cells, n) => {
      if (isBlank(cells)) return;
      const row = t.rowNumbers[n]!;
      let parent: number | undefined;
      for (const { i, m } of links) {
        parent = m?.get((cells[i] ?? "").trim());
        if (parent !== undefined) break;
      }
      if (parent === undefined || !accepted.has(parent)) {
        orphans++;
        const shown = links[0];
        issues.push(
          odkIssue(
            t.file,
            t.name,
            row,
            parent === undefined ? "odk.orphan" : "odk.orphanRejected",
            {
              sheet: t.name,
              row,
              field,
              link: shown?.link ?? "_parent_index",
              value: shown ? (cells[shown.i] ?? "").trim() : "",
              ...(parent !== undefined ? { parent } : {}),
            },
            { field },
          ),
        );
        return;
      }
      const { item, cells: columns } = buildItem(
        node,
        t.headers,
        cells,
        field.slice(field.lastIndexOf(".") + 1),
        read,
      );
      let per = entries.get(parent);
      if (!per) {
        per = new Map();
        entries.set(parent, per);
      }
      let list = per.get(field);
      if (!list) {
        list = [];
        per.set(field, list);
      }
      list.push({ item, columns, row, sheet: t.name, file: t.file });
      joined++;
    });
    counts.push({ sheet: t.name, file: t.file, field, rows, joined, orphans });
  }
  return { entries, issues, counts };
}
