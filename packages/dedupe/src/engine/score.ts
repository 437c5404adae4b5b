import type { FieldExplanation, FieldParams } from "../types.js";
import type { Vectors } from "./compare.js";
import type { EncodedField } from "./encode.js";

/** log2 Bayes factor per field and level. */
export function levelWeights(params: readonly FieldParams[]): number[][] {
  return params.map((p) => p.m.map((m, l) => Math.log2(m / p.u[l]!)));
}

/**
 * Match weight of every pair: the weight of its pattern, plus, on fields with term-frequency
 * adjustment that agree exactly, log2(u_exact / p_v) — agreeing on a rare value counts more.
 */
export function pairWeights(
  fields: readonly EncodedField[],
  params: readonly FieldParams[],
  vectors: Vectors,
  pairs: Float64Array,
  n: number,
  tf: readonly (Float64Array | undefined)[],
): { weights: Float64Array; patternWeights: Float64Array } {
  const F = fields.length;
  const lw = levelWeights(params);
  const P = vectors.counts.length;
  const patternWeights = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    let w = 0;
    for (let f = 0; f < F; f++) {
      const l = vectors.levels[p * F + f]!;
      if (l < lw[f]!.length) w += lw[f]![l]!;
    }
    patternWeights[p] = w;
  }
  const weights = new Float64Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const p = vectors.pattern[i]!;
    let w = patternWeights[p]!;
    for (let f = 0; f < F; f++) {
      const adj = tf[f];
      if (!adj || vectors.levels[p * F + f] !== 0) continue;
      const a = Math.floor(pairs[i]! / n);
      w += adj[fields[f]!.codes[a]!]!;
    }
    weights[i] = w;
  }
  return { weights, patternWeights };
}

/** Per key id: log2(u_exact / p_v), the term-frequency correction of an exact agreement. */
export function tfAdjustments(field: EncodedField, uExact: number): Float64Array {
  const out = new Float64Array(field.keys.length);
  const n = Math.max(field.present, 1);
  for (let id = 0; id < out.length; id++) {
    const p = Math.max(field.counts[id]!, 1) / n;
    out[id] = Math.log2(uExact / p);
  }
  return out;
}

/** Posterior probability from a log2 Bayes factor and the prior λ. */
export function probability(weight: number, lambda: number): number {
  const logit = weight + Math.log2(lambda / (1 - lambda));
  return 1 / (1 + 2 ** -logit);
}

/** Per-field explanation of one pair. */
export function explain(
  fields: readonly EncodedField[],
  params: readonly FieldParams[],
  lw: readonly (readonly number[])[],
  tf: readonly (Float64Array | undefined)[],
  levels: Uint8Array,
  pattern: number,
  a: number,
): FieldExplanation[] {
  const F = fields.length;
  const out: FieldExplanation[] = [];
  for (let f = 0; f < F; f++) {
    const l = levels[pattern * F + f]!;
    const p = params[f]!;
    if (l >= p.levels.length) {
      out.push({ field: p.field, level: "missing", weight: 0 });
      continue;
    }
    let w = lw[f]![l]!;
    const adj = tf[f];
    if (adj && l === 0) w += adj[fields[f]!.codes[a]!]!;
    out.push({ field: p.field, level: p.levels[l]!, weight: round(w) });
  }
  return out;
}

/** Weights rounded for output: enough digits to explain, fewer bytes to serialise. */
export const round = (x: number) => Math.round(x * 1000) / 1000;
