import { DedupeOptionError } from "../errors/option-error.js";
import type { DedupeOptions } from "../options.js";
import type { FieldParams, Params, Profile } from "../types.js";
import { levelFn, type Vectors } from "./compare.js";
import type { EncodedField } from "./encode.js";
import { em, estimateU, initialM } from "./estimate.js";
import { doubt } from "./guard.js";

/** Per pattern: 1 when the pair shares a household (a `context` field at a strong level). */
export function strata(
  fields: readonly EncodedField[],
  vectors: Pick<Vectors, "levels" | "counts">,
  profile: Profile,
): Uint8Array {
  const F = fields.length;
  const P = vectors.counts.length;
  const out = new Uint8Array(P);
  const context = profile.context;
  if (!context) return out;
  const strong = fields.map((f) => context[f.name] ?? 0);
  for (let p = 0; p < P; p++) {
    for (let f = 0; f < F; f++) {
      if (vectors.levels[p * F + f]! < strong[f]!) {
        out[p] = 1;
        break;
      }
    }
  }
  return out;
}

/**
 * What estimation reads besides the patterns, from whichever executor compared the pairs:
 * pairs per pattern among a training rule's pairs, and u from random pairs.
 */
export interface PatternSource {
  /** Pairs per pattern among the pairs a training rule found (undefined: no such rule). */
  ruleCounts(rule: string): Float64Array | undefined;
  /** u per field and level from random pairs (see `estimateU`). */
  sampledU(): number[][];
}

/** {@link PatternSource} of the in-memory engine: its pairs and level functions. */
export function memorySource(
  fields: readonly EncodedField[],
  vectors: Vectors,
  union: Float64Array,
  perRule: ReadonlyMap<string, Float64Array>,
  n: number,
  group: Int32Array | undefined,
  options: DedupeOptions,
): PatternSource {
  return {
    ruleCounts: (rule) => {
      const pairs = perRule.get(rule);
      return pairs && patternCounts(union, pairs, vectors);
    },
    sampledU: () =>
      estimateU(
        fields,
        fields.map((f) => levelFn(f, n)),
        n,
        group,
        options.sampleSize ?? 200_000,
        options.seed ?? 1,
      ),
  };
}

/** Pairs per pattern among a subset of the candidate pairs (both sorted). */
function patternCounts(union: Float64Array, subset: Float64Array, vectors: Vectors): Float64Array {
  const counts = new Float64Array(vectors.counts.length);
  let j = 0;
  for (const k of subset) {
    while (j < union.length && union[j]! < k) j++;
    if (union[j] === k) counts[vectors.pattern[j]!]!++;
  }
  return counts;
}

const masked = (counts: Float64Array, stratum: Uint8Array, want: number) =>
  counts.map((c, p) => (stratum[p] === want ? c : 0));

/** Weight of the prior m, in pairs: it matters on small inputs only. */
const PRIOR_PAIRS = 10;

const EM_OPTIONS = (options: DedupeOptions) => ({
  maxIterations: options.maxIterations ?? 100,
  tolerance: 1e-6,
});

/**
 * Estimate the model: u from random pairs; m by EM without labels (over all candidates, or
 * per training rule as Splink does); with a household context, u and λ of the pairs sharing
 * a household by EM with m held.
 */
export function estimateParams(
  fields: readonly EncodedField[],
  vectors: Pick<Vectors, "levels" | "counts">,
  stratum: Uint8Array,
  source: PatternSource,
  profile: Profile,
  options: DedupeOptions,
  threshold: number,
): Params {
  const F = fields.length;
  const sampled = source.sampledU();
  let u = fields.map((f, i) => (f.spec.u ? [...f.spec.u] : sampled[i]!));
  const radix = fields.map((f) => f.comparator.levels.length + 1);
  const m0 = fields.map((f) => priorM(f));
  const freeM = fields.map((f) => !f.spec.m);
  const held = fields.map(() => false);
  const prior = { m: m0, strength: PRIOR_PAIRS };
  const opts = EM_OPTIONS(options);
  let iterations = 0;
  let m: number[][];
  if (profile.training && profile.training.length > 0) {
    const sums = fields.map((f) => new Array<number>(f.comparator.levels.length).fill(0));
    const runs = new Array<number>(F).fill(0);
    for (const t of profile.training) {
      const rule = profile.blocking.find((r) => r.name === t.rule);
      const counts = rule ? source.ruleCounts(t.rule) : undefined;
      if (!rule || !counts) throw new DedupeOptionError("options.trainingRule", { rule: t.rule });
      const skip = new Set([...(rule.on ?? []), ...(t.ignore ?? [])]);
      const use = fields.map((f) => !skip.has(f.name));
      const fit = t.matches
        ? { m: matchM(vectors, counts, radix, m0, use), iterations: 0 }
        : em(
            { levels: vectors.levels, counts },
            radix,
            { m: m0, u, lambda: 0.5 },
            { m: freeM, u: held },
            opts,
            use,
            prior,
          );
      iterations += fit.iterations;
      fields.forEach((_, f) => {
        if (!use[f]) return;
        runs[f]!++;
        fit.m[f]!.forEach((v, l) => {
          sums[f]![l]! += v;
        });
      });
    }
    m = fields.map((_, f) => (runs[f]! > 0 ? sums[f]!.map((v) => v / runs[f]!) : m0[f]!));
  } else {
    const plain = masked(vectors.counts, stratum, 0);
    const fit = em(
      { levels: vectors.levels, counts: plain },
      radix,
      { m: m0, u, lambda: 0.1 },
      { m: freeM, u: held },
      opts,
      undefined,
      prior,
    );
    iterations += fit.iterations;
    m = fit.m;
  }
  // Priors (and household u) with m held.
  // Among candidate pairs, non-matches agree on what they were blocked on far more often than
  // random pairs do (one district's clinics share place and kind): such profiles estimate u
  // there, from the random-pair u as a prior.
  const freeU = fields.map((f) => profile.estimateU === "candidates" && !f.spec.u);
  const outside = em(
    { levels: vectors.levels, counts: masked(vectors.counts, stratum, 0) },
    radix,
    { m, u, lambda: 0.1 },
    { m: held, u: freeU },
    opts,
    undefined,
    undefined,
    { m: u, strength: PRIOR_PAIRS },
  );
  iterations += outside.iterations;
  const randomU = u;
  if (profile.estimateU === "candidates") {
    // A level of agreement rare among candidates is no rarer than among random pairs.
    u = outside.u.map((row, f) => {
      const against = fields[f]!.comparator.against ?? row.length - 1;
      return row.map((v, l) => (l < against ? Math.max(v, u[f]![l]!) : v));
    });
  }
  const plain = { levels: vectors.levels, counts: masked(vectors.counts, stratum, 0) };
  const paired = plain.counts.reduce((a, b) => a + b, 0);
  const check = doubt(outside.lambda, m, u, { m: m0, u: randomU }, plain, radix, opts);
  if (check.reason) {
    // Not trusted: prior m, random-pair u, and the share of matches the prior sees.
    return {
      fields: fields.map((f, i) => fieldParams(f, m0[i]!, randomU[i]!, undefined)),
      lambda: Math.min(check.lambdaPrior, 0.5),
      threshold,
      iterations,
      estimate: {
        method: "prior",
        reason: check.reason,
        ...(paired > 0 ? { lambda: outside.lambda } : {}),
        separation: check.separation,
      },
    };
  }
  let uContext: number[][] | undefined;
  let lambdaContext: number | undefined;
  if (profile.context) {
    const inside = em(
      { levels: vectors.levels, counts: masked(vectors.counts, stratum, 1) },
      radix,
      { m, u, lambda: 0.1 },
      { m: held, u: fields.map((f) => !f.spec.u) },
      opts,
      undefined,
      undefined,
      { m: u, strength: PRIOR_PAIRS },
    );
    iterations += inside.iterations;
    uContext = inside.u;
    lambdaContext = inside.lambda;
  }
  return {
    fields: fields.map((f, i) => fieldParams(f, m[i]!, u[i]!, uContext?.[i])),
    lambda: outside.lambda,
    ...(lambdaContext !== undefined ? { lambdaContext } : {}),
    threshold,
    iterations,
    estimate: {
      method: "em",
      ...(paired > 0 ? { lambda: outside.lambda } : {}),
      separation: check.separation,
    },
  };
}

/** The prior m of a field: its own, else its comparator's, else {@link initialM}. */
export function priorM(f: EncodedField): number[] {
  const given = f.spec.m ?? f.comparator.m;
  return given ? [...given] : initialM(f.comparator.levels.length);
}

/** m read from pairs known to match: level counts, with the prior as {@link PRIOR_PAIRS} pairs. */
function matchM(
  vectors: Pick<Vectors, "levels">,
  counts: Float64Array,
  radix: readonly number[],
  m0: readonly (readonly number[])[],
  use: readonly boolean[],
): number[][] {
  const F = radix.length;
  const sums = radix.map((r) => new Float64Array(r - 1));
  for (let p = 0; p < counts.length; p++) {
    if (counts[p] === 0) continue;
    for (let f = 0; f < F; f++) {
      const l = vectors.levels[p * F + f]!;
      if (use[f] && l < radix[f]! - 1) sums[f]![l]! += counts[p]!;
    }
  }
  return sums.map((row, f) => {
    let total = 0;
    for (const v of row) total += v;
    return Array.from(row, (v, l) => (v + PRIOR_PAIRS * m0[f]![l]!) / (total + PRIOR_PAIRS));
  });
}

function fieldParams(
  f: EncodedField,
  m: readonly number[],
  u: readonly number[],
  uContext: readonly number[] | undefined,
): FieldParams {
  return {
    field: f.name,
    comparator: f.comparator.id,
    levels: [...f.comparator.levels],
    m: [...m],
    u: [...u],
    ...(uContext ? { uContext: [...uContext] } : {}),
    ...(f.comparator.against !== undefined ? { against: f.comparator.against } : {}),
  };
}

/** Parameters of an earlier run, checked against this profile's fields. */
export function reuseParams(
  given: Params,
  fields: readonly EncodedField[],
  threshold: number,
): Params {
  const byField = new Map(given.fields.map((p) => [p.field, p]));
  return {
    fields: fields.map((f) => {
      const p = byField.get(f.name);
      if (!p || p.levels.length !== f.comparator.levels.length) {
        throw new DedupeOptionError("options.params", { field: f.name });
      }
      return fieldParams(f, p.m, p.u, p.uContext);
    }),
    lambda: given.lambda,
    ...(given.lambdaContext !== undefined ? { lambdaContext: given.lambdaContext } : {}),
    threshold,
    iterations: 0,
    estimate: { method: "given" },
  };
}
