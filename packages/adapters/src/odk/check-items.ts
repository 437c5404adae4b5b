import {
  type EntityName,
  type Issue,
  type Localized,
  type MessageParams,
  validate,
} from "@linli/core";
import { type AdapterMessageCode, adapterMessage } from "../messages.js";
import type { RowIssue } from "../types.js";
import { setAt } from "./flatten.js";
import type { Entry } from "./join.js";
import { tableName } from "./tables.js";

/** Where a row is, as messages name it: the file, and the sheet when the file has several. */
export const placeOf = (file: string, sheet: string) =>
  tableName(file) === sheet && !/\.xlsx$/i.test(file)
    ? adapterMessage("odk.file", { file })
    : adapterMessage("odk.sheet", { file, sheet });

/** A warning about a row of an export, with its place in both languages. */
export function odkIssue(
  file: string,
  sheet: string,
  row: number,
  code: AdapterMessageCode,
  params: MessageParams,
  extra: Partial<RowIssue> = {},
): RowIssue {
  const message = adapterMessage(code, { ...params, row, place: placeOf(file, sheet) });
  return { file, sheet, row, code, severity: "warning", message, ...extra };
}

/**
 * Put each list into its record and check it with the record: a bad cell is left out of its
 * entry, an entry still not valid is left out; each with an issue. Returns the record as
 * validated, and how many entries each sheet lost.
 */
export function fillLists(
  entity: EntityName,
  record: Record<string, unknown>,
  lists: ReadonlyMap<string, Entry[]>,
  issues: RowIssue[],
  left: Map<string, number>,
): Record<string, unknown> {
  for (const [field, entries] of lists) {
    const kept = entries;
    const drop = (k: number, detail: Localized) => {
      const e = kept[k]!;
      issues.push(odkIssue(e.file, e.sheet, e.row, "odk.item", { field, detail }, { field }));
      kept.splice(k, 1);
      left.set(e.sheet, (left.get(e.sheet) ?? 0) + 1);
    };
    // Each pass removes one cell or one entry, so a list of n entries ends within its cells.
    for (;;) {
      setAt(
        record,
        field,
        kept.map((e) => e.item),
      );
      const v = validate(entity, record);
      if (v.ok || kept.length === 0) break;
      const bad = v.issues.find((i: Issue) => {
        const p = i.path?.join(".");
        return p === field || p?.startsWith(`${field}.`);
      });
      if (!bad?.path) break;
      const at = bad.path.slice(field.split(".").length);
      if (at.length === 0) {
        // The list as a whole (more entries than the field takes): the last ones go.
        drop(kept.length - 1, bad.message);
        continue;
      }
      const k = at[0] as number;
      const e = kept[k]!;
      const prop = at[1] as string | undefined;
      if (prop !== undefined && prop in e.item && bad.code !== "schema.required") {
        const cell = e.columns.get(prop);
        const value = cell?.value ?? String(e.item[prop]);
        const column = cell?.column ?? prop;
        issues.push(
          odkIssue(
            e.file,
            e.sheet,
            e.row,
            "odk.itemCell",
            { column, value, field, detail: bad.message },
            { column, field: `${field}.${prop}`, value },
          ),
        );
        const { [prop]: _, ...rest } = e.item;
        e.item = rest;
      } else drop(k, bad.message);
    }
    if (kept.length === 0) removeAt(record, field);
  }
  const v = validate(entity, record);
  if (v.ok) return v.value as Record<string, unknown>;
  // A problem no entry can be blamed for: the lists go whole, each entry said so.
  for (const [field, entries] of lists) {
    for (const e of entries) {
      issues.push(
        odkIssue(
          e.file,
          e.sheet,
          e.row,
          "odk.item",
          { field, detail: v.issues[0]!.message },
          { field },
        ),
      );
      left.set(e.sheet, (left.get(e.sheet) ?? 0) + 1);
    }
    removeAt(record, field);
  }
  const again = validate(entity, record);
  return again.ok ? (again.value as Record<string, unknown>) : record;
}

/** Remove the value at a dotted path, and the objects on the way it leaves empty. */
function removeAt(record: Record<string, unknown>, field: string) {
  const parts = field.split(".");
  const chain: Record<string, unknown>[] = [record];
  for (const p of parts.slice(0, -1)) {
    const next = chain[chain.length - 1]![p];
    if (typeof next !== "object" || next === null) return;
    chain.push(next as Record<string, unknown>);
  }
  for (let k = parts.length - 1; k >= 0; k--) {
    delete chain[k]![parts[k]!];
    if (k > 0 && Object.keys(chain[k]!).length > 0) return;
  }
}
