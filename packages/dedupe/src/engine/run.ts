import { DEFAULT_THRESHOLD, type DedupeOptions } from "../options.js";
import type { Params, Profile, ScoredPair, Stats } from "../types.js";
import { block } from "./block.js";
import { cluster } from "./cluster.js";
import { compareAll } from "./compare.js";
import { type EncodedField, encodeField } from "./encode.js";
import { NumberMap } from "./hash.js";
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

  const fields: EncodedField[] = profile.fields.map((spec) => {
    const start = performance.now();
    const f = encodeField(records, spec, resolveComparator(spec.comparator, options.comparators));
    timings[`normalize.${spec.name}`] = Math.round(performance.now() - start);
    return f;
  });
  const byName = new Map(fields.map((f) => [f.name, f]));
  lap("normalize");

  const training = new Set((profile.training ?? []).map((t) => t.rule));
  const candidates = block(profile.blocking, byName, records, group ? { group } : {}, training);
  const pairs = candidates.keys;
  Object.assign(timings, candidates.timings);
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

  const tf = fields.map((f, k) =>
    f.spec.termFrequency ? tfAdjustments(f, pairs, vectors, k, fields.length, n) : undefined,
  );
  const { logits, prior } = pairWeights(fields, params, vectors, stratum, pairs, n, tf);
  lap("score");

  // Edges above the threshold, strongest first; ties in a content order, not input order.
  const logitMin = Math.log2(threshold / (1 - threshold));
  const edgeIdx = sortEdges(fields, pairs, logits, logitMin, n);
  const edges = Array.from(edgeIdx, (i) => split(pairs[i]!, n));
  const apart = strongNonMatches(pairs, logits, edges, n, options.splitWeight ?? -8);
  const cannot = (profile.cannotLink ?? []).map((name) => validIds(byName.get(name), n));
  const { root, outcome } = cluster({
    n,
    edges,
    mustLink: [...(options.mustLink ?? []), ...(groups.across ? [] : identical(fields, n))],
    cannot,
    ...(apart ? { apart } : {}),
    ...(groups.oneToOne ? { oneToOne: groups.oneToOne } : {}),
  });
  lap("cluster");

  const mode = options.pairs ?? "matches";
  const lws = levelWeights(params.fields);
  const keptApart = new Map<number, "cannot-link" | "chain">();
  for (let e = 0; e < edgeIdx.length; e++) {
    const o = outcome[e]!;
    if (o !== "merged") keptApart.set(edgeIdx[e]!, o);
  }
  const out: ScoredPair[] = [];
  if (mode !== "none") {
    const list = mode === "all" ? pairs.map((_, i) => i) : edgeIdx.slice().sort();
    for (const i of list) {
      const [a, b] = split(pairs[i]!, n);
      const why = keptApart.get(i);
      out.push({
        a,
        b,
        weight: round(logits[i]! - prior[stratum[vectors.pattern[i]!]!]!),
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
          b,
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
  // Hash the codes, then confirm equality against the first record of each hash.
  const first = new NumberMap(1024);
  const groups = new Map<number, number[]>();
  const same = (x: number, y: number) => fields.every((f) => f.codes[x] === f.codes[y]);
  for (let i = 0; i < n; i++) {
    let h = 0;
    let present = false;
    for (const f of fields) {
      const c = f.codes[i]!;
      if (c >= 0) present = true;
      h = (Math.imul(h ^ (c + 1), 0x9e3779b1) + 0x7f4a7c15) | 0;
    }
    if (!present) continue;
    let key = h >>> 0;
    for (;;) {
      const j = first.get(key);
      if (j < 0) {
        first.set(key, i);
        break;
      }
      if (same(i, j)) {
        const g = groups.get(j);
        if (g) g.push(i);
        else groups.set(j, [j, i]);
        break;
      }
      key += 4294967296; // hash collision: probe the next slot of this hash
    }
  }
  return [...groups.values()];
}

/**
 * Indexes of the pairs at or above the threshold, strongest first. Equal scores are ordered
 * by the records' content, so the clustering does not depend on input order.
 */
function sortEdges(
  fields: readonly EncodedField[],
  pairs: Float64Array,
  logits: Float64Array,
  min: number,
  n: number,
): Int32Array {
  let count = 0;
  for (let i = 0; i < pairs.length; i++) if (logits[i]! >= min) count++;
  const idx = new Int32Array(count);
  count = 0;
  for (let i = 0; i < pairs.length; i++) if (logits[i]! >= min) idx[count++] = i;
  idx.sort((x, y) => logits[y]! - logits[x]!);
  // Content hash per record (from key texts, not ids, which follow input order).
  const keyHash = fields.map((f) => Float64Array.from(f.keys, textHash));
  const recordHash = (r: number) => {
    let h = 0;
    fields.forEach((f, k) => {
      const c = f.codes[r]!;
      h = (h * 31 + (c < 0 ? 7 : keyHash[k]![c]!)) % 9007199254740881;
    });
    return h;
  };
  for (let from = 0; from < idx.length; ) {
    let to = from + 1;
    while (to < idx.length && logits[idx[to]!] === logits[idx[from]!]) to++;
    if (to - from > 1) {
      const size = to - from;
      const lo = new Float64Array(size);
      const hi = new Float64Array(size);
      const ks = idx.slice(from, to);
      for (let j = 0; j < size; j++) {
        const k = ks[j]!;
        const a = Math.floor(pairs[k]! / n);
        const ha = recordHash(a);
        const hb = recordHash(pairs[k]! - a * n);
        lo[j] = Math.min(ha, hb);
        hi[j] = Math.max(ha, hb);
      }
      const order = Int32Array.from({ length: size }, (_, j) => j);
      order.sort((x, y) => lo[x]! - lo[y]! || hi[x]! - hi[y]!);
      for (let j = 0; j < size; j++) idx[from + j] = ks[order[j]!]!;
    }
    from = to;
  }
  return idx;
}

/** A 48-bit hash of a text (FNV-1a in two halves), the same whatever the input order. */
function textHash(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 65536 + ((h2 >>> 16) & 0xffff);
}

/**
 * Strong non-matches among records that some edge touches, as adjacency lists in two typed
 * arrays: the chain rule keeps such two records apart even when other records link them.
 */
function strongNonMatches(
  pairs: Float64Array,
  logits: Float64Array,
  edges: readonly (readonly [number, number])[],
  n: number,
  splitWeight: number,
): { offsets: Int32Array; targets: Int32Array } | undefined {
  if (splitWeight === Number.NEGATIVE_INFINITY || edges.length === 0) return undefined;
  const touched = new Uint8Array(n);
  for (const [a, b] of edges) {
    touched[a] = 1;
    touched[b] = 1;
  }
  const offsets = new Int32Array(n + 1);
  const keep = (i: number): boolean => {
    if (logits[i]! > splitWeight) return false;
    const [a, b] = split(pairs[i]!, n);
    return touched[a] === 1 && touched[b] === 1;
  };
  for (let i = 0; i < pairs.length; i++) {
    if (!keep(i)) continue;
    const [a, b] = split(pairs[i]!, n);
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const targets = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let i = 0; i < pairs.length; i++) {
    if (!keep(i)) continue;
    const [a, b] = split(pairs[i]!, n);
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { offsets, targets };
}
