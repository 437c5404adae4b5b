import { DEFAULT_THRESHOLD, type DedupeOptions } from "../options.js";
import type { Params, Profile, ScoredPair, Stats } from "../types.js";
import { block } from "./block.js";
import { calibrate } from "./calibrate.js";
import { cluster, type EdgeOutcome } from "./cluster.js";
import { compareAll } from "./compare.js";
import { conflictFields, decidedApart, identical, validIds } from "./constraints.js";
import { sortEdges, split, strongNonMatches } from "./edges.js";
import { type EncodedField, encodeField } from "./encode.js";
import { crossPairs } from "./estimate.js";
import { estimateParams, memorySource, reuseParams, strata } from "./model.js";
import { nearMissIndexes } from "./near.js";
import { resolveComparator } from "./resolve.js";
import { explain, levelWeights, pairWeights, probability, round, tfAdjustments } from "./score.js";

/** What a run produces before it is shaped for `dedupe` or `link`. */
export interface RunOutput {
  readonly root: Int32Array;
  readonly pairs: ScoredPair[];
  /**
   * Pairs kept apart that came close to the threshold (`options.nearMisses` of them); absent
   * from engines that do not look for them (DuckDB).
   */
  readonly nearMisses?: ScoredPair[];
  readonly params: Params;
  readonly stats: Stats;
}

/** The whole pipeline over one array of records; `group` restricts pairs to across groups. */
export function run(
  records: readonly unknown[],
  profile: Profile,
  options: DedupeOptions,
  groups: { readonly across?: Int32Array; readonly oneToOne?: Int32Array } = {},
): RunOutput {
  const group = groups.across;
  const n = records.length;
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };

  // Each stage's progress, as the DuckDB engine tells it: within a stage, `done` of `total`.
  const tell = options.onProgress;
  const nf = profile.fields.length;
  tell?.({ stage: "normalize", done: 0, total: n * nf });
  const fields: EncodedField[] = profile.fields.map((spec, k) => {
    const start = performance.now();
    const f = encodeField(
      records,
      spec,
      resolveComparator(spec.comparator, options.comparators),
      tell && ((done) => tell({ stage: "normalize", done: k * n + done, total: n * nf })),
    );
    timings[`normalize.${spec.name}`] = Math.round(performance.now() - start);
    return f;
  });
  const byName = new Map(fields.map((f) => [f.name, f]));
  lap("normalize");

  const training = new Set((profile.training ?? []).map((t) => t.rule));
  const rules = profile.blocking.length;
  tell?.({ stage: "block", done: 0, total: rules });
  const candidates = block(
    profile.blocking,
    byName,
    records,
    group ? { group } : {},
    training,
    tell && ((done) => tell({ stage: "block", done, total: rules })),
  );
  const pairs = candidates.keys;
  Object.assign(timings, candidates.timings);
  lap("block");
  tell?.({ stage: "compare", done: 0, total: 1 });

  const vectors = compareAll(fields, pairs, n);
  const stratum = strata(fields, vectors, profile);
  lap("compare");
  tell?.({ stage: "estimate", done: 0, total: 1 });

  const threshold =
    options.threshold ?? options.params?.threshold ?? profile.threshold ?? DEFAULT_THRESHOLD;
  const estimated = options.params
    ? reuseParams(options.params, fields, threshold)
    : estimateParams(
        fields,
        vectors,
        stratum,
        memorySource(fields, vectors, pairs, candidates.perRule, n, group, options),
        profile,
        options,
        threshold,
      );
  lap("estimate");
  tell?.({ stage: "score", done: 0, total: 1 });

  const tf = fields.map((f, k) =>
    f.spec.termFrequency ? tfAdjustments(f, pairs, vectors, k, fields.length, n) : undefined,
  );
  // The prior over all pairs goes with u from random pairs: not with parameters given, u
  // estimated among candidates (then λ is the share among them too), or the guard's prior.
  const overAll =
    !options.params && profile.estimateU !== "candidates" && estimated.estimate?.method !== "prior";
  const { logits, prior, params } = !overAll
    ? { ...pairWeights(fields, estimated, vectors, stratum, pairs, n, tf), params: estimated }
    : calibrate(
        fields,
        estimated,
        vectors,
        stratum,
        pairs,
        n,
        tf,
        group ? crossPairs(group) : (n * (n - 1)) / 2,
      );
  lap("score");
  tell?.({ stage: "cluster", done: 0, total: 1 });

  // Edges above the threshold, strongest first; ties in a content order, not input order.
  const logitMin = Math.log2(threshold / (1 - threshold));
  const edgeIdx = sortEdges(fields, pairs, logits, logitMin, n);
  const edges = Array.from(edgeIdx, (i) => split(pairs[i]!, n));
  const apart = strongNonMatches(pairs, logits, edges, n, options.splitWeight ?? -8);
  const cannot = (profile.cannotLink ?? []).map((name) => validIds(byName.get(name), n));
  const conflicts = conflictFields(profile, byName);
  const decided = decidedApart(options.cannotLink, n);
  const { root, outcome } = cluster({
    n,
    edges,
    mustLink: options.mustLink ?? [],
    ...(groups.across ? {} : { identical: identical(fields, n) }),
    ...(decided ? { decided } : {}),
    cannot,
    conflicts,
    ...(apart ? { apart } : {}),
    ...(groups.oneToOne ? { oneToOne: groups.oneToOne } : {}),
  });
  lap("cluster");
  tell?.({ stage: "output", done: 0, total: 1 });

  const mode = options.pairs ?? "matches";
  const lws = levelWeights(params.fields);
  const keptApart = new Map<number, Exclude<EdgeOutcome, "merged">>();
  for (let e = 0; e < edgeIdx.length; e++) {
    const o = outcome[e]!;
    if (o !== "merged") keptApart.set(edgeIdx[e]!, o);
  }
  const identifying = new Set(profile.identifying ?? []);
  const scored = (i: number): ScoredPair => {
    const [a, b] = split(pairs[i]!, n);
    const why = keptApart.get(i);
    const match = root[a] === root[b];
    const s = stratum[vectors.pattern[i]!]!;
    const explanation = explain(
      fields,
      params.fields,
      lws[s]!,
      tf,
      vectors.levels,
      vectors.pattern[i]!,
      a,
      b,
    );
    const possible =
      match &&
      identifying.size > 0 &&
      !explanation.some((e) => identifying.has(e.field) && e.weight > 0);
    return {
      a,
      b,
      weight: round(logits[i]! - prior[s]!),
      probability: probability(logits[i]!),
      match,
      explanation,
      ...(s === 1 ? { household: true } : {}),
      ...(possible ? { possible: true } : {}),
      ...(why ? { keptApart: why } : {}),
    };
  };
  const out: ScoredPair[] = [];
  if (mode !== "none") {
    const list = mode === "all" ? pairs.map((_, i) => i) : edgeIdx.slice().sort();
    for (const i of list) out.push(scored(i));
  }
  const near = Array.from(
    nearMissIndexes(pairs, logits, root, n, logitMin, options.nearMisses ?? 0),
    scored,
  );
  lap("output");
  tell?.({ stage: "output", done: 1, total: 1 });

  let clusters = 0;
  for (let i = 0; i < n; i++) if (root[i] === i) clusters++;
  const stats: Stats = {
    profile: {
      name: profile.name,
      ...(profile.exactKeys ? { exactKeys: true } : {}),
      ...(profile.summary ? { summary: profile.summary } : {}),
    },
    records: n,
    candidatePairs: pairs.length,
    pairsByRule: candidates.byRule,
    skippedBlocks: candidates.skipped,
    distinctPatterns: vectors.counts.length,
    matchedPairs: edgeIdx.length,
    clusters,
    timings,
  };
  return { root, pairs: out, nearMisses: near, params, stats };
}
