import type { EncodedField } from "../engine/encode.js";
import { compareIds, featuresOf } from "../engine/encode.js";
import { levelWeights, patternWeightsOf, priorsOf } from "../engine/score.js";
import type { KeyedSql } from "../sql/keyed.js";
import type { Params } from "../types.js";
import type { CompareThreads } from "./compare-threads.js";
import { cachesFeatures } from "./load.js";
import type { Patterns } from "./model.js";
import { readPairs, withLowerMemoryLimit } from "./output.js";
import type { Session } from "./session.js";

/**
 * Compare every candidate pair: `pk` (pairs with their key ids), one level table per field
 * over its distinct key pairs, then `cmp`. Fields not `inSql` (no key table written) have
 * every distinct key pair compared by the in-memory engine's `compareIds`, on `threads` when
 * given (while this thread computes the features term frequencies will need); for the others
 * the SQL decides the levels it can, and those it leaves undecided are computed here.
 * Computed levels are read out and written back as whole columns. Drops `pairs` and what it
 * made on the way.
 */
export async function compareByKeys(
  session: Session,
  sql: KeyedSql,
  fields: readonly EncodedField[],
  inSql: readonly boolean[],
  threads?: CompareThreads,
): Promise<void> {
  await session.create("pk", sql.keyPairs().sql);
  await session.drop(["pairs"]);
  const tables = new Set<number>();
  const made: string[] = ["pk"];
  const computed: Promise<{ name: string; xs: Int32Array; ys: Int32Array; ls: Int32Array }>[] = [];
  for (const [i, field] of fields.entries()) {
    if (!inSql[i]) {
      const { name, sql: distinct } = sql.distinctKeys(i);
      // Materialised first: its exact count sizes the arrays (a city has tens of millions).
      await session.create(name, distinct);
      tables.add(i);
      made.push(name);
      const { a: xs, b: ys } = await readPairs(session, `SELECT x AS a, y AS b FROM ${name}`);
      if (threads?.compares(i)) {
        const done = levelsOf(field, i, xs, ys, threads).then((ls) => ({ name, xs, ys, ls }));
        // Awaited in turn below; a failure is not left unhandled meanwhile.
        done.catch(() => {});
        computed.push(done);
        continue;
      }
      // Compared here: written back now, so one field's key pairs are held at a time.
      const ls = await whileDuckdbWaits(session, () => levelsOf(field, i, xs, ys, undefined));
      await writeLevels(session, name, xs, ys, ls);
      continue;
    }
    const s = sql.keyLevels(i);
    if (!s) continue;
    await session.create(s.name, s.sql);
    tables.add(i);
    made.push(s.name);
    const { a: xs, b: ys } = await readPairs(
      session,
      `SELECT x AS a, y AS b FROM ${s.name} WHERE l < 0`,
    );
    if (xs.length === 0) continue;
    const ls = await whileDuckdbWaits(session, async () => {
      const ls = new Int32Array(xs.length);
      for (let k = 0; k < xs.length; k++) ls[k] = compareIds(field, xs[k]!, ys[k]!);
      return ls;
    });
    await writeLevels(session, "lv_ts", xs, ys, ls);
    await session.run(`DELETE FROM ${s.name} WHERE l < 0`);
    await session.run(`INSERT INTO ${s.name} SELECT x, y, l FROM lv_ts`);
    await session.drop(["lv_ts"]);
  }
  // While the threads compare, the features of term frequencies are computed here.
  if (threads) for (const f of fields) warmFrequencyFeatures(f);
  for (const c of computed) {
    const { name, xs, ys, ls } = await c;
    await writeLevels(session, name, xs, ys, ls);
  }
  await session.create("cmp", sql.compare(tables).sql);
  await session.drop(made);
}

/**
 * DuckDB's memory limit while this thread compares key pairs and DuckDB runs nothing: its
 * cached pages of the pair tables (up to its whole limit) go back, instead of being held
 * beside the key pairs and features for the minutes a city's names take.
 */
const WAITING_MEMORY = 256 * 1024 ** 2;

function whileDuckdbWaits<T>(session: Session, work: () => Promise<T>): Promise<T> {
  return withLowerMemoryLimit(session, WAITING_MEMORY, work);
}

/** Key pairs sent to a thread at a time: at most, and at least (fewer are compared here). */
const PART = 65_536;
const SMALL = 1024;

/** Levels of distinct key pairs: part by part on the threads when they can, else here. */
async function levelsOf(
  field: EncodedField,
  i: number,
  xs: Int32Array,
  ys: Int32Array,
  threads: CompareThreads | undefined,
): Promise<Int32Array> {
  const n = xs.length;
  const ls = new Int32Array(n);
  const here = (from: number, to: number) => {
    for (let k = from; k < to; k++) ls[k] = compareIds(field, xs[k]!, ys[k]!);
  };
  if (!threads?.compares(i) || n < SMALL) {
    here(0, n);
    return ls;
  }
  // Parts small enough for every thread to get some, and to balance what they take.
  const part = Math.min(PART, Math.max(SMALL, Math.ceil(n / (4 * threads.size))));
  const parts: Promise<void>[] = [];
  for (let from = 0; from < n; from += part) {
    const to = Math.min(n, from + part);
    // Copies: a view would send its whole buffer.
    parts.push(
      threads.compare(i, xs.slice(from, to), ys.slice(from, to)).then((levels) => {
        if (levels) ls.set(levels, from);
        else here(from, to);
      }),
    );
  }
  await Promise.all(parts);
  return ls;
}

/** Compute the features term frequencies read of every key (kept in the field's cache). */
function warmFrequencyFeatures(field: EncodedField): void {
  const c = field.comparator;
  if (!field.spec.termFrequency || !cachesFeatures(field)) return;
  if (!c.tokens && !c.frequencyKeys) return;
  for (let k = 0; k < field.keys.length; k++) {
    if (c.tokens || !field.multi[k]) featuresOf(field, k);
  }
}

/** A level table (`x`, `y`, `l`) from whole columns. */
function writeLevels(
  session: Session,
  name: string,
  xs: Int32Array,
  ys: Int32Array,
  ls: Int32Array,
): Promise<void> {
  return session.write(
    name,
    [
      ["x", { type: "integer", values: xs }],
      ["y", { type: "integer", values: ys }],
      ["l", { type: "integer", values: ls }],
    ],
    xs.length,
  );
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
