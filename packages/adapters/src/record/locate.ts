import type { Column } from "@linli/core";
import type { Mapped } from "./values.js";

/**
 * The mapped column a validation issue's path points into: the longest column path that
 * prefixes it, and for a projection (phone, citizenId) the array element that column wrote.
 */
export function columnAt(
  mapped: readonly Mapped[],
  record: Record<string, unknown>,
  path: readonly (string | number)[],
): Mapped | undefined {
  let best: Mapped | undefined;
  for (const m of mapped) {
    const cp = m.column.path;
    if (cp.length > path.length || !cp.every((k, j) => path[j] === k)) continue;
    const proj = m.column.projection;
    if (proj) {
      const at = path[cp.length];
      if (typeof at !== "number" || elementIndex(record, m.column) !== at) continue;
    }
    if (!best || cp.length > best.column.path.length) best = m;
  }
  return best;
}

/** Index of the array element a projection column reads, or -1. */
export function elementIndex(record: Record<string, unknown>, column: Column): number {
  let cur: unknown = record;
  for (const k of column.path) cur = (cur as Record<string, unknown> | undefined)?.[k];
  if (!Array.isArray(cur) || !column.projection) return -1;
  const { match, index = 0 } = column.projection;
  let seen = 0;
  for (let i = 0; i < cur.length; i++) {
    const el = cur[i] as Record<string, unknown>;
    if (match && !Object.entries(match).every(([k, v]) => el?.[k] === v)) continue;
    if (seen++ === index) return i;
  }
  return -1;
}
