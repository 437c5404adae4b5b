import { expectArgument } from "@linli/core";
import { type PairScores, pairwiseScores } from "../metrics.js";
import { NOISE_KINDS, type NoiseKind } from "./noise.js";
import type { SyntheticTruth } from "./types.js";

/**
 * Kinds of hard negatives: different people who look alike. Family members share a phone, a
 * home and often a surname; twins also a birth date; namesakes (injected) share a name and a
 * birth year; common names are the commonest of China; same-name pairs are any two people of
 * one full name, same-birth pairs any two of one surname, birth date and sex; swapped-name
 * pairs have given names of the same characters in the other order (张发祥 / 张祥发).
 *
 * @example
 * ```ts
 * import { HARD_NEGATIVE_KINDS } from "@linli/dedupe/benchmark";
 * HARD_NEGATIVE_KINDS.includes("twins"); // true
 * ```
 */
export const HARD_NEGATIVE_KINDS = [
  "family",
  "twins",
  "namesake",
  "common-name",
  "same-name",
  "same-birth",
  "swapped-name",
] as const;

/** A kind of hard negative. */
export type HardNegativeKind = (typeof HARD_NEGATIVE_KINDS)[number];

/** Recall on the true pairs where one of the records carries a kind of noise. */
export interface NoiseReport {
  readonly pairs: number;
  readonly found: number;
  readonly recall: number;
}

/** How many pairs of different people of a kind were wrongly put together. */
export interface HardNegativeReport {
  readonly pairs: number;
  readonly merged: number;
  /** Share of these pairs kept apart. */
  readonly keptApart: number;
}

/** Clusters of two records or more, and how many of them hold more than one person. */
export interface ClusterPurity {
  readonly clusters: number;
  readonly mixed: number;
  /** `mixed / clusters` (0 when there are none). */
  readonly mixedShare: number;
}

/** Accuracy on synthetic residents, overall and by kind of noise and of hard negative. */
export interface SyntheticReport {
  readonly overall: PairScores;
  readonly purity: ClusterPurity;
  readonly byNoise: Readonly<Record<NoiseKind, NoiseReport>>;
  readonly byHardNegative: Readonly<Record<HardNegativeKind, HardNegativeReport>>;
}

const pairs = (k: number) => (k * (k - 1)) / 2;

/** Pairs of different entities sharing a key (-1: none), in all and within clusters. */
export function hardPairs(
  key: Int32Array,
  entity: Int32Array,
  cluster: Int32Array,
): HardNegativeReport {
  const count = (by: (i: number) => number) => {
    const groups = new Map<number, Map<number, number>>();
    for (let i = 0; i < key.length; i++) {
      if (key[i]! < 0) continue;
      const g = by(i);
      let m = groups.get(g);
      if (!m) {
        m = new Map();
        groups.set(g, m);
      }
      m.set(entity[i]!, (m.get(entity[i]!) ?? 0) + 1);
    }
    let total = 0;
    for (const m of groups.values()) {
      let size = 0;
      let same = 0;
      for (const k of m.values()) {
        size += k;
        same += pairs(k);
      }
      total += pairs(size) - same;
    }
    return total;
  };
  const all = count((i) => key[i]!);
  // Key and cluster packed into one number (cluster ids are record indexes).
  const merged = count((i) => key[i]! * key.length + cluster[i]!);
  return { pairs: all, merged, keptApart: all === 0 ? 1 : 1 - merged / all };
}

/**
 * Recall on the true pairs carrying each kind of noise (a pair counts for every kind carried
 * by either record).
 */
export function noiseRecall<K extends string>(
  entity: Int32Array,
  noise: readonly (readonly K[])[],
  cluster: Int32Array,
  kinds: readonly K[],
): Record<K, NoiseReport> {
  const byEntity = new Map<number, number[]>();
  for (let i = 0; i < entity.length; i++) {
    const e = entity[i]!;
    const list = byEntity.get(e);
    if (list) list.push(i);
    else byEntity.set(e, [i]);
  }
  const seen = Object.fromEntries(kinds.map((k) => [k, { pairs: 0, found: 0 }])) as Record<
    K,
    { pairs: number; found: number }
  >;
  for (const list of byEntity.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const found = cluster[a] === cluster[b];
        for (const k of new Set([...noise[a]!, ...noise[b]!])) {
          seen[k].pairs++;
          if (found) seen[k].found++;
        }
      }
    }
  }
  return Object.fromEntries(
    kinds.map((k) => {
      const r = seen[k];
      return [k, { ...r, recall: r.pairs === 0 ? 1 : r.found / r.pairs }];
    }),
  ) as Record<K, NoiseReport>;
}

/** Cluster index of each record. */
export function clusterIndex(n: number, clusters: readonly (readonly number[])[]): Int32Array {
  const cluster = new Int32Array(n);
  clusters.forEach((c, k) => {
    for (const i of c) cluster[i] = k;
  });
  return cluster;
}

/**
 * Score clusters of synthetic residents: pairwise precision/recall/F1, recall by kind of
 * noise (a true pair counts for every kind carried by either record), and for each kind of
 * hard negative how many pairs were wrongly merged.
 *
 * @example
 * ```ts
 * import { dedupe } from "@linli/dedupe";
 * import { evaluateSynthetic, synthesizeResidents } from "@linli/dedupe/benchmark";
 * const data = synthesizeResidents({ records: 2000, seed: 3 });
 * const report = evaluateSynthetic(data, dedupe(data.records).clusters);
 * report.overall.precision; // ≈ 1
 * report.byHardNegative.twins.merged; // 0
 * ```
 */
export function evaluateSynthetic(
  data: SyntheticTruth,
  clusters: readonly (readonly number[])[],
): SyntheticReport {
  expectArgument("evaluateSynthetic", "data", "object", data);
  expectArgument("evaluateSynthetic", "clusters", "list", clusters);
  const cluster = clusterIndex(data.entity.length, clusters);
  const byNoise = noiseRecall(data.entity, data.noise, cluster, NOISE_KINDS);
  const keys: Record<HardNegativeKind, Int32Array> = {
    family: data.household,
    twins: data.twin,
    namesake: data.namesake,
    "common-name": data.commonName,
    "same-name": data.sameName,
    "same-birth": data.sameBirth,
    "swapped-name": data.swapped,
  };
  const byHardNegative = Object.fromEntries(
    HARD_NEGATIVE_KINDS.map((k) => [k, hardPairs(keys[k], data.entity, cluster)]),
  ) as Record<HardNegativeKind, HardNegativeReport>;
  return {
    overall: pairwiseScores(clusters, data.entity),
    purity: purity(clusters, data.entity),
    byNoise,
    byHardNegative,
  };
}

function purity(clusters: readonly (readonly number[])[], entity: Int32Array): ClusterPurity {
  let count = 0;
  let mixed = 0;
  for (const c of clusters) {
    if (c.length < 2) continue;
    count++;
    const e = entity[c[0]!];
    if (c.some((i) => entity[i] !== e)) mixed++;
  }
  return { clusters: count, mixed, mixedShare: count === 0 ? 0 : mixed / count };
}

/**
 * Share of true pairs that blocking made candidates (pairs given as two index arrays).
 *
 * @example
 * ```ts
 * import { candidatePairs } from "@linli/dedupe";
 * import { blockingRecall, synthesizeResidents } from "@linli/dedupe/benchmark";
 * const data = synthesizeResidents({ records: 1000 });
 * const { a, b } = candidatePairs(data.records);
 * blockingRecall(data.entity, a, b); // ≈ 1
 * ```
 */
export function blockingRecall(
  entity: Int32Array,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): number {
  expectArgument("blockingRecall", "entity", "list", entity);
  expectArgument("blockingRecall", "a", "list", a);
  expectArgument("blockingRecall", "b", "list", b);
  let found = 0;
  for (let i = 0; i < a.length; i++) if (entity[a[i]!] === entity[b[i]!]) found++;
  const sizes = new Map<number, number>();
  for (const e of entity) sizes.set(e, (sizes.get(e) ?? 0) + 1);
  let truth = 0;
  for (const k of sizes.values()) truth += pairs(k);
  return truth === 0 ? 1 : found / truth;
}
