import type { FieldExplanation, ScoredPair } from "../types.js";
import type { Row } from "./rows.js";
import type { SourceRowRef } from "./types.js";

/**
 * Two rows kept apart that came close to being merged: above the threshold but refused (two
 * valid identifiers, a chain through others), or a little below it. A coordinator checks them:
 * the same record written two ways, or two different ones that look alike.
 *
 * @example
 * ```ts
 * import type { NearMiss } from "@linli/dedupe";
 * const n: NearMiss = {
 *   rows: [{ source: "丈八社区", file: "丈八社区.csv", row: 3 }, { source: "小寨社区", file: "小寨.xlsx", row: 7 }],
 *   records: ["m-1", "m-2"],
 *   probability: 0.74,
 *   weight: 5.2,
 *   explanation: [{ field: "name", level: "homophone", weight: 9.1 }],
 * };
 * ```
 */
export interface NearMiss {
  /** The two rows, in row order. */
  readonly rows: readonly [SourceRowRef, SourceRowRef];
  /** Ids of the merged records each row ended in. */
  readonly records: readonly [string, string];
  readonly probability: number;
  /** Match weight (log2 Bayes factor, prior not included). */
  readonly weight: number;
  readonly explanation: readonly FieldExplanation[];
  /**
   * Above the threshold, refused: two different valid identifiers, a chain through others, or
   * a conflict (values one record cannot have both of: two sexes, needs days apart), or a
   * reviewer's decision (`cannotLink`).
   */
  readonly keptApart?: "cannot-link" | "chain" | "conflict" | "decision";
}

const ref = (r: Row): SourceRowRef => ({
  source: r.source,
  file: r.file,
  ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
  row: r.row,
});

/** Near misses of a merge, from the linkage's scored pairs. */
export function nearMisses(
  pairs: readonly ScoredPair[],
  rows: readonly Row[],
  recordOf: (index: number) => string,
  order: (a: number, b: number) => number,
): NearMiss[] {
  return pairs.map((p) => {
    const [a, b] = order(p.a, p.b) <= 0 ? [p.a, p.b] : [p.b, p.a];
    return {
      rows: [ref(rows[a]!), ref(rows[b]!)],
      records: [recordOf(a), recordOf(b)],
      probability: p.probability,
      weight: p.weight,
      explanation: p.explanation,
      ...(p.keptApart ? { keptApart: p.keptApart } : {}),
    };
  });
}
