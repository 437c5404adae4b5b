import type { SurvivorshipRule } from "./types.js";
import { completeness, foldText, stableJson } from "./units.js";

/** What the rules need to know of each row of a cluster. */
export interface RowFacts {
  /** Milliseconds of the row's last update (or submission, or creation); -Infinity if unknown. */
  readonly time: Float64Array;
  /** Position of the row's source in `options.priority` (unlisted: after every listed one). */
  readonly rank: Int32Array;
}

/** One way of writing a value, with the rows that wrote it. */
export interface Raw {
  readonly value: unknown;
  readonly rows: number[];
  /** Its {@link rawKey}, once needed: only to tell it from a value written otherwise. */
  key?: string;
}

/** One distinct value (after normalisation) of a field among a cluster's rows. */
export interface Group {
  readonly key: string;
  /** Row indexes, ascending. */
  readonly rows: number[];
  /** The ways it was written, in order of first appearance (each once by its {@link rawKey}). */
  readonly raws: Raw[];
  value?: unknown;
  /** Completeness of the representative, once computed. */
  size?: number;
}

/** Tells two ways of writing a value apart: the text itself, or deterministic JSON. */
export function rawKey(value: unknown): string {
  return typeof value === "string"
    ? `"${value}`
    : typeof value === "object" && value !== null
      ? stableJson(value)
      : `${typeof value}:${String(value)}`;
}

/** The raw key of a way of writing, computed on first need. */
export const rawKeyOf = (r: Raw): string => {
  r.key ??= rawKey(r.value);
  return r.key;
};

/** Add a row's value to the groups of a field. */
export function addValue(groups: Map<string, Group>, key: string, value: unknown, row: number) {
  let g = groups.get(key);
  if (!g) {
    g = { key, rows: [], raws: [] };
    groups.set(key, g);
  }
  if (g.rows[g.rows.length - 1] !== row) g.rows.push(row);
  // A value written as one already seen (the usual case) needs no JSON of it; raw keys are
  // made only to tell apart values written differently.
  let found: Raw | undefined;
  for (const r of g.raws) {
    if (shallowSame(r.value, value)) {
      found = r;
      break;
    }
  }
  if (!found && g.raws.length > 0) {
    const raw = rawKey(value);
    found = g.raws.find((r) => rawKeyOf(r) === raw);
    if (!found) {
      g.raws.push({ value, rows: [row], key: raw });
      return;
    }
  }
  if (!found) g.raws.push({ value, rows: [row] });
  else if (found.rows[found.rows.length - 1] !== row) found.rows.push(row);
}

/**
 * Equal primitives, or flat objects with the same properties holding identical values (an
 * address written the same way): such values have the same {@link rawKey} and
 * {@link valueKey}, so either key of one serves the other.
 */
export function shallowSame(a: unknown, b: unknown): boolean {
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

/**
 * The way of writing a value that stands for its group: one already in normal form (张静
 * rather than 張靜) if any, else the one most rows use, else the first.
 */
const greater = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

export function representative(g: Group): unknown {
  if (g.value !== undefined) return g.value;
  if (g.raws.length === 1) {
    g.value = g.raws[0]!.value;
    return g.value;
  }
  let best: { value: unknown; rows: number[] } | undefined;
  let bestScore: [number, number, number, number] = [0, 0, 0, 0];
  for (const r of g.raws) {
    // Normal form first (strings), then the fullest (objects), the most rows, the first row.
    const score: [number, number, number, number] = [
      typeof r.value !== "string" || foldText(r.value) === r.value ? 1 : 0,
      typeof r.value === "object" ? completeness(r.value) : 0,
      r.rows.length,
      -r.rows[0]!,
    ];
    if (!best || greater(score, bestScore)) {
      best = r;
      bestScore = score;
    }
  }
  g.value = best!.value;
  return g.value;
}

const sizeOf = (g: Group) => {
  g.size ??= completeness(representative(g));
  return g.size;
};

type Cmp = (a: Group, b: Group, f: RowFacts) => number;

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);
const latest = (g: Group, f: RowFacts) => {
  let t = Number.NEGATIVE_INFINITY;
  for (const r of g.rows) if (f.time[r]! > t) t = f.time[r]!;
  return t;
};
const bestRank = (g: Group, f: RowFacts) => {
  let k = Number.POSITIVE_INFINITY;
  for (const r of g.rows) if (f.rank[r]! < k) k = f.rank[r]!;
  return k;
};

const by: Record<"frequency" | "recency" | "completeness" | "priority" | "order", Cmp> = {
  frequency: (a, b) => b.rows.length - a.rows.length,
  recency: (a, b, f) => {
    const x = latest(a, f);
    const y = latest(b, f);
    return x === y ? 0 : x > y ? -1 : 1;
  },
  completeness: (a, b) => sign(sizeOf(b) - sizeOf(a)),
  priority: (a, b, f) => sign(bestRank(a, f) - bestRank(b, f)),
  order: (a, b) => a.rows[0]! - b.rows[0]!,
};

const ORDER: Record<Exclude<SurvivorshipRule, "union">, Cmp[]> = {
  "most-frequent": [by.frequency, by.recency, by.completeness, by.order],
  "most-recent": [by.recency, by.frequency, by.completeness, by.order],
  "most-complete": [by.completeness, by.frequency, by.recency, by.order],
  "source-priority": [by.priority, by.frequency, by.recency, by.completeness, by.order],
};

/** The winning group under a rule; ties go to the next criterion, finally to row order. */
export function choose(groups: readonly Group[], rule: SurvivorshipRule, facts: RowFacts): Group {
  const cmps = ORDER[rule === "union" ? "most-frequent" : rule];
  let best = groups[0]!;
  for (let i = 1; i < groups.length; i++) {
    const g = groups[i]!;
    for (const c of cmps) {
      const d = c(g, best, facts);
      if (d < 0) best = g;
      if (d !== 0) break;
    }
  }
  return best;
}
