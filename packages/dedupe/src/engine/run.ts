import { DEFAULT_THRESHOLD, type DedupeOptions } from "../options.js";
import type { Params, Profile, ScoredPair, Stats } from "../types.js";
import { block } from "./block.js";
import { cluster } from "./cluster.js";
import { compareAll } from "./compare.js";
import { type EncodedField, encodeField } from "./encode.js";
import { estimateParams, reuseParams, strata } from "./model.js";
import { resolveComparator } from "./resolve.js";
import { explain, levelWeights, pairWeights, probability, round, tfAdjustments } from "./score.js";

/** What a run produces before it is shaped for `dedupe` or `link`. */
export interface RunOutput {
  readonly root: Int32Array;
  readonly pairs: ScoredPair[];
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

  const fields: EncodedField[] = profile.fields.map((spec) =>
    encodeField(records, spec, resolveComparator(spec.comparator, options.comparators)),
  );
  const byName = new Map(fields.map((f) => [f.name, f]));
  lap("normalize");

  const training = new Set((profile.training ?? []).map((t) => t.rule));
  const candidates = block(profile.blocking, byName, records, group ? { group } : {}, training);
  const pairs = candidates.keys;
  lap("block");

  const vectors = compareAll(fields, pairs, n);
  const stratum = strata(fields, vectors, profile);
  lap("compare");

  const threshold =
    options.threshold ?? options.params?.threshold ?? profile.threshold ?? DEFAULT_THRESHOLD;
  const params = options.params
    ? reuseParams(options.params, fields, threshold)
    : estimateParams(
        fields,
        vectors,
        stratum,
        pairs,
        candidates.perRule,
        n,
        group,
        profile,
        options,
        threshold,
      );
  lap("estimate");

  const tf = fields.map((f) => (f.spec.termFrequency ? tfAdjustments(f) : undefined));
  const { weights, logits } = pairWeights(fields, params, vectors, stratum, pairs, n, tf);
  lap("score");

  // Edges above the threshold, strongest first; ties in a content order, not input order.
  const logitMin = Math.log2(threshold / (1 - threshold));
  const edgeIdx: number[] = [];
  for (let i = 0; i < pairs.length; i++) if (logits[i]! >= logitMin) edgeIdx.push(i);
  const sig = signatures(fields);
  edgeIdx.sort((x, y) => logits[y]! - logits[x]! || tieBreak(pairs[x]!, pairs[y]!, n, sig));
  const edges = edgeIdx.map((i) => split(pairs[i]!, n));
  const splitWeight = options.splitWeight ?? -8;
  const apart = new Map<number, number[]>();
  if (splitWeight > Number.NEGATIVE_INFINITY && edges.length > 0) {
    for (let i = 0; i < pairs.length; i++) {
      if (logits[i]! > splitWeight) continue;
      const [a, b] = split(pairs[i]!, n);
      (apart.get(a) ?? apart.set(a, []).get(a)!).push(b);
      (apart.get(b) ?? apart.set(b, []).get(b)!).push(a);
    }
  }
  const cannot = (profile.cannotLink ?? []).map((name) => validIds(byName.get(name), n));
  const { root, outcome } = cluster({
    n,
    edges,
    mustLink: [...(options.mustLink ?? []), ...(groups.across ? [] : identical(fields, n))],
    cannot,
    apart,
    ...(groups.oneToOne ? { oneToOne: groups.oneToOne } : {}),
  });
  lap("cluster");

  const mode = options.pairs ?? "matches";
  const lws = levelWeights(params.fields);
  const keptApart = new Map<number, "cannot-link" | "chain">();
  edgeIdx.forEach((i, e) => {
    const o = outcome[e]!;
    if (o !== "merged") keptApart.set(i, o);
  });
  const out: ScoredPair[] = [];
  if (mode !== "none") {
    const list = mode === "all" ? pairs.map((_, i) => i) : [...edgeIdx].sort((x, y) => x - y);
    for (const i of list) {
      const [a, b] = split(pairs[i]!, n);
      const why = keptApart.get(i);
      out.push({
        a,
        b,
        weight: round(weights[i]!),
        probability: probability(logits[i]!),
        match: root[a] === root[b],
        explanation: explain(
          fields,
          params.fields,
          lws[stratum[vectors.pattern[i]!]!]!,
          tf,
          vectors.levels,
          vectors.pattern[i]!,
          a,
        ),
        ...(stratum[vectors.pattern[i]!] === 1 ? { household: true } : {}),
        ...(why ? { keptApart: why } : {}),
      });
    }
  }
  lap("output");

  let clusters = 0;
  for (let i = 0; i < n; i++) if (root[i] === i) clusters++;
  const stats: Stats = {
    records: n,
    candidatePairs: pairs.length,
    pairsByRule: candidates.byRule,
    skippedBlocks: candidates.skipped,
    distinctPatterns: vectors.counts.length,
    matchedPairs: edgeIdx.length,
    clusters,
    timings,
  };
  return { root, pairs: out, params, stats };
}

const split = (k: number, n: number): [number, number] => {
  const a = Math.floor(k / n);
  return [a, k - a * n];
};

/** Per record: the key id of its valid identifier in a cannot-link field, or -1. */
function validIds(field: EncodedField | undefined, n: number): Int32Array {
  const out = new Int32Array(n).fill(-1);
  const isValid = field?.comparator.isValid;
  if (!field || !isValid) return out;
  const valid = field.keys.map((k) => isValid(k));
  for (let i = 0; i < n; i++) {
    const c = field.codes[i]!;
    if (c >= 0 && valid[c]) out[i] = c;
  }
  return out;
}

/**
 * Groups of records identical in every compared field (at least one present): exact copies
 * are one record whatever their scores, so they always end in one cluster (within one dataset;
 * `link` and `acrossSourcesOnly` compare only across).
 */
function identical(fields: readonly EncodedField[], n: number): number[][] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    let sig = "";
    let present = false;
    for (const f of fields) {
      const c = f.codes[i]!;
      if (c >= 0) present = true;
      sig += `${c},`;
    }
    if (!present) continue;
    const g = groups.get(sig);
    if (g) g.push(i);
    else groups.set(sig, [i]);
  }
  const out: number[][] = [];
  for (const g of groups.values()) if (g.length > 1) out.push(g);
  return out;
}

/** A content signature per record, computed when ties need it. */
function signatures(fields: readonly EncodedField[]): (i: number) => string {
  const cache = new Map<number, string>();
  return (i) => {
    let s = cache.get(i);
    if (s === undefined) {
      s = fields.map((f) => (f.codes[i]! < 0 ? "" : f.keys[f.codes[i]!])).join("\u0000");
      cache.set(i, s);
    }
    return s;
  };
}

function tieBreak(x: number, y: number, n: number, sig: (i: number) => string): number {
  const key = (k: number) => {
    const [a, b] = split(k, n);
    const sa = sig(a);
    const sb = sig(b);
    return sa < sb ? `${sa}\u0001${sb}` : `${sb}\u0001${sa}`;
  };
  const kx = key(x);
  const ky = key(y);
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}
