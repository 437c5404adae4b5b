import type { DedupeOptions } from "../options.js";
import type { FieldParams, Params, Profile, ScoredPair, Stats } from "../types.js";
import { block } from "./block.js";
import { cluster } from "./cluster.js";
import { compareAll, levelFn } from "./compare.js";
import { type EncodedField, encodeField } from "./encode.js";
import { estimateM, estimateU } from "./estimate.js";
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

  const candidates = block(profile.blocking, byName, records, group ? { group } : {});
  const pairs = candidates.keys;
  lap("block");

  const vectors = compareAll(fields, pairs, n);
  lap("compare");

  const threshold = options.threshold ?? options.params?.threshold ?? profile.threshold ?? 0.5;
  const params = options.params
    ? reuse(options.params, fields, threshold)
    : estimate(fields, vectors, n, group, options, threshold);
  lap("estimate");

  const tf = fields.map((f, i) =>
    f.spec.termFrequency ? tfAdjustments(f, params.fields[i]!.u[0]!) : undefined,
  );
  const { weights } = pairWeights(fields, params.fields, vectors, pairs, n, tf);
  lap("score");

  // Edges above the threshold, strongest first; ties in a content order, not input order.
  const logitMin =
    Math.log2(threshold / (1 - threshold)) - Math.log2(params.lambda / (1 - params.lambda));
  const edgeIdx: number[] = [];
  for (let i = 0; i < pairs.length; i++) if (weights[i]! >= logitMin) edgeIdx.push(i);
  const sig = signatures(fields);
  edgeIdx.sort((x, y) => weights[y]! - weights[x]! || tieBreak(pairs[x]!, pairs[y]!, n, sig));
  const edges = edgeIdx.map((i) => split(pairs[i]!, n));
  const splitWeight = options.splitWeight ?? -8;
  const apart = new Map<number, number[]>();
  if (splitWeight > Number.NEGATIVE_INFINITY && edges.length > 0) {
    for (let i = 0; i < pairs.length; i++) {
      if (weights[i]! > splitWeight) continue;
      const [a, b] = split(pairs[i]!, n);
      (apart.get(a) ?? apart.set(a, []).get(a)!).push(b);
      (apart.get(b) ?? apart.set(b, []).get(b)!).push(a);
    }
  }
  const cannot = (profile.cannotLink ?? []).map((name) => validIds(byName.get(name), n));
  const { root, outcome } = cluster({
    n,
    edges,
    mustLink: options.mustLink ?? [],
    cannot,
    apart,
    ...(groups.oneToOne ? { oneToOne: groups.oneToOne } : {}),
  });
  lap("cluster");

  const mode = options.pairs ?? "matches";
  const lw = levelWeights(params.fields);
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
        probability: probability(weights[i]!, params.lambda),
        match: root[a] === root[b],
        explanation: explain(fields, params.fields, lw, tf, vectors.levels, vectors.pattern[i]!, a),
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

function estimate(
  fields: readonly EncodedField[],
  vectors: ReturnType<typeof compareAll>,
  n: number,
  group: Int32Array | undefined,
  options: DedupeOptions,
  threshold: number,
): Params {
  const fns = fields.map((f) => levelFn(f, n));
  const sampled = estimateU(
    fields,
    fns,
    n,
    group,
    options.sampleSize ?? 200_000,
    options.seed ?? 1,
  );
  const u = fields.map((f, i) => (f.spec.u ? [...f.spec.u] : sampled[i]!));
  const radix = fields.map((f) => f.comparator.levels.length + 1);
  const em = estimateM(
    vectors,
    radix,
    u,
    fields.map((f) => f.spec.m),
    { maxIterations: options.maxIterations ?? 100, tolerance: 1e-6 },
  );
  return {
    fields: fields.map((f, i) => fieldParams(f, em.m[i]!, u[i]!)),
    lambda: em.lambda,
    threshold,
    iterations: em.iterations,
  };
}

function fieldParams(f: EncodedField, m: readonly number[], u: readonly number[]): FieldParams {
  return {
    field: f.name,
    comparator: f.comparator.id,
    levels: [...f.comparator.levels],
    m: [...m],
    u: [...u],
  };
}

function reuse(given: Params, fields: readonly EncodedField[], threshold: number): Params {
  const byField = new Map(given.fields.map((p) => [p.field, p]));
  return {
    fields: fields.map((f) => {
      const p = byField.get(f.name);
      if (!p || p.levels.length !== f.comparator.levels.length) {
        throw new RangeError(`params: no parameters with matching levels for field "${f.name}"`);
      }
      return fieldParams(f, p.m, p.u);
    }),
    lambda: given.lambda,
    threshold,
    iterations: 0,
  };
}

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
