import type { EncodedField } from "../engine/encode.js";
import { compareIds } from "../engine/encode.js";
import { levelWeights, patternWeightsOf, priorsOf } from "../engine/score.js";
import type { KeyedSql } from "../sql/keyed.js";
import type { Params } from "../types.js";
import type { Patterns } from "./model.js";
import type { Session } from "./session.js";

/**
 * Compare every candidate pair: `pk` (pairs with their key ids), one level table per field
 * over its distinct key pairs, then `cmp`. The levels the SQL leaves undecided are read out
 * whole, computed by the in-memory engine's `compareIds` and written back. Drops `pairs` and
 * what it made on the way.
 */
export async function compareByKeys(
  session: Session,
  sql: KeyedSql,
  fields: readonly EncodedField[],
): Promise<void> {
  await session.create("pk", sql.keyPairs().sql);
  await session.drop(["pairs"]);
  const tables = new Set<number>();
  const made: string[] = ["pk"];
  for (const [i, field] of fields.entries()) {
    const s = sql.keyLevels(i);
    if (!s) continue;
    await session.create(s.name, s.sql);
    tables.add(i);
    made.push(s.name);
    const [x, y] = await session.columns(`SELECT x, y FROM ${s.name} WHERE l < 0`);
    if (!x || x.length === 0) continue;
    const xs = Int32Array.from(x);
    const ys = Int32Array.from(y!);
    const ls = new Int32Array(xs.length);
    for (let k = 0; k < xs.length; k++) ls[k] = compareIds(field, xs[k]!, ys[k]!);
    await session.write(
      "lv_ts",
      [
        ["x", { type: "integer", values: xs }],
        ["y", { type: "integer", values: ys }],
        ["l", { type: "integer", values: ls }],
      ],
      xs.length,
    );
    await session.run(`DELETE FROM ${s.name} WHERE l < 0`);
    await session.run(`INSERT INTO ${s.name} SELECT x, y, l FROM lv_ts`);
    await session.drop(["lv_ts"]);
  }
  await session.create("cmp", sql.compare(tables).sql);
  await session.drop(made);
}

/**
 * The distinct weights (log2 odds less the prior) of the pairs outside households under some
 * parameters, with how many pairs have each, in the order of their first pair.
 */
export type RawWeights = (params: Params) => { ws: Float64Array; cs: Float64Array };

/**
 * Read the pairs grouped by pattern and term-frequency adjustments once, and weigh them again
 * under each round's parameters in TypeScript. The sums are those of the `scores` query, in
 * its order (pattern weight, each adjustment, prior, less the prior), so the weights are the
 * same doubles the SQL gives and the in-memory engine gives.
 */
export async function rawWeightsOf(
  session: Session,
  sql: KeyedSql,
  tokens: ReadonlySet<number>,
  patterns: Patterns,
  stratum: Uint8Array,
  tfFields: readonly number[],
): Promise<RawWeights> {
  const cols = await session.columns(sql.weightGroups(tokens).sql);
  const G = cols[0]?.length ?? 0;
  const pc = cols[0] ?? new Float64Array(0);
  const adj = tfFields.map((_, k) => cols[1 + k]!);
  const count = cols[1 + tfFields.length] ?? new Float64Array(0);
  const first = cols[2 + tfFields.length] ?? new Float64Array(0);
  const pattern = new Int32Array(G);
  for (let g = 0; g < G; g++) pattern[g] = patterns.index.get(pc[g]!)!;
  const F = patterns.levels.length / Math.max(patterns.counts.length, 1);
  return (params) => {
    const w = patternWeightsOf(params, patterns, stratum);
    const lw = levelWeights(params.fields);
    const prior = priorsOf(params);
    const byWeight = new Map<number, number>();
    const counts: number[] = [];
    const firsts: number[] = [];
    const weights: number[] = [];
    for (let g = 0; g < G; g++) {
      const p = pattern[g]!;
      const s = stratum[p]!;
      if (s !== 0) continue;
      let sum = w[p]!;
      for (let k = 0; k < tfFields.length; k++) {
        const f = tfFields[k]!;
        const l = patterns.levels[p * F + f]!;
        const a = adj[k]![g]!;
        if (l >= lw[0][f]!.length) sum += 0;
        else {
          const t = lw[s]![f]![l]!;
          sum += t > 0 && t + a < 0 ? -t : a;
        }
      }
      const x = sum + prior[s]! - prior[s]!;
      const i = byWeight.get(x);
      if (i === undefined) {
        byWeight.set(x, weights.length);
        weights.push(x);
        counts.push(count[g]!);
        firsts.push(first[g]!);
      } else {
        counts[i]! += count[g]!;
        if (first[g]! < firsts[i]!) firsts[i] = first[g]!;
      }
    }
    const order = Array.from(weights, (_, i) => i).sort((x, y) => firsts[x]! - firsts[y]!);
    return {
      ws: Float64Array.from(order, (i) => weights[i]!),
      cs: Float64Array.from(order, (i) => counts[i]!),
    };
  };
}
