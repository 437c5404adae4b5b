import type { Issue } from "@linli/core";
import { addValue, type Group, type RowFacts } from "./choose.js";
import type { FuseContext, Fused } from "./fuse.js";
import { conflictValues } from "./fuse-field.js";
import { mergeMessage } from "./messages.js";
import type { MemberRow } from "./types.js";
import { elementKey, present, readPath, type Unit, valueKey, writePath } from "./units.js";

/** The row whose own values stand in when chosen values do not fit together. */
export function anchorOf(
  members: readonly MemberRow[],
  units: readonly Unit[],
  facts: RowFacts,
): number {
  let best = 0;
  let bestFilled = -1;
  members.forEach((m, i) => {
    const filled = units.reduce((n, u) => n + (present(readPath(m.record, u.path)) ? 1 : 0), 0);
    if (filled > bestFilled || (filled === bestFilled && facts.time[i]! > facts.time[best]!)) {
      best = i;
      bestFilled = filled;
    }
  });
  return best;
}

function deletePath(record: Record<string, unknown>, path: readonly string[]) {
  const parent = readPath(record, path.slice(0, -1));
  if (typeof parent === "object" && parent !== null) {
    delete (parent as Record<string, unknown>)[path[path.length - 1]!];
  }
}

const detailOf = (issues: readonly Issue[]) =>
  ({
    "zh-CN": issues.map((i) => i.message["zh-CN"]).join("；"),
    en: issues.map((i) => i.message.en).join("; "),
  }) as const;

/**
 * Each unit a validation issue points at takes the anchor row's value instead of the chosen
 * one, with a warning; every value stays in the conflicts.
 */
export function revertUnits(
  out: Fused,
  issues: readonly Issue[],
  members: readonly MemberRow[],
  ctx: FuseContext,
  id: string,
  anchor: number,
) {
  const a = members[anchor]!;
  const where = { record: id, file: a.file, row: a.row };
  const reverted = new Set<string>();
  for (const issue of issues) {
    const path = (issue.path ?? []).map(String);
    const unit = [...ctx.units]
      .filter((u) => u.path.every((k, i) => path[i] === k))
      .sort((x, y) => y.path.length - x.path.length)[0];
    if (!unit || reverted.has(unit.key)) continue;
    reverted.add(unit.key);
    const v = readPath(a.record, unit.path);
    if (present(v)) writePath(out.record, unit.path, v);
    else deletePath(out.record, unit.path);
    const same = present(v) ? valueKey(v) : undefined;
    out.provenance[unit.key] = {
      rule: "fallback",
      from: members.flatMap((m, i) =>
        same !== undefined && valueKey(readPath(m.record, unit.path)) === same ? [i] : [],
      ),
    };
    recordFallbackConflict(out, unit, members, id, v);
    out.issues.push({
      ...where,
      code: "merge.fallback",
      severity: "warning",
      field: unit.key,
      message: mergeMessage("merge.fallback", {
        ...where,
        field: unit.label,
        detail: detailOf([issue]),
      }),
    });
  }
}

/** The whole record of the anchor row, with a warning: the last resort. */
export function revertRecord(
  out: Fused,
  issues: readonly Issue[],
  members: readonly MemberRow[],
  ctx: FuseContext,
  id: string,
  anchor: number,
) {
  const a = members[anchor]!;
  const where = { record: id, file: a.file, row: a.row };
  out.record = { ...(a.record as Record<string, unknown>), meta: out.record.meta };
  for (const unit of ctx.units) out.provenance[unit.key] = { rule: "fallback", from: [anchor] };
  out.issues.push({
    ...where,
    code: "merge.fallbackRecord",
    severity: "warning",
    message: mergeMessage("merge.fallbackRecord", { ...where, detail: detailOf(issues) }),
  });
}

/** A unit that fell back keeps every value in the conflicts (a union cut short included). */
function recordFallbackConflict(
  out: Fused,
  unit: Unit,
  members: readonly MemberRow[],
  id: string,
  chosen: unknown,
) {
  const groups = new Map<string, Group>();
  members.forEach((m, i) => {
    const v = readPath(m.record, unit.path);
    if (!present(v)) return;
    if (unit.kind === "set" && Array.isArray(v)) {
      for (const el of v) if (present(el)) addValue(groups, elementKey(el), el, i);
    } else addValue(groups, valueKey(v), v, i);
  });
  const others = out.conflicts.filter((c) => !(c.record === id && c.field === unit.key));
  out.conflicts.length = 0;
  for (const x of others) out.conflicts.push(x);
  const all = [...groups.values()];
  if (all.length === 0) return;
  out.conflicts.push({
    record: id,
    field: unit.key,
    rule: "fallback",
    chosen,
    values: conflictValues(members, all[0]!, all),
  });
}
