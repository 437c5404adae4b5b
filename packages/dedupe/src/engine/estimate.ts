import type { levelFn, Vectors } from "./compare.js";
import type { EncodedField } from "./encode.js";

/** A small seeded PRNG (mulberry32), so runs are repeatable. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const U_FLOOR = 1e-9;
/** Random pairs counted a field at a time. */
const SAMPLE_BLOCK = 1 << 16;
const RANDOM_PRIOR = 100;
const M_FLOOR = 1e-6;

/**
 * u probabilities: how often two random records (non-matches, overwhelmingly) reach each
 * level. Exact agreement comes from the value frequencies (Σ p_v², exact, no sampling);
 * the other levels from random pairs: all pairs when there are few, a seeded sample otherwise.
 */
export function estimateU(
  fields: readonly EncodedField[],
  fns: readonly ReturnType<typeof levelFn>[],
  n: number,
  group: Int32Array | undefined,
  sampleSize: number,
  seed: number,
): number[][] {
  return uFromSample(fields, sampleCounts(fields, fns, n, group, sampleSize, seed), group);
}

/**
 * How many of the random pairs of {@link samplePairs} reach each level of each field
 * (`fns[f]` its level function; missing values left out): what {@link uFromSample} takes.
 */
export function sampleCounts(
  fields: readonly Pick<EncodedField, "comparator">[],
  fns: readonly ReturnType<typeof levelFn>[],
  n: number,
  group: Int32Array | undefined,
  sampleSize: number,
  seed: number,
): Float64Array[] {
  const counts = fields.map((f) => new Float64Array(f.comparator.levels.length));
  // Pairs drawn a block at a time, then counted a field at a time: one level function, one
  // comparator and one field's keys and features in use at a time (the counts are the same).
  // At most `sampleSize` pairs are visited: a small sample needs no more room.
  const B = sampleSize >= 1 && sampleSize < SAMPLE_BLOCK ? Math.ceil(sampleSize) : SAMPLE_BLOCK;
  const as = new Int32Array(B);
  const bs = new Int32Array(B);
  let m = 0;
  const flush = () => {
    for (let f = 0; f < fields.length; f++) {
      const fn = fns[f]!;
      const c = counts[f]!;
      const L = c.length;
      for (let i = 0; i < m; i++) {
        const l = fn(as[i]!, bs[i]!);
        if (l < L) c[l]!++;
      }
    }
    m = 0;
  };
  samplePairs(n, group, sampleSize, seed, (a, b) => {
    as[m] = a;
    bs[m] = b;
    if (++m === B) flush();
  });
  flush();
  return counts;
}

/**
 * The random pairs u is estimated from, in order: all pairs when there are at most
 * `sampleSize`, else a seeded sample (pairs within one group left out).
 */
export function samplePairs(
  n: number,
  group: Int32Array | undefined,
  sampleSize: number,
  seed: number,
  visit: (a: number, b: number) => void,
): void {
  const total = group ? crossPairs(group) : (n * (n - 1)) / 2;
  if (total <= sampleSize) {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) if (!group || group[a] !== group[b]) visit(a, b);
    }
  } else {
    const rand = rng(seed);
    for (let s = 0; s < sampleSize; s++) {
      const a = Math.floor(rand() * n);
      const b = Math.floor(rand() * n);
      if (a === b || (group && group[a] === group[b])) continue;
      visit(a, b);
    }
  }
}

/**
 * u per field from the random pairs' level counts (`counts[f][l]`, missing values left out):
 * exact agreement from the value frequencies, the other levels from the sample.
 */
export function uFromSample(
  fields: readonly EncodedField[],
  counts: readonly Float64Array[],
  group: Int32Array | undefined,
): number[][] {
  return fields.map((field, f) => {
    const c = counts[f]!;
    const L = c.length;
    const exact = exactAgreement(field, group);
    // Half a pair per level, and RANDOM_PRIOR pairs on "different": random pairs rarely look
    // alike, and on small inputs the few pairs seen include the duplicates themselves.
    const pseudo = (l: number) => 0.5 + (l === L - 1 ? RANDOM_PRIOR : 0);
    let rest = 0;
    for (let l = 1; l < L; l++) rest += c[l]! + pseudo(l);
    const u = new Array<number>(L);
    u[0] = Math.max(exact, U_FLOOR);
    for (let l = 1; l < L; l++) u[l] = Math.max(((1 - u[0]) * (c[l]! + pseudo(l))) / rest, U_FLOOR);
    return u;
  });
}

/** Pairs of records in different groups. */
export function crossPairs(group: Int32Array): number {
  const sizes = new Map<number, number>();
  for (const g of group) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const n = group.length;
  let same = 0;
  for (const s of sizes.values()) same += (s * (s - 1)) / 2;
  return (n * (n - 1)) / 2 - same;
}

/** P(two random records with values agree exactly), from value counts. */
function exactAgreement(field: EncodedField, group: Int32Array | undefined): number {
  if (!group) {
    const n = field.present;
    if (n < 2) return U_FLOOR;
    let s = 0;
    for (const c of field.counts) s += c * (c - 1);
    // No repeat among n(n-1) ordered pairs still allows one in n(n-1). RANDOM_PRIOR pairs
    // that disagree, as on the other levels: in a handful of records the few repeats are
    // mostly the duplicates themselves.
    return Math.max(s, 1) / (n * (n - 1) + 2 * RANDOM_PRIOR);
  }
  // Across groups: count values per group.
  const per = new Map<number, Map<number, number>>();
  for (let i = 0; i < field.codes.length; i++) {
    const c = field.codes[i]!;
    if (c < 0) continue;
    const g = group[i]!;
    let m = per.get(g);
    if (!m) {
      m = new Map();
      per.set(g, m);
    }
    m.set(c, (m.get(c) ?? 0) + 1);
  }
  let cross = 0;
  let same = 0;
  for (const m of per.values()) {
    for (const [c, k] of m) same += k * (field.counts[c]! - k);
  }
  const sizes = [...per.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  const tot = sizes.reduce((a, b) => a + b, 0);
  for (const s of sizes) cross += s * (tot - s);
  return cross === 0 ? U_FLOOR : Math.max(same / (cross + 2 * RANDOM_PRIOR), U_FLOOR);
}

/** What EM may change: per field, whether m and u are estimated or held. */
export interface EmFree {
  readonly m: readonly boolean[];
  readonly u: readonly boolean[];
}

/**
 * EM over comparison patterns (with counts), not over pairs: each iteration costs the number
 * of distinct patterns. Estimates λ, and m and u of the fields marked free.
 */
export function em(
  vectors: Pick<Vectors, "levels" | "counts">,
  radix: readonly number[],
  init: { m: readonly (readonly number[])[]; u: readonly (readonly number[])[]; lambda: number },
  free: EmFree,
  options: { maxIterations: number; tolerance: number },
  use: readonly boolean[] = radix.map(() => true),
  prior?: { readonly m: readonly (readonly number[])[]; readonly strength: number },
  priorU?: { readonly m: readonly (readonly number[])[]; readonly strength: number },
): { m: number[][]; u: number[][]; lambda: number; iterations: number } {
  const F = radix.length;
  const P = vectors.counts.length;
  // Patterns in a canonical order, so that the sums do not depend on input order.
  const order = Array.from({ length: P }, (_, p) => p).sort((x, y) => {
    for (let f = 0; f < F; f++) {
      const d = vectors.levels[x * F + f]! - vectors.levels[y * F + f]!;
      if (d !== 0) return d;
    }
    return 0;
  });
  let m = init.m.map((row) => [...row]);
  let u = init.u.map((row) => [...row]);
  let lambda = init.lambda;
  let iterations = 0;
  const post = new Float64Array(P);
  const reestimate = (
    current: number[][],
    isFree: readonly boolean[],
    weight: (p: number) => number,
    floor: number,
    pseudo?: typeof prior,
  ): [number[][], number] => {
    const next = radix.map((r) => new Array<number>(r - 1).fill(0));
    const denom = new Float64Array(F);
    for (const p of order) {
      const w = weight(p) * vectors.counts[p]!;
      for (let f = 0; f < F; f++) {
        const l = vectors.levels[p * F + f]!;
        if (l === radix[f]! - 1 || !use[f]) continue;
        next[f]![l]! += w;
        denom[f]! += w;
      }
    }
    let delta = 0;
    const out = next.map((row, f) => {
      const a = pseudo?.strength ?? 0;
      if (!isFree[f] || !use[f] || denom[f]! + a <= 0) return current[f]!;
      return row.map((v, l) => {
        // A Dirichlet prior (MAP estimate): with few pairs m stays near the prior.
        const val = Math.max((v + a * (pseudo?.m[f]?.[l] ?? 0)) / (denom[f]! + a), floor);
        delta = Math.max(delta, Math.abs(val - current[f]![l]!));
        return val;
      });
    });
    return [out, delta];
  };
  for (let it = 0; it < options.maxIterations; it++) {
    iterations = it + 1;
    let matchTotal = 0;
    let total = 0;
    for (const p of order) {
      if (vectors.counts[p] === 0) continue;
      let logBf = 0;
      for (let f = 0; f < F; f++) {
        const l = vectors.levels[p * F + f]!;
        if (l === radix[f]! - 1 || !use[f]) continue;
        logBf += Math.log(m[f]![l]!) - Math.log(u[f]![l]!);
      }
      const odds = (lambda / (1 - lambda)) * Math.exp(logBf);
      const r = Number.isFinite(odds) ? odds / (1 + odds) : 1;
      post[p] = r;
      matchTotal += r * vectors.counts[p]!;
      total += vectors.counts[p]!;
    }
    const [nextM, dm] = reestimate(m, free.m, (p) => post[p]!, M_FLOOR, prior);
    const [nextU, du] = reestimate(u, free.u, (p) => 1 - post[p]!, U_FLOOR, priorU);
    // A Beta(1, 1) prior on λ: a handful of pairs cannot drive it to 0 or 1.
    const newLambda = Math.min(Math.max((matchTotal + 1) / (total + 2), 1e-9), 1 - 1e-9);
    const delta = Math.max(dm, du, Math.abs(newLambda - lambda));
    m = nextM;
    u = nextU;
    lambda = newLambda;
    if (delta < options.tolerance) break;
  }
  return { m, u, lambda, iterations };
}

/**
 * Prior m of a field with no better knowledge: matches mostly agree exactly (0.8), rarely
 * disagree outright (0.02), and the levels in between share the rest, stronger ones more.
 */
export function initialM(levels: number): number[] {
  if (levels <= 1) return [1];
  if (levels === 2) return [0.95, 0.05];
  const middle = levels - 2;
  const out = [0.8];
  let total = 0;
  for (let l = 0; l < middle; l++) total += 2 ** -l;
  for (let l = 0; l < middle; l++) out.push((0.18 * 2 ** -l) / total);
  out.push(0.02);
  return out;
}
