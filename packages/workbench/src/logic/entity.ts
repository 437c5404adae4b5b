import { suggestMapping } from "@linli/adapters";
import { type EntityName, entityNames } from "@linli/core";

/** Entities tried first on a tie: registers of people are the most common files. */
const ORDER: readonly EntityName[] = ["resident", ...entityNames.filter((e) => e !== "resident")];

/**
 * How well each entity's fields match a file's headers (and HXL hashtags): the share of
 * columns mapped, weighted by confidence, best first (ties in {@link ORDER}).
 */
export function entityScores(
  headers: readonly string[],
  hashtags?: readonly (string | null)[],
): { entity: EntityName; score: number }[] {
  const n = Math.max(1, headers.length);
  const out = ORDER.map((entity) => {
    const report = suggestMapping(headers, entity, hashtags ? { hashtags } : {});
    let sum = 0;
    for (const c of report.columns)
      if (c.field && !c.field.startsWith("meta.")) sum += c.confidence;
    return { entity, score: Math.round((sum / n) * 100) / 100 };
  });
  // Stable sort: equal scores keep ORDER.
  return out.sort((a, b) => b.score - a.score);
}
