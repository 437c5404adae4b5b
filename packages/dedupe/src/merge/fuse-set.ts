import { checkCitizenId } from "@linli/core";
import { addValue, type Group, rawKey, rawKeyOf, shallowSame } from "./choose.js";
import type { Fused } from "./fuse.js";
import { ref } from "./fuse-field.js";
import type { MemberRow } from "./types.js";
import { elementKey, present, readPath, type Unit, writePath } from "./units.js";

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

/** 1 for a citizen ID that passes its check, 0 otherwise (checked once per element). */
function validity(e: Element): number {
  if (e.valid === undefined) {
    const m = e.merged as { scheme?: unknown; value?: unknown };
    e.valid =
      m.scheme === "cn-citizen-id" && typeof m.value === "string" && checkCitizenId(m.value).ok
        ? 1
        : 0;
  }
  return e.valid;
}

interface Element extends Group {
  merged: unknown;
  readonly first: number;
  /** {@link validity}, once the sort has asked (after `merged` is final). */
  valid?: number;
}

/** Fuse a list field: every distinct element, most shared first, each with its rows. */
export function fuseSet(unit: Unit, members: readonly MemberRow[], id: string, out: Fused) {
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
        e = { key: k, rows: [], raws: [], merged: el, first: seq++ };
        elements.set(k, e);
      } else if (typeof e.merged === "object" && e.merged !== null && typeof el === "object") {
        // The same phone with its kind in one row and a note in another: keep both parts.
        const filled = { ...(e.merged as Record<string, unknown>) };
        let changed = false;
        for (const [p, v] of Object.entries(el as Record<string, unknown>)) {
          if (p !== "upgraded" && !present(filled[p]) && present(v)) {
            filled[p] = v;
            changed = true;
          }
        }
        // A citizen ID one row wrote in full was not only computed from 15 digits.
        if (filled.upgraded === true && (el as { upgraded?: unknown }).upgraded !== true) {
          delete filled.upgraded;
          changed = true;
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
      // The merged element is one of its ways of writing, or a copy filled in from several.
      const m = e.merged;
      const own = e.raws.some((r) => r.value === m);
      const merged = own ? "" : rawKey(m);
      const variants = e.raws
        .filter((r) => (own ? r.value !== m : rawKeyOf(r) !== merged))
        .map((r) => ({ value: r.value, rows: r.rows }));
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
