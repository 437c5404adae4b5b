import type { FieldExplanation, FieldParams, Params } from "../types.js";
import type { Vectors } from "./compare.js";
import type { EncodedField } from "./encode.js";

/** log2 Bayes factor per field and level, outside (stratum 0) and inside a household (1). */
export function levelWeights(params: readonly FieldParams[]): [number[][], number[][]] {
  const outside = params.map((p) => p.m.map((m, l) => Math.log2(m / p.u[l]!)));
  const inside = params.map((p) => p.m.map((m, l) => Math.log2(m / (p.uContext ?? p.u)[l]!)));
  return [outside, inside];
}

const logit2 = (p: number) => Math.log2(p / (1 - p));

/**
 * Posterior log-odds of every pair: its match weight — the weight of its pattern, plus, on
 * fields with term-frequency adjustment that agree exactly, log2(Σp² / p_v): agreeing on a rare
 * value counts more — plus the prior of its stratum. The priors come back too: the weight is the
 * log-odds minus the prior, so one array serves millions of pairs.
 */
export function pairWeights(
  fields: readonly EncodedField[],
  params: Params,
  vectors: Vectors,
  stratum: Uint8Array,
  pairs: Float64Array,
  n: number,
  tf: readonly (Float64Array | undefined)[],
): { logits: Float64Array; prior: readonly number[] } {
  const F = fields.length;
  const lw = levelWeights(params.fields);
  const P = vectors.counts.length;
  const patternWeights = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const w0 = lw[stratum[p]!]!;
    let w = 0;
    for (let f = 0; f < F; f++) {
      const l = vectors.levels[p * F + f]!;
      if (l < w0[f]!.length) w += w0[f]![l]!;
    }
    patternWeights[p] = w;
  }
  const prior = [logit2(params.lambda), logit2(params.lambdaContext ?? params.lambda)];
  const logits = new Float64Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const p = vectors.pattern[i]!;
    let w = patternWeights[p]!;
    for (let f = 0; f < F; f++) {
      const adj = tf[f];
      if (!adj || vectors.levels[p * F + f] !== 0) continue;
      const a = Math.floor(pairs[i]! / n);
      w += adj[fields[f]!.codes[a]!]!;
    }
    logits[i] = w + prior[stratum[p]!]!;
  }
  return { logits, prior };
}

/** Per key id: log2(Σp² / p_v), the term-frequency correction of an exact agreement. */
export function tfAdjustments(field: EncodedField): Float64Array {
  const out = new Float64Array(field.keys.length);
  const n = Math.max(field.present, 1);
  let sumSq = 0;
  for (const c of field.counts) sumSq += (c / n) ** 2;
  for (let id = 0; id < out.length; id++) {
    const p = Math.max(field.counts[id]!, 1) / n;
    out[id] = Math.log2(sumSq / p);
  }
  return out;
}

/** Posterior probability from posterior log2-odds. */
export const probability = (logit: number) => 1 / (1 + 2 ** -logit);

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
