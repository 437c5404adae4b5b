import { type EntityName, SCHEMA_VERSION, type Validator, validator } from "@linli/core";
import type { RowFacts } from "./choose.js";
import { anchorOf, revertRecord, revertUnits } from "./fallback.js";
import { fuseSingle } from "./fuse-field.js";
import { fuseSet } from "./fuse-set.js";
import type {
  FieldConflict,
  FieldProvenance,
  MemberRow,
  MergeIssue,
  SurvivorshipRule,
} from "./types.js";
import { type Unit, unitsOf } from "./units.js";

/** What stays the same for every cluster of one merge. */
export interface FuseContext {
  readonly entity: EntityName;
  readonly units: readonly Unit[];
  readonly rules: Readonly<Record<string, SurvivorshipRule>>;
  readonly priority: ReadonlyMap<string, number>;
  /** The entity's validator, made once per merge rather than once per cluster. */
  readonly check: Validator<unknown>;
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
    check: validator(entity),
  };
}

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

/** The cells the rows' imports withheld, each with the source of its row (at most 500). */
function withheldOf(members: readonly MemberRow[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    const cells = (m.record as { meta?: { withheld?: unknown } }).meta?.withheld;
    if (!Array.isArray(cells)) continue;
    for (const c of cells as Record<string, unknown>[]) {
      const cell = { ...c, source: m.source.slice(0, 200) };
      const key = JSON.stringify(cell);
      if (seen.has(key) || out.length >= 500) continue;
      seen.add(key);
      out.push(cell);
    }
  }
  return out;
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
  const withheld = withheldOf(members);
  if (withheld.length > 0) meta.withheld = withheld;
  if (latest >= 0) {
    meta.submission = (
      members[latest]!.record as { meta: { submission: unknown } }
    ).meta.submission;
  }
  return meta;
}

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
  const check = ctx.check;
  let verdict = check(out.record);
  if (verdict.ok) return out;
  const anchor = anchorOf(members, ctx.units, facts);
  revertUnits(out, verdict.issues, members, ctx, id, anchor);
  verdict = check(out.record);
  // Should not happen (each row was valid on its own), but never return an invalid record.
  if (!verdict.ok) revertRecord(out, verdict.issues, members, ctx, id, anchor);
  return out;
}
