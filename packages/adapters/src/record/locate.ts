import { columnElementIndex } from "@linli/core";
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
      if (typeof at !== "number" || columnElementIndex(record, m.column) !== at) continue;
    }
    if (!best || cp.length > best.column.path.length) best = m;
  }
  return best;
}
