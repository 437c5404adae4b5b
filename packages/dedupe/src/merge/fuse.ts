import {
  checkCitizenId,
  type EntityName,
  type Issue,
  SCHEMA_VERSION,
  validator,
} from "@linli/core";
import { addValue, choose, type Group, type RowFacts, rawKey, representative } from "./choose.js";
import { mergeMessage } from "./messages.js";
import type {
  FieldConflict,
  FieldProvenance,
  MemberRow,
  MergeIssue,
  SourceRowRef,
  SurvivorshipRule,
} from "./types.js";
import { elementKey, present, readPath, type Unit, unitsOf, valueKey, writePath } from "./units.js";

/** What stays the same for every cluster of one merge. */
export interface FuseContext {
  readonly entity: EntityName;
  readonly units: readonly Unit[];
  readonly rules: Readonly<Record<string, SurvivorshipRule>>;
  readonly priority: ReadonlyMap<string, number>;
}

/** A fused cluster. */
export interface Fused {
  record: Record<string, unknown>;
  /** Every row index of the cluster, shared by the fields all rows gave (less to keep). */
  readonly all: readonly number[];
  readonly provenance: Record<string, FieldProvenance>;
  readonly conflicts: FieldConflict[];
  readonly issues: MergeIssue[];
}

/** The context of a merge of `entity` records. */
export function fuseContext(
  entity: EntityName,
  rules: Readonly<Record<string, SurvivorshipRule>> = {},
  priority: readonly string[] = [],
): FuseContext {
  return {
    entity,
    units: unitsOf(entity),
    rules,
    priority: new Map(priority.map((s, i) => [s, i])),
  };
}

const ref = (m: MemberRow): SourceRowRef => ({
  source: m.source,
  file: m.file,
  ...(m.sheet !== undefined ? { sheet: m.sheet } : {}),
  row: m.row,
});

function timeOf(record: unknown): number {
  const meta = (record as { meta?: Record<string, unknown> }).meta;
  const sub = meta?.submission as Record<string, unknown> | undefined;
  for (const v of [meta?.updatedAt, sub?.updatedAt, sub?.at, meta?.createdAt]) {
    if (typeof v === "string") {
      const t = Date.parse(v);
      if (!Number.isNaN(t)) return t;
    }
  }
  return Number.NEGATIVE_INFINITY;
}

function factsOf(members: readonly MemberRow[], ctx: FuseContext): RowFacts {
  const n = members.length;
  const time = new Float64Array(n);
  const rank = new Int32Array(n);
  members.forEach((m, i) => {
    time[i] = timeOf(m.record);
    rank[i] = ctx.priority.get(m.source) ?? ctx.priority.size;
  });
  return { time, rank };
}

/** Every way a field was written, the chosen group's first: for conflicts. */
function conflictValues(members: readonly MemberRow[], chosen: Group, groups: Iterable<Group>) {
  const out: FieldConflict["values"][number][] = [];
  const push = (g: Group) => {
    const rep = rawKey(representative(g));
    const raws = [...g.raws.entries()].sort(([a], [b]) => (a === rep ? -1 : b === rep ? 1 : 0));
    for (const [, r] of raws)
      out.push({ value: r.value, rows: r.rows.map((i) => ref(members[i]!)) });
  };
  push(chosen);
  for (const g of groups) if (g !== chosen) push(g);
  return out;
}

function variantsOf(g: Group) {
  const rep = rawKey(representative(g));
  const out = [...g.raws.entries()]
    .filter(([raw]) => raw !== rep)
    .map(([, r]) => ({ value: r.value, rows: r.rows }));
  return out.length > 0 ? out : undefined;
}

function fuseSingle(
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
  for (const i of rows) {
    const v = readPath(members[i]!.record, unit.path);
    addValue(groups, valueKey(v), v, i);
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

/** Equal primitives, or flat objects with equal properties (an address written the same way). */
function shallowSame(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  }
  return true;
}

/** Elements all given, each once, and no scheme a person has one of given twice. */
function distinct(list: readonly unknown[], unit: Unit): boolean {
  const keys = new Set<string>();
  const schemes = new Set<unknown>();
  for (const el of list) {
    if (!present(el)) return false;
    const k = elementKey(el);
    if (keys.has(k)) return false;
    keys.add(k);
    const scheme = (el as { scheme?: unknown }).scheme;
    if (unit.schemes && typeof scheme === "string" && scheme in unit.schemes) {
      if (schemes.has(scheme)) return false;
      schemes.add(scheme);
    }
  }
  return true;
}

/** Lists whose elements are the same, in the same order. */
function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!shallowSame(a[i], b[i])) return false;
  return true;
}

/** 1 for a citizen ID that passes its check, 0 otherwise. */
function validity(e: Element): number {
  const m = e.merged as { scheme?: unknown; value?: unknown };
  return m.scheme === "cn-citizen-id" && typeof m.value === "string" && checkCitizenId(m.value).ok
    ? 1
    : 0;
}

interface Element extends Group {
  merged: unknown;
  readonly first: number;
}

function fuseSet(unit: Unit, members: readonly MemberRow[], id: string, out: Fused) {
  let first: readonly unknown[] | undefined;
  const having: number[] = [];
  let same = true;
  for (let i = 0; i < members.length; i++) {
    const list = readPath(members[i]!.record, unit.path);
    if (!Array.isArray(list) || list.length === 0) continue;
    if (!first) first = list;
    else if (same && !sameList(first, list)) same = false;
    having.push(i);
  }
  if (!first) return;
  if (same && distinct(first, unit)) {
    // Every row that has the list has it the same: nothing to unite.
    writePath(out.record, unit.path, first);
    out.provenance[unit.key] = {
      rule: "union",
      from: having.length === members.length ? out.all : having,
      elements: first.map((value) => ({
        value,
        rows: having.length === members.length ? out.all : having,
      })),
    };
    return;
  }
  const elements = new Map<string, Element>();
  let seq = 0;
  members.forEach((m, i) => {
    const list = readPath(m.record, unit.path);
    if (!Array.isArray(list)) return;
    for (const el of list) {
      if (!present(el)) continue;
      const k = elementKey(el);
      let e = elements.get(k);
      if (!e) {
        e = { key: k, rows: [], raws: new Map(), merged: el, first: seq++ };
        elements.set(k, e);
      } else if (typeof e.merged === "object" && e.merged !== null && typeof el === "object") {
        // The same phone with its kind in one row and a note in another: keep both parts.
        const filled = { ...(e.merged as Record<string, unknown>) };
        let changed = false;
        for (const [p, v] of Object.entries(el as Record<string, unknown>)) {
          if (!present(filled[p]) && present(v)) {
            filled[p] = v;
            changed = true;
          }
        }
        if (changed) e.merged = filled;
      }
      addValue(elements, k, el, i);
    }
  });
  if (elements.size === 0) return;
  // Elements most rows share first (the phone everyone has becomes the first phone), then a
  // citizen ID whose check character is right before one with a typo.
  const ordered = [...elements.values()].sort(
    (a, b) => b.rows.length - a.rows.length || validity(b) - validity(a) || a.first - b.first,
  );
  writePath(
    out.record,
    unit.path,
    ordered.map((e) => e.merged),
  );
  const rows = new Set<number>();
  for (const e of ordered) for (const r of e.rows) rows.add(r);
  out.provenance[unit.key] = {
    rule: "union",
    from: [...rows].sort((a, b) => a - b),
    elements: ordered.map((e) => {
      const merged = rawKey(e.merged);
      const variants = [...e.raws.entries()]
        .filter(([raw]) => raw !== merged)
        .map(([, r]) => ({ value: r.value, rows: r.rows }));
      return { value: e.merged, rows: e.rows, ...(variants.length > 0 ? { variants } : {}) };
    }),
  };
  // A person has one citizen ID: two different ones in a cluster are a conflict, even though
  // both are kept (the most frequent first).
  for (const [scheme, column] of Object.entries(unit.schemes ?? {})) {
    const same = ordered.filter((e) => (e.merged as { scheme?: unknown }).scheme === scheme);
    if (same.length < 2) continue;
    const value = (x: Element) => (x.merged as { value?: unknown }).value;
    out.conflicts.push({
      record: id,
      field: column,
      rule: "most-frequent",
      chosen: value(same[0]!),
      values: same.map((e) => ({ value: value(e), rows: e.rows.map((i) => ref(members[i]!)) })),
    });
  }
}

function fuseMeta(id: string, members: readonly MemberRow[], facts: RowFacts) {
  const sources = [...new Set(members.map((m) => m.source))];
  let source = sources.join("、");
  if (source.length > 200) source = `${source.slice(0, 190)}…(${sources.length})`;
  const meta: Record<string, unknown> = { id, schemaVersion: SCHEMA_VERSION, source };
  let created: [number, string] | undefined;
  let updated: [number, string] | undefined;
  let latest = -1;
  members.forEach((m, i) => {
    const mm = (m.record as { meta?: Record<string, unknown> }).meta ?? {};
    const c = typeof mm.createdAt === "string" ? Date.parse(mm.createdAt) : Number.NaN;
    if (!Number.isNaN(c) && (!created || c < created[0])) created = [c, mm.createdAt as string];
    const u = typeof mm.updatedAt === "string" ? Date.parse(mm.updatedAt) : Number.NaN;
    if (!Number.isNaN(u) && (!updated || u > updated[0])) updated = [u, mm.updatedAt as string];
    if (mm.submission && (latest < 0 || facts.time[i]! > facts.time[latest]!)) latest = i;
  });
  if (created) meta.createdAt = created[1];
  if (updated) meta.updatedAt = updated[1];
  if (latest >= 0) {
    meta.submission = (
      members[latest]!.record as { meta: { submission: unknown } }
    ).meta.submission;
  }
  return meta;
}

/** The row whose own values stand in when chosen values do not fit together. */
function anchorOf(members: readonly MemberRow[], units: readonly Unit[], facts: RowFacts): number {
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
 * Fuse the rows of one cluster into one record: each unit's value by its survivorship rule,
 * lists united, provenance and conflicts recorded. The result must pass the entity's
 * validator; a unit whose chosen value breaks it takes the anchor row's value instead.
 */
export function fuseCluster(id: string, members: readonly MemberRow[], ctx: FuseContext): Fused {
  const facts = factsOf(members, ctx);
  const out: Fused = {
    record: {},
    all: members.map((_, i) => i),
    provenance: {},
    conflicts: [],
    issues: [],
  };
  out.record.meta = fuseMeta(id, members, facts);
  for (const unit of ctx.units) {
    const rule = ctx.rules[unit.key] ?? unit.rule;
    if (unit.kind === "set" && rule === "union") fuseSet(unit, members, id, out);
    else fuseSingle(unit, members, facts, rule === "union" ? "most-frequent" : rule, id, out);
  }
  const check = validator(ctx.entity);
  let verdict = check(out.record);
  if (verdict.ok) return out;

  const anchor = anchorOf(members, ctx.units, facts);
  const a = members[anchor]!;
  const where = { record: id, file: a.file, row: a.row };
  const reverted = new Set<string>();
  for (const issue of verdict.issues) {
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
  verdict = check(out.record);
  if (verdict.ok) return out;
  // Should not happen (each row was valid on its own), but never return an invalid record.
  out.record = { ...(a.record as Record<string, unknown>), meta: out.record.meta };
  for (const unit of ctx.units) out.provenance[unit.key] = { rule: "fallback", from: [anchor] };
  out.issues.push({
    ...where,
    code: "merge.fallbackRecord",
    severity: "warning",
    message: mergeMessage("merge.fallbackRecord", { ...where, detail: detailOf(verdict.issues) }),
  });
  return out;
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
  out.conflicts.push(...others);
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
