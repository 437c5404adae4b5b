import type { FieldExplanation, FieldParams, Params } from "../types.js";
import type { Vectors } from "./compare.js";
import { type EncodedField, featuresOf } from "./encode.js";
import { StringMap } from "./hash.js";

/** log2 Bayes factor per field and level, outside (stratum 0) and inside a household (1). */
export function levelWeights(params: readonly FieldParams[]): [number[][], number[][]] {
  const weight = (p: FieldParams, u: readonly number[]) =>
    p.m.map((m, l) => {
      const w = Math.log2(m / u[l]!);
      // Disagreement never counts for a match, however rare it is among non-matches.
      return l >= (p.against ?? p.m.length - 1) ? Math.min(w, 0) : w;
    });
  return [params.map((p) => weight(p, p.u)), params.map((p) => weight(p, p.uContext ?? p.u))];
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
  tf: readonly (TermFrequency | undefined)[],
): { logits: Float64Array; prior: readonly number[] } {
  const F = fields.length;
  const lw = levelWeights(params.fields);
  const patternWeights = patternWeightsOf(params, vectors, stratum);
  const prior = priorsOf(params);
  const logits = new Float64Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const p = vectors.pattern[i]!;
    let w = patternWeights[p]!;
    for (let f = 0; f < F; f++) {
      const adj = tf[f];
      const l = vectors.levels[p * F + f]!;
      if (!adj || l >= fields[f]!.comparator.levels.length) continue;
      const a = Math.floor(pairs[i]! / n);
      const codes = fields[f]!.codes;
      w += adjusted(lw[stratum[p]!]![f]![l]!, adj.at(l, codes[a]!, codes[pairs[i]! - a * n]!));
    }
    logits[i] = w + prior[stratum[p]!]!;
  }
  return { logits, prior };
}

/** Weight of each comparison pattern: the sum of its levels' weights in its stratum. */
export function patternWeightsOf(
  params: Params,
  vectors: Pick<Vectors, "levels" | "counts">,
  stratum: Uint8Array,
): Float64Array {
  const F = params.fields.length;
  const lw = levelWeights(params.fields);
  const P = vectors.counts.length;
  const out = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const w0 = lw[stratum[p]!]!;
    let w = 0;
    for (let f = 0; f < F; f++) {
      const l = vectors.levels[p * F + f]!;
      if (l < w0[f]!.length) w += w0[f]![l]!;
    }
    out[p] = w;
  }
  return out;
}

/** Prior log2 odds outside a household (stratum 0) and inside one (1). */
export const priorsOf = (params: Params): [number, number] => [
  logit2(params.lambda),
  logit2(params.lambdaContext ?? params.lambda),
];

/** A field's term-frequency adjustment of a pair: log2 weight added at its level. */
export interface TermFrequency {
  /** Adjustment for two records with key ids `x` and `y` whose pair is at `level`. */
  at(level: number, x: number, y: number): number;
}

/**
 * Term-frequency adjustment of a field, from the records being linked: when the comparator
 * has `tokens`, by the tokens two keys share (see {@link tokenFrequency}); otherwise by value,
 * on each level the comparator names a key for (`frequencyKeys`; by default the exact level
 * and the key itself): agreeing on a value a share p_v of the records holds counts
 * log2(Σp² / p_v) more than the level's average (Splink's, level by level), so 王伟 agrees by
 * chance far more often than 欧阳锦希, and wangwei more often than a rare name's sound.
 */
export function tfAdjustments(
  field: EncodedField,
  pairs: Float64Array,
  vectors: Vectors,
  f: number,
  F: number,
  n: number,
): TermFrequency {
  if (field.comparator.tokens) return tokenFrequency(field, pairs, vectors, f, F, n);
  return frequencyOf(valueFrequencies(field));
}

/**
 * A field's adjustments by value, as typed arrays (they go through `postMessage` whole): per
 * level, the id of each key's level key (-1: none) and the adjustment of each level key.
 */
export interface ValueFrequencies {
  readonly ofKey: Int32Array[];
  readonly adjust: Float64Array[];
}

/**
 * The tables of {@link tfAdjustments} by value (a comparator without `tokens`): they read only
 * the field's keys, parts, counts and the features of its keys.
 */
export function valueFrequencies(
  field: Pick<EncodedField, "keys" | "multi" | "counts" | "present" | "comparator" | "features">,
): ValueFrequencies {
  const keyed = field.comparator.frequencyKeys;
  const levels = keyed ? keyed.levels : 1;
  const total = Math.max(field.present, 1);
  // Per level: the id of each key's level key, and the adjustment of each level key.
  const ofKey: Int32Array[] = [];
  const adjust: Float64Array[] = [];
  for (let l = 0; l < levels; l++) {
    // A typed table: a JavaScript Map of every distinct key costs a collection at 100,000.
    const ids = new StringMap(field.keys.length);
    const counts: number[] = [];
    const map = new Int32Array(field.keys.length);
    for (let k = 0; k < field.keys.length; k++) {
      // Several values in one key (phones) have no level key but the whole.
      const key =
        keyed && !field.multi[k]
          ? keyed.at(l, featuresOf(field as EncodedField, k) as never)
          : l === 0
            ? field.keys[k]!
            : undefined;
      if (key === undefined) {
        map[k] = -1;
        continue;
      }
      let id = ids.get(key);
      if (id < 0) {
        id = counts.length;
        ids.set(key, id);
        counts.push(0);
      }
      map[k] = id;
      counts[id]! += field.counts[k]!;
    }
    let sumSq = 0;
    for (const c of counts) sumSq += (c / total) ** 2;
    ofKey.push(map);
    const a = new Float64Array(counts.length);
    for (let k = 0; k < a.length; k++) a[k] = Math.log2(sumSq / (Math.max(counts[k]!, 1) / total));
    adjust.push(a);
  }
  return { ofKey, adjust };
}

/** The adjustment of a pair at a level, from the tables of {@link valueFrequencies}. */
export function frequencyOf({ ofKey, adjust }: ValueFrequencies): TermFrequency {
  const levels = ofKey.length;
  return {
    at(level, x) {
      if (level >= levels) return 0;
      const id = ofKey[level]![x]!;
      return id < 0 ? 0 : adjust[level]![id]!;
    },
  };
}

/** Most a token adjustment moves a pair's weight, in bits either way. */
const TOKEN_CAP = 8;

/**
 * Token term frequencies: each token weighs log2(records / records holding it); a pair's raw
 * weight is the sum over the tokens both keys hold, and its adjustment that sum minus the mean
 * over the candidate pairs at its level, so each level's estimated weight stays its average
 * and sharing 鄂州 counts more than sharing 人民医院.
 */
function tokenFrequency(
  field: EncodedField,
  pairs: Float64Array,
  vectors: Vectors,
  f: number,
  F: number,
  n: number,
): TermFrequency {
  const cmp = field.comparator;
  const levels = Math.min(cmp.tokenLevels ?? 1, cmp.levels.length);
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const ofKey: Int32Array[] = field.keys.map((_, k) => {
    const feats = featuresOf(field, k);
    const parts = field.multi[k] ? (feats as unknown[]) : [feats];
    const set = new Set<number>();
    for (const part of parts) {
      for (const t of cmp.tokens!(part)) {
        let id = ids.get(t);
        if (id === undefined) {
          id = counts.length;
          ids.set(t, id);
          counts.push(0);
        }
        set.add(id);
      }
    }
    for (const id of set) counts[id]! += field.counts[k]!;
    return Int32Array.from(set).sort();
  });
  const total = Math.max(field.present, 1);
  const weight = counts.map((c) => Math.log2(total / Math.max(c, 1)));
  const raw = (x: number, y: number) => {
    const a = ofKey[x]!;
    const b = ofKey[y]!;
    let s = 0;
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i]! < b[j]!) i++;
      else if (a[i]! > b[j]!) j++;
      else {
        s += weight[a[i]!]!;
        i++;
        j++;
      }
    }
    return s;
  };
  const sum = new Float64Array(levels);
  const seen = new Float64Array(levels);
  for (let i = 0; i < pairs.length; i++) {
    const l = vectors.levels[vectors.pattern[i]! * F + f]!;
    if (l >= levels) continue;
    const a = Math.floor(pairs[i]! / n);
    const x = field.codes[a]!;
    const y = field.codes[pairs[i]! - a * n]!;
    sum[l]! += raw(x, y);
    seen[l]!++;
  }
  const mean = sum.map((s, l) => (seen[l]! > 0 ? s / seen[l]! : 0));
  return {
    at(level, x, y) {
      if (level >= levels) return 0;
      const d = raw(x, y) - mean[level]!;
      return Math.max(-TOKEN_CAP, Math.min(TOKEN_CAP, d));
    },
  };
}

/**
 * The part of a term-frequency adjustment that applies to a level weighing `w`: agreeing on
 * a common value says little, but never speaks against a match.
 */
const adjusted = (w: number, adj: number) => (w > 0 && w + adj < 0 ? -w : adj);

/** Posterior probability from posterior log2-odds. */
export const probability = (logit: number) => 1 / (1 + 2 ** -logit);

/** Per-field explanation of one pair. */
export function explain(
  fields: readonly EncodedField[],
  params: readonly FieldParams[],
  lw: readonly (readonly number[])[],
  tf: readonly (TermFrequency | undefined)[],
  levels: Uint8Array,
  pattern: number,
  a: number,
  b: number,
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
    if (adj) w += adjusted(w, adj.at(l, fields[f]!.codes[a]!, fields[f]!.codes[b]!));
    out.push({ field: p.field, level: p.levels[l]!, weight: round(w) });
  }
  return out;
}

/** Weights rounded for output: enough digits to explain, fewer bytes to serialise. */
export const round = (x: number) => Math.round(x * 1000) / 1000;
