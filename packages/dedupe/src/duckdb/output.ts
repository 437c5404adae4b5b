import {
  type Adjacency,
  adjacency,
  cluster,
  type EdgeOutcome,
  type PairArrays,
} from "../engine/cluster.js";
import type { Vectors } from "../engine/compare.js";
import { conflictFields, decidedApart, identical, validIds } from "../engine/constraints.js";
import type { EncodedField } from "../engine/encode.js";
import {
  explain,
  levelWeights,
  priorsOf,
  probability,
  round,
  type TermFrequency,
} from "../engine/score.js";
import type { DedupeOptions, EngineProgress } from "../options.js";
import type { CompiledPlan } from "../sql/plan.js";
import type { Params, Profile, ScoredPair } from "../types.js";
import { type Patterns, patternCode } from "./model.js";
import type { Session } from "./session.js";
import { sharedInt32 } from "./shared.js";

/**
 * Every candidate pair with its pattern, in pair order, as the in-memory engine holds them:
 * what term frequencies over shared tokens average (organisation names; small lists).
 */
export async function tokenPairs(
  session: Session,
  patterns: Patterns,
  radix: readonly number[],
  n: number,
): Promise<{ pairs: Float64Array; vectors: Vectors }> {
  const F = radix.length;
  const keys: number[] = [];
  const pattern: number[] = [];
  const ls = radix.map((_, i) => `l${i}`).join(", ");
  const row = new Uint8Array(F);
  await session.numbers(`SELECT a, b, ${ls} FROM cmp ORDER BY a, b`, (cols, rows) => {
    for (let i = 0; i < rows; i++) {
      keys.push(cols[0]![i]! * n + cols[1]![i]!);
      for (let f = 0; f < F; f++) row[f] = cols[2 + f]![i]!;
      pattern.push(patterns.index.get(patternCode(row, radix))!);
    }
  });
  return {
    pairs: Float64Array.from(keys),
    vectors: {
      levels: patterns.levels,
      counts: patterns.counts,
      pattern: Uint32Array.from(pattern),
    },
  };
}

/**
 * Let go of the distinct keys and their features of every field but those named (a city's
 * IDs, phones and addresses take gigabytes): only the key ids stay, which is all clustering
 * needs once the pairs are scored and none are to be explained.
 */
export function releaseKeys(fields: readonly EncodedField[], keep: ReadonlySet<string>): void {
  for (const f of fields) {
    if (keep.has(f.name)) continue;
    f.keys.length = 0;
    f.features.length = 0;
  }
}

/** DuckDB's memory limit while clustering: it sorts the edges and selects pairs among them. */
const CLUSTER_MEMORY = 1024 ** 3;

/**
 * Lower DuckDB's memory limit to at most `bytes` (it evicts cached pages to get there) and
 * return what sets back the limit the session was opened with. A limit already lower stays,
 * and so does the limit when DuckDB cannot free enough: the stage then runs as before.
 */
export async function lowerMemoryLimit(
  session: Session,
  bytes: number,
): Promise<() => Promise<void>> {
  const [row] = await session.rows("SELECT current_setting('memory_limit') AS v");
  const current = bytesOf(String(row?.v ?? ""));
  if (current === undefined || current <= bytes) return async () => {};
  try {
    await session.run(`SET memory_limit = '${Math.floor(bytes / 2 ** 20)}MiB'`);
  } catch {
    return async () => {};
  }
  // Back to the limit as given: DuckDB shows it rounded ("2.7 GiB").
  const limit = session.memoryLimit;
  return () => session.run(limit ? `SET memory_limit = '${limit}'` : "RESET memory_limit");
}

/**
 * Run `work` with DuckDB's memory limit lowered to at most `bytes` (see
 * {@link lowerMemoryLimit}), and set the limit back however the work ends: when it throws, its
 * error is the one thrown (a failure to set the limit back then is not).
 */
export async function withLowerMemoryLimit<T>(
  session: Session,
  bytes: number,
  work: () => Promise<T>,
): Promise<T> {
  const restore = await lowerMemoryLimit(session, bytes);
  let done = false;
  try {
    const result = await work();
    done = true;
    return result;
  } finally {
    await (done ? restore() : restore().catch(() => {}));
  }
}

/** Bytes of a DuckDB memory size such as "2.7 GiB" or "512.0 MiB". */
export function bytesOf(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = m[2]!.toUpperCase();
  const power = { B: 0, K: 1, M: 2, G: 3, T: 4 }[unit[0] as "B" | "K" | "M" | "G" | "T"];
  return Number(m[1]) * (unit.includes("I") ? 1024 : 1000) ** power;
}

/** A copy of `a` with room for at least `size` values. */
export function grown(a: Int32Array, size: number): Int32Array {
  const b = sharedInt32(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The record pairs (`a, b`) of a query as two Int32Arrays of their exact count (a `count(*)`
 * first): a city's millions of pairs without growing arrays or their copies.
 */
export async function readPairs(session: Session, sql: string): Promise<PairArrays> {
  const [count] = await session.rows(`SELECT count(*) AS n FROM (${sql})`);
  let a: Int32Array = sharedInt32(Number(count!.n));
  let b: Int32Array = sharedInt32(a.length);
  let at = 0;
  await session.numbers(sql, (cols, rows) => {
    if (at + rows > a.length) {
      a = grown(a, at + rows);
      b = grown(b, at + rows);
    }
    for (let i = 0; i < rows; i++, at++) {
      a[at] = cols[0]![i]!;
      b[at] = cols[1]![i]!;
    }
  });
  return { a: a.subarray(0, at), b: b.subarray(0, at) };
}

interface ClusterContext {
  readonly fields: readonly EncodedField[];
  readonly profile: Profile;
  readonly options: DedupeOptions;
  readonly groups: { readonly across?: Int32Array; readonly oneToOne?: Int32Array };
  readonly params: Params;
  readonly patterns: Patterns;
  readonly stratum: Uint8Array;
  readonly radix: readonly number[];
  readonly tf: readonly (TermFrequency | undefined)[];
  readonly progress: (stage: EngineProgress["stage"], done: number, total?: number) => void;
  readonly lap: (name: string) => void;
  /** The strong non-matches (`a, b, logit` in pair order) and the scored pairs to return. */
  readonly queries: { readonly apart: string; readonly output: (all: boolean) => string };
}

/**
 * Stream the match edges (strongest first) and the strong non-matches among their records,
 * cluster them with the in-memory engine's constrained single linkage, then stream the pairs
 * to return with their explanations. `edges` selects the match edges (`a, b, e`), computed
 * here or read from where another engine wrote them.
 */
export async function clusterEdges(
  session: Session,
  compiled: CompiledPlan,
  edgesSql: string,
  ctx: ClusterContext,
): Promise<{ root: Int32Array; pairs: ScoredPair[]; edges: number; clusters: number }> {
  const { fields, profile, options, groups, params, patterns, stratum, radix, tf } = ctx;
  const n = compiled.plan.records;
  const F = fields.length;
  const mode = options.pairs ?? "matches";
  // What clustering needs of the keys, taken before the keys are let go.
  const byName = new Map(fields.map((f) => [f.name, f]));
  const decided = decidedApart(options.cannotLink, n);
  const cannot = (profile.cannotLink ?? []).map((name) => validIds(byName.get(name), n));
  const conflicts = conflictFields(profile, byName);
  const same = groups.across ? undefined : identical(fields, n);
  if (mode === "none") releaseKeys(fields, new Set(profile.conflicts ?? []));
  // DuckDB's share of the memory is lowered while Node holds the clustering's arrays (and the
  // keys just let go, until V8 collects them): these queries only sort the edges and select
  // pairs among their records.
  const { edges, apart } = await withLowerMemoryLimit(session, CLUSTER_MEMORY, async () => {
    await session.create("edges", edgesSql);
    const edges = await readPairs(session, "SELECT a, b FROM edges ORDER BY e");
    ctx.progress("cluster", 1, 3);
    let apart: Adjacency | undefined;
    const split = compiled.plan.splitWeight;
    if (split !== Number.NEGATIVE_INFINITY && edges.a.length > 0) {
      // The query keeps only pairs at or under the split weight between records of the edges:
      // two Int32Arrays of their exact count, turned into adjacency lists.
      apart = adjacency(await readPairs(session, ctx.queries.apart), n);
    }
    return { edges, apart };
  });
  ctx.progress("cluster", 2, 3);
  const { root, outcome } = cluster({
    n,
    edges,
    mustLink: options.mustLink ?? [],
    ...(same ? { identical: same } : {}),
    ...(decided ? { decided } : {}),
    cannot,
    conflicts,
    ...(apart ? { apart } : {}),
    ...(groups.oneToOne ? { oneToOne: groups.oneToOne } : {}),
  });
  ctx.progress("cluster", 3, 3);
  ctx.lap("cluster");

  const out: ScoredPair[] = [];
  if (mode !== "none") {
    const keptApart = new Map<number, Exclude<EdgeOutcome, "merged">>();
    for (let e = 0; e < edges.a.length; e++) {
      const o = outcome[e]!;
      if (o !== "merged") keptApart.set(edges.a[e]! * n + edges.b[e]!, o);
    }
    const lws = levelWeights(params.fields);
    const prior = priorsOf(params);
    const row = new Uint8Array(F);
    const identifying = new Set(profile.identifying ?? []);
    await session.numbers(ctx.queries.output(mode === "all"), (cols, rows) => {
      for (let i = 0; i < rows; i++) {
        const a = cols[0]![i]!;
        const b = cols[1]![i]!;
        for (let f = 0; f < F; f++) row[f] = cols[2 + f]![i]!;
        const logit = cols[2 + F]![i]!;
        const p = patterns.index.get(patternCode(row, radix))!;
        const s = stratum[p]!;
        const why = keptApart.get(a * n + b);
        const match = root[a] === root[b];
        const explanation = explain(fields, params.fields, lws[s]!, tf, row, 0, a, b);
        const possible =
          match &&
          identifying.size > 0 &&
          !explanation.some((e) => identifying.has(e.field) && e.weight > 0);
        out.push({
          a,
          b,
          weight: round(logit - prior[s]!),
          probability: probability(logit),
          match,
          explanation,
          ...(s === 1 ? { household: true } : {}),
          ...(possible ? { possible: true } : {}),
          ...(why ? { keptApart: why } : {}),
        });
      }
    });
  }
  ctx.lap("output");
  let clusters = 0;
  for (let i = 0; i < n; i++) if (root[i] === i) clusters++;
  return { root, pairs: out, edges: edges.a.length, clusters };
}
