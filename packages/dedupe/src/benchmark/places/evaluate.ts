import { expectArgument } from "@linli/core";
import { type PairScores, pairwiseScores } from "../metrics.js";
import {
  clusterIndex,
  type HardNegativeReport,
  hardPairs,
  type NoiseReport,
  noiseRecall,
} from "../synthetic/evaluate.js";
import { ORG_NOISE_KINDS, type OrgNoiseKind } from "./noise.js";
import { PATTERNS } from "./patterns.js";
import type { SyntheticOrganizations } from "./types.js";

/**
 * Kinds of hard negatives among organisations: the same pattern in another county (黄梅县人民医院
 * / 蕲春县人民医院, 城关镇卫生院 of two counties), another number in the same city (第一 / 第二
 * 人民医院, 1号 / 2号仓库), another campus (东院 / 西院), another kind in the same place
 * (人民医院 / 中医医院).
 *
 * @example
 * ```ts
 * import { ORG_HARD_NEGATIVE_KINDS } from "@linli/dedupe/benchmark";
 * ORG_HARD_NEGATIVE_KINDS.includes("other-county"); // true
 * ```
 */
export const ORG_HARD_NEGATIVE_KINDS = [
  "other-county",
  "other-number",
  "other-campus",
  "other-kind",
] as const;

/** A kind of hard negative among organisations. */
export type OrgHardNegativeKind = (typeof ORG_HARD_NEGATIVE_KINDS)[number];

/** Accuracy on synthetic organisations, overall and by kind of noise and of hard negative. */
export interface OrganizationReport {
  readonly overall: PairScores;
  readonly byNoise: Readonly<Record<OrgNoiseKind, NoiseReport>>;
  readonly byHardNegative: Readonly<Record<OrgHardNegativeKind, HardNegativeReport>>;
}

const patternOf = new Map(PATTERNS.map((p) => [p.id, p]));

/** One small integer per distinct key (-1 for none). */
function keyIds(keys: readonly (string | undefined)[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(keys, (k) => {
    if (k === undefined) return -1;
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    return id;
  });
}

/**
 * Score clusters of synthetic organisations: pairwise precision/recall/F1, recall by kind of
 * re-typing, and for each kind of hard negative how many pairs were wrongly merged.
 *
 * @example
 * ```ts
 * import { dedupe } from "@linli/dedupe";
 * import { evaluateOrganizations, synthesizeOrganizations } from "@linli/dedupe/benchmark";
 * const data = synthesizeOrganizations({ records: 2000, seed: 3 });
 * const report = evaluateOrganizations(data, dedupe(data.records, { profile: "organization" }).clusters);
 * report.byHardNegative["other-county"].keptApart; // ≈ 1
 * ```
 */
export function evaluateOrganizations(
  data: SyntheticOrganizations,
  clusters: readonly (readonly number[])[],
): OrganizationReport {
  expectArgument("evaluateOrganizations", "data", "object", data);
  expectArgument("evaluateOrganizations", "clusters", "list", clusters);
  const n = data.records.length;
  const cluster = clusterIndex(n, clusters);
  const byNoise = noiseRecall(data.entity, data.noise, cluster, ORG_NOISE_KINDS);
  const idx = Array.from({ length: n }, (_, i) => i);
  const p = (i: number) => patternOf.get(data.pattern[i]!)!;
  const keys: Record<OrgHardNegativeKind, Int32Array> = {
    "other-county": keyIds(idx.map((i) => `${data.pattern[i]}|${data.fill[i]}`)),
    "other-number": keyIds(
      idx.map((i) => (p(i).numbered ? `${data.pattern[i]}|${data.place[i]}` : undefined)),
    ),
    "other-campus": keyIds(
      idx.map((i) => (p(i).direction ? `${data.pattern[i]}|${data.place[i]}` : undefined)),
    ),
    "other-kind": keyIds(
      idx.map((i) =>
        p(i).fill || p(i).numbered || p(i).direction ? undefined : `${p(i).kind}|${data.place[i]}`,
      ),
    ),
  };
  const byHardNegative = Object.fromEntries(
    ORG_HARD_NEGATIVE_KINDS.map((k) => [k, hardPairs(keys[k], data.entity, cluster)]),
  ) as Record<OrgHardNegativeKind, HardNegativeReport>;
  return { overall: pairwiseScores(clusters, data.entity), byNoise, byHardNegative };
}
