/**
 * The prior over all pairs: the share λ of all record pairs that are matches, found by EM on
 * λ alone with m and u held: λ ← Σ P(match | pair) / all pairs, where pairs that blocking did
 * not bring together count as non-matches. u comes from random pairs, so λ must be the prior
 * of a random pair too: the share among candidate pairs would count the blocked agreement
 * twice, and grows with the data, so that namesakes merge in a district but not in a street.
 *
 * `weights` are the pairs' log2 Bayes factors (no prior); only pairs with `use[i]` count.
 */
export function priorOverAllPairs(
  weights: Float64Array,
  use: (i: number) => boolean,
  allPairs: number,
): number {
  if (allPairs <= 0) return 0.5;
  // Distinct weights with counts: the iterations then cost the distinct weights, not the pairs.
  const byWeight = new Map<number, number>();
  for (let i = 0; i < weights.length; i++) {
    if (!use(i)) continue;
    const w = weights[i]!;
    byWeight.set(w, (byWeight.get(w) ?? 0) + 1);
  }
  return priorOverWeights(
    Float64Array.from(byWeight.keys()),
    Float64Array.from(byWeight.values()),
    allPairs,
  );
}

/** {@link priorOverAllPairs} from distinct weights `ws` and how many pairs have each (`cs`). */
export function priorOverWeights(ws: Float64Array, cs: Float64Array, allPairs: number): number {
  if (allPairs <= 0) return 0.5;
  // A Beta(1, 1) prior: two records alone are neither surely one nor surely two.
  let lambda = Math.min(0.5, cs.reduce((a, b) => a + b, 0) / allPairs);
  for (let it = 0; it < 200; it++) {
    const logit = Math.log2(lambda / (1 - lambda));
    let matches = 0;
    for (let k = 0; k < ws.length; k++) matches += cs[k]! / (1 + 2 ** -(logit + ws[k]!));
    const next = Math.min(Math.max((matches + 1) / (allPairs + 2), 1e-15), 1 - 1e-9);
    const done = Math.abs(Math.log2(next / lambda)) < 1e-6;
    lambda = next;
    if (done) break;
  }
  return lambda;
}
