import type { Row, SourceTally } from "./rows.js";
import type { SourceSummary } from "./types.js";

/**
 * Per source: import counts, and its rows by what became of them. In each cluster, a source's
 * first row is `unique` when the cluster holds no other source, else a duplicate across
 * sources; its later rows are duplicates within the source.
 */
export function summarize(
  clusters: readonly (readonly Row[])[],
  tally: ReadonlyMap<string, SourceTally>,
): SourceSummary[] {
  const rows = new Map<string, { rows: number; unique: number; within: number; across: number }>();
  const of = (s: string) => {
    let x = rows.get(s);
    if (!x) {
      x = { rows: 0, unique: 0, within: 0, across: 0 };
      rows.set(s, x);
    }
    return x;
  };
  for (const members of clusters) {
    const mixed = members.some((m) => m.source !== members[0]!.source);
    const seen = new Set<string>();
    for (const m of members) {
      const x = of(m.source);
      x.rows++;
      if (seen.has(m.source)) x.within++;
      else if (mixed) x.across++;
      else x.unique++;
      seen.add(m.source);
    }
  }
  const names = [...new Set([...tally.keys(), ...rows.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return names.map((source) => {
    const t = tally.get(source);
    const r = rows.get(source) ?? { rows: 0, unique: 0, within: 0, across: 0 };
    return {
      source,
      files: [...(t?.files ?? [])].sort(),
      rowsRead: t?.counts.rowsRead ?? 0,
      accepted: t?.counts.accepted ?? 0,
      rejected: t?.counts.rejected ?? 0,
      emptySkipped: t?.counts.emptySkipped ?? 0,
      withheldRows: t?.counts.withheldRows ?? 0,
      withheldCells: t?.counts.withheldCells ?? 0,
      warnings: t?.counts.warnings ?? 0,
      repeated: t?.repeated ?? 0,
      rows: r.rows,
      unique: r.unique,
      duplicatesWithin: r.within,
      duplicatesAcross: r.across,
      ...(t?.carried ? { carried: true } : {}),
    };
  });
}
