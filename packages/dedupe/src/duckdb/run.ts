import type { RunOutput } from "../engine/run.js";
import type { DedupeOptions } from "../options.js";
import type { Profile } from "../types.js";
import type { RecordSource } from "./load.js";
import { clusterEdges } from "./output.js";
import { clockOf, type Groups, openWork, prepare } from "./prepare.js";

/**
 * The linkage of `run` (the in-memory engine) with blocking, comparisons, pattern counts,
 * scoring and edge selection as SQL on an embedded DuckDB, out of core in a working folder.
 * Normalisation, the estimator's iterations over the pattern table, term frequencies per key
 * and the constrained clustering over the streamed edges are the in-memory engine's own
 * functions, so both give the same result.
 */
export async function runDuckDB(
  source: RecordSource,
  profile: Profile,
  options: DedupeOptions,
  groups: Groups = {},
): Promise<RunOutput> {
  const clock = clockOf(options);
  const work = await openWork(options);
  try {
    const p = await prepare(work.session, source, profile, options, groups, clock);
    const { sql, keyed, compiled } = p;
    const out = await clusterEdges(work.session, compiled, keyed.edges().sql, {
      fields: p.data.fields,
      profile,
      options,
      groups,
      params: p.params,
      patterns: p.patterns,
      stratum: p.stratum,
      radix: p.radix,
      tf: p.tf,
      ...clock,
      queries: { apart: sql.apart().sql, output: (all) => keyed.output(all) },
    });
    return {
      root: out.root,
      pairs: out.pairs,
      params: p.params,
      stats: {
        records: p.data.n,
        candidatePairs: p.candidatePairs,
        pairsByRule: p.pairsByRule,
        skippedBlocks: p.skippedBlocks,
        distinctPatterns: p.patterns.counts.length,
        matchedPairs: out.edges,
        clusters: out.clusters,
        timings: clock.timings,
      },
    };
  } finally {
    await work.close();
  }
}
