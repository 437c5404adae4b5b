import type { Vectors } from "../engine/compare.js";
import { levelFn } from "../engine/compare.js";
import type { EncodedField } from "../engine/encode.js";
import { estimateU, sampleCounts, uFromSample } from "../engine/estimate.js";
import type { PatternSource } from "../engine/model.js";
import { levelWeights, patternWeightsOf, priorsOf, type TermFrequency } from "../engine/score.js";
import type { DedupeOptions } from "../options.js";
import type { LinkageSql } from "../sql/statements.js";
import type { Params } from "../types.js";
import type { FieldThread } from "./frequency-threads.js";
import type { ColumnValues, Session } from "./session.js";

/** Comparison patterns read back from DuckDB: levels, pairs per pattern and per training rule. */
export interface Patterns extends Pick<Vectors, "levels" | "counts"> {
  readonly byRule: ReadonlyMap<number, Float64Array>;
  /** Pattern index of a mixed-radix pattern code. */
  readonly index: ReadonlyMap<number, number>;
}

/** Mixed-radix code of a pattern's levels, as `LinkageSql` computes it. */
export function patternCode(levels: ArrayLike<number>, radix: readonly number[]): number {
  let code = 0;
  for (let f = 0; f < radix.length; f++)
    code = f === 0 ? levels[0]! : code * radix[f]! + levels[f]!;
  return code;
}

/** Read the `patterns` query into arrays the in-memory estimator reads. */
export async function readPatterns(
  session: Session,
  sql: LinkageSql,
  radix: readonly number[],
  ruleBits: readonly number[],
): Promise<Patterns> {
  const F = radix.length;
  const rows = await session.rows(sql.patterns().sql);
  const levels = new Uint8Array(rows.length * F);
  const counts = new Float64Array(rows.length);
  const byRule = new Map<number, Float64Array>();
  ruleBits.forEach((bit, i) => {
    if (bit) byRule.set(i, new Float64Array(rows.length));
  });
  const index = new Map<number, number>();
  rows.forEach((row, p) => {
    for (let f = 0; f < F; f++) levels[p * F + f] = Number(row[`l${f}`]);
    counts[p] = Number(row.n);
    for (const [i, c] of byRule) c[p] = Number(row[`r${i}`]);
    index.set(patternCode(levels.subarray(p * F, p * F + F), radix), p);
  });
  return { levels, counts, byRule, index };
}

/**
 * u from random pairs: the same pairs and levels as the in-memory engine, computed in
 * TypeScript from the encoded keys (random pairs mostly disagree, so nearly every one reaches
 * the edit-distance and Jaro-Winkler levels, which are cheaper here than as SQL calls).
 */
export function sampledU(
  fields: readonly EncodedField[],
  n: number,
  group: Int32Array | undefined,
  options: DedupeOptions,
): number[][] {
  return estimateU(
    fields,
    fields.map((f) => levelFn(f, n)),
    n,
    group,
    options.sampleSize ?? 200_000,
    options.seed ?? 1,
  );
}

/**
 * {@link sampledU} with the fields `thread` holds counted there (the same pairs: the sample
 * depends only on its size and seed) while this thread counts the others.
 */
export async function sampledUOn(
  thread: FieldThread,
  fields: readonly EncodedField[],
  n: number,
  group: Int32Array | undefined,
  options: DedupeOptions,
): Promise<number[][]> {
  const sampleSize = options.sampleSize ?? 200_000;
  const seed = options.seed ?? 1;
  const asked = fields.map((_, f) =>
    thread.has(f) ? thread.sample(f, group, sampleSize, seed) : undefined,
  );
  const counted = async (only: (f: number) => boolean) => {
    const here = fields.flatMap((_, f) => (only(f) ? [f] : []));
    const fns = here.map((f) => levelFn(fields[f]!, n));
    const counts = sampleCounts(
      here.map((f) => fields[f]!),
      fns,
      n,
      group,
      sampleSize,
      seed,
    );
    return new Map(here.map((f, k) => [f, counts[k]!]));
  };
  const mine = await counted((f) => asked[f] === undefined);
  const got = await Promise.all(asked);
  // A field the thread did not answer is counted here after all.
  const rest = await counted((f) => asked[f] !== undefined && got[f] === undefined);
  const counts = fields.map((_, f) => mine.get(f) ?? got[f] ?? rest.get(f)!);
  return uFromSample(fields, counts, group);
}

/** The estimator's source over patterns read from DuckDB. */
export function duckdbSource(
  patterns: Patterns,
  ruleIndex: ReadonlyMap<string, number>,
  sampled: () => number[][],
): PatternSource {
  return {
    ruleCounts: (rule) => {
      const i = ruleIndex.get(rule);
      return i === undefined ? undefined : patterns.byRule.get(i);
    },
    sampledU: sampled,
  };
}

/**
 * Write what scoring reads: `pw` (per pattern: its weight, prior and stratum, and the level
 * weight of each term-frequency field) and, unless `frequencies` is false (they do not change
 * with the parameters), `tf_f*` (per key id and level: the adjustment), both computed by the
 * in-memory engine's functions.
 */
export async function writeWeights(
  session: Session,
  fields: readonly EncodedField[],
  params: Params,
  patterns: Patterns,
  stratum: Uint8Array,
  radix: readonly number[],
  tf: readonly (TermFrequency | undefined)[],
  tokens: ReadonlySet<number>,
  frequencies = true,
): Promise<void> {
  const F = fields.length;
  const P = patterns.counts.length;
  const w = patternWeightsOf(params, patterns, stratum);
  const priors = priorsOf(params);
  const lw = levelWeights(params.fields);
  const pc = new Float64Array(P);
  const prior = new Float64Array(P);
  const household = new Int32Array(P);
  const t = fields.map(() => new Float64Array(P));
  for (let p = 0; p < P; p++) {
    const row = patterns.levels.subarray(p * F, p * F + F);
    pc[p] = patternCode(row, radix);
    prior[p] = priors[stratum[p]!]!;
    household[p] = stratum[p]!;
    for (let f = 0; f < F; f++) {
      const l = row[f]!;
      t[f]![p] = l < lw[0][f]!.length ? lw[stratum[p]!]![f]![l]! : Number.NaN;
    }
  }
  const tfCols = fields
    .map((_, f): [string, ColumnValues] | undefined =>
      tf[f] ? [`t${f}`, { type: "double", values: t[f]! }] : undefined,
    )
    .filter((c): c is [string, ColumnValues] => c !== undefined);
  await session.write(
    "pw",
    [
      ["pc", { type: "double", values: pc }],
      ["w", { type: "double", values: w }],
      ["prior", { type: "double", values: prior }],
      ["household", { type: "integer", values: household }],
      ...tfCols,
    ],
    P,
  );
  await session.run("ALTER TABLE pw ALTER pc TYPE BIGINT");
  if (frequencies) await writeFrequencies(session, fields, tf, tokens);
}

/** Write `tf_f*`: per key id and level, the term-frequency adjustment of each such field. */
export async function writeFrequencies(
  session: Session,
  fields: readonly EncodedField[],
  tf: readonly (TermFrequency | undefined)[],
  tokens: ReadonlySet<number>,
): Promise<void> {
  for (const [f, field] of fields.entries()) {
    const adj = tf[f];
    if (!adj || tokens.has(f)) continue;
    const levels = field.comparator.frequencyKeys?.levels ?? 1;
    const K = field.keys.length;
    const code = new Int32Array(K * levels);
    const level = new Int32Array(K * levels);
    const value = new Float64Array(K * levels);
    for (let l = 0; l < levels; l++) {
      for (let k = 0; k < K; k++) {
        code[l * K + k] = k;
        level[l * K + k] = l;
        value[l * K + k] = adj.at(l, k, k);
      }
    }
    await session.write(
      `tf_f${f}`,
      [
        ["code", { type: "integer", values: code }],
        ["level", { type: "integer", values: level }],
        ["adj", { type: "double", values: value }],
      ],
      K * levels,
    );
  }
}
