import {
  addValue,
  choose,
  type Group,
  type RowFacts,
  representative,
  shallowSame,
} from "./choose.js";
import type { Fused } from "./fuse.js";
import type { FieldConflict, MemberRow, SourceRowRef, SurvivorshipRule } from "./types.js";
import { present, readPath, type Unit, valueKey, writePath } from "./units.js";

/** A row as conflicts name it. */
export const ref = (m: MemberRow): SourceRowRef => ({
  source: m.source,
  file: m.file,
  ...(m.sheet !== undefined ? { sheet: m.sheet } : {}),
  row: m.row,
});

/** Every way a field was written, the chosen group's first: for conflicts. */
export function conflictValues(
  members: readonly MemberRow[],
  chosen: Group,
  groups: Iterable<Group>,
) {
  const out: FieldConflict["values"][number][] = [];
  const push = (g: Group) => {
    // The representative is one of the group's written values (its raw key's entry).
    const rep = representative(g);
    const raws = [...g.raws].sort((a, b) => (a.value === rep ? -1 : b.value === rep ? 1 : 0));
    for (const r of raws) out.push({ value: r.value, rows: r.rows.map((i) => ref(members[i]!)) });
  };
  push(chosen);
  for (const g of groups) if (g !== chosen) push(g);
  return out;
}

function variantsOf(g: Group) {
  const rep = representative(g);
  const out = g.raws.filter((r) => r.value !== rep).map((r) => ({ value: r.value, rows: r.rows }));
  return out.length > 0 ? out : undefined;
}

/** Fuse a field that holds one value (or one object, taken whole). */
export function fuseSingle(
  unit: Unit,
  members: readonly MemberRow[],
  facts: RowFacts,
  rule: SurvivorshipRule,
  id: string,
  out: Fused,
) {
  // Most fields of most duplicates are written the same way: no grouping needed then.
  let first: unknown;
  const rows: number[] = [];
  let same = true;
  for (let i = 0; i < members.length; i++) {
    const v = readPath(members[i]!.record, unit.path);
    if (!present(v)) continue;
    if (rows.length === 0) first = v;
    else if (same && !shallowSame(first, v)) same = false;
    rows.push(i);
  }
  if (rows.length === 0) return;
  if (same) {
    writePath(out.record, unit.path, first);
    out.provenance[unit.key] = { rule, from: rows.length === members.length ? out.all : rows };
    return;
  }
  const groups = new Map<string, Group>();
  // Rows mostly repeat one another's values: a value written as an earlier one takes its key.
  const seen: { value: unknown; key: string }[] = [];
  for (const i of rows) {
    const v = readPath(members[i]!.record, unit.path);
    let key: string | undefined;
    for (const s of seen) {
      if (shallowSame(s.value, v)) {
        key = s.key;
        break;
      }
    }
    if (key === undefined) {
      key = valueKey(v);
      seen.push({ value: v, key });
    }
    addValue(groups, key, v, i);
  }
  const all = [...groups.values()];
  const chosen = all.length === 1 ? all[0]! : choose(all, rule, facts);
  const value = representative(chosen);
  writePath(out.record, unit.path, value);
  const variants = variantsOf(chosen);
  out.provenance[unit.key] = { rule, from: chosen.rows, ...(variants ? { variants } : {}) };
  if (all.length > 1) {
    out.conflicts.push({
      record: id,
      field: unit.key,
      rule,
      chosen: value,
      values: conflictValues(members, chosen, all),
    });
  }
}
