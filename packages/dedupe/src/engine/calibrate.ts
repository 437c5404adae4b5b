import type { FieldParams, Params } from "../types.js";
import type { Vectors } from "./compare.js";
import type { EncodedField } from "./encode.js";
import { priorOverAllPairs } from "./prior.js";
import { pairWeights, type TermFrequency } from "./score.js";

/** Most the correction below lowers a u, as a factor: u keeps a tenth of its sampled value. */
const MAX_CORRECTION = 10;
/** Most rounds of correcting u and estimating λ again. */
export const ROUNDS = 8;

/** u without the matches among random pairs: u' ∝ u − λm, normalised. */
export function corrected(fields: readonly FieldParams[], lambda: number): FieldParams[] {
  return fields.map((f) => {
    const u = f.u.map((u, l) => Math.max(u - lambda * f.m[l]!, u / MAX_CORRECTION));
    const sum = u.reduce((a, b) => a + b, 0);
    return { ...f, u: u.map((x) => x / sum) };
  });
}

/**
 * Scores with the prior over all pairs (see {@link priorOverAllPairs}). Random pairs include
 * the matches, λ of them at their m: once λ is known, u is corrected to the non-matches alone
 * and λ estimated again, until it settles. In large data the correction is small; in a few hundred records,
 * where duplicates are a visible share of all pairs, it keeps them from passing for chance.
 * Pairs sharing a household keep their own prior and u.
 */
export function calibrate(
  fields: readonly EncodedField[],
  estimated: Params,
  vectors: Vectors,
  stratum: Uint8Array,
  pairs: Float64Array,
  n: number,
  tf: readonly (TermFrequency | undefined)[],
  allPairs: number,
): { params: Params; logits: Float64Array; prior: readonly number[] } {
  const outside = (i: number) => stratum[vectors.pattern[i]!] === 0;
  let inside = 0;
  for (let i = 0; i < pairs.length; i++) if (!outside(i)) inside++;
  const total = allPairs - inside;
  const rawOf = (s: { logits: Float64Array; prior: readonly number[] }) =>
    s.logits.map((l, i) => l - s.prior[stratum[vectors.pattern[i]!]!]!);
  // λ and the corrected u depend on each other: a few rounds until λ settles (one or two in
  // large data, where the correction is small).
  let fixed = estimated;
  let scored = pairWeights(fields, fixed, vectors, stratum, pairs, n, tf);
  let raw = rawOf(scored);
  let lambda = priorOverAllPairs(raw, outside, total);
  for (let round = 0; round < ROUNDS; round++) {
    fixed = { ...estimated, fields: corrected(estimated.fields, lambda) };
    scored = pairWeights(fields, fixed, vectors, stratum, pairs, n, tf);
    raw = rawOf(scored);
    const next = priorOverAllPairs(raw, outside, total);
    const settled = Math.abs(Math.log2(next / lambda)) < 0.01;
    lambda = next;
    if (settled) break;
  }
  const p = Math.log2(lambda / (1 - lambda));
  const { logits } = scored;
  for (let i = 0; i < logits.length; i++) if (outside(i)) logits[i] = raw[i]! + p;
  return { params: { ...fixed, lambda }, logits, prior: [p, scored.prior[1]!] };
}
