import { expectArgument } from "@linli/core";
/** Pairwise precision, recall and F1, with the counts behind them. */
export interface PairScores {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const pairs = (k: number) => (k * (k - 1)) / 2;

function scores(tp: number, predicted: number, truth: number): PairScores {
  const precision = predicted === 0 ? 1 : tp / predicted;
  const recall = truth === 0 ? 1 : tp / truth;
  return {
    truePositives: tp,
    falsePositives: predicted - tp,
    falseNegatives: truth - tp,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/**
 * Pairwise scores of a clustering against the true entity of each record: every pair of
 * records in one cluster is a predicted match.
 *
 * @example
 * ```ts
 * import { pairwiseScores } from "@linli/dedupe/benchmark";
 * pairwiseScores([[0, 1], [2]], [7, 7, 8]).f1; // 1
 * ```
 */
export function pairwiseScores(
  clusters: readonly (readonly number[])[],
  entity: ArrayLike<number | string>,
): PairScores {
  expectArgument("pairwiseScores", "clusters", "list", clusters);
  expectArgument("pairwiseScores", "entity", "list", entity);
  let tp = 0;
  let predicted = 0;
  for (const c of clusters) {
    predicted += pairs(c.length);
    const byEntity = new Map<number | string, number>();
    for (const i of c) byEntity.set(entity[i]!, (byEntity.get(entity[i]!) ?? 0) + 1);
    for (const k of byEntity.values()) tp += pairs(k);
  }
  const sizes = new Map<number | string, number>();
  for (let i = 0; i < entity.length; i++) sizes.set(entity[i]!, (sizes.get(entity[i]!) ?? 0) + 1);
  let truth = 0;
  for (const k of sizes.values()) truth += pairs(k);
  return scores(tp, predicted, truth);
}

/**
 * Pairwise scores of a linkage: each left–right pair inside a cluster is a predicted link.
 *
 * @example
 * ```ts
 * import { linkScores } from "@linli/dedupe/benchmark";
 * linkScores([{ left: [0], right: [0] }, { left: [1], right: [] }], [1, 2], [1]).f1; // 1
 * ```
 */
export function linkScores(
  clusters: readonly { readonly left: readonly number[]; readonly right: readonly number[] }[],
  leftEntity: ArrayLike<number | string>,
  rightEntity: ArrayLike<number | string>,
): PairScores {
  expectArgument("linkScores", "clusters", "list", clusters);
  expectArgument("linkScores", "leftEntity", "list", leftEntity);
  expectArgument("linkScores", "rightEntity", "list", rightEntity);
  let tp = 0;
  let predicted = 0;
  for (const c of clusters) {
    predicted += c.left.length * c.right.length;
    const left = new Map<number | string, number>();
    for (const i of c.left) left.set(leftEntity[i]!, (left.get(leftEntity[i]!) ?? 0) + 1);
    for (const j of c.right) tp += left.get(rightEntity[j]!) ?? 0;
  }
  const leftSizes = new Map<number | string, number>();
  for (let i = 0; i < leftEntity.length; i++) {
    leftSizes.set(leftEntity[i]!, (leftSizes.get(leftEntity[i]!) ?? 0) + 1);
  }
  let truth = 0;
  for (let j = 0; j < rightEntity.length; j++) truth += leftSizes.get(rightEntity[j]!) ?? 0;
  return scores(tp, predicted, truth);
}
