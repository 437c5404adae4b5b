import { cluster, type EdgeOutcome } from "../engine/cluster.js";
import type { Vectors } from "../engine/compare.js";
import { conflictFields, decidedApart, identical, validIds } from "../engine/constraints.js";
import { strongNonMatches } from "../engine/edges.js";
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

/** A copy of `a` with room for at least `size` values. */
export function grown(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
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
  await session.create("edges", edgesSql);
  const edges: [number, number][] = [];
  await session.numbers("SELECT a, b FROM edges ORDER BY e", (cols, rows) => {
    for (let i = 0; i < rows; i++) edges.push([cols[0]![i]!, cols[1]![i]!]);
  });
  ctx.progress("cluster", 1, 3);
  let apart: ReturnType<typeof strongNonMatches>;
  const split = compiled.plan.splitWeight;
  if (split !== Number.NEGATIVE_INFINITY && edges.length > 0) {
    // Arrays of the exact count: at a city's scale, growing arrays and their copies, beside
    // DuckDB's sort of these pairs, made the run's peak.
    const [count] = await session.rows(`SELECT count(*) AS n FROM (${ctx.queries.apart})`);
    let keys = new Float64Array(Number(count!.n));
    let logits = new Float64Array(keys.length);
    let at = 0;
    await session.numbers(ctx.queries.apart, (cols, rows) => {
      if (at + rows > keys.length) {
        keys = grown(keys, at + rows);
        logits = grown(logits, at + rows);
      }
      for (let i = 0; i < rows; i++, at++) {
        keys[at] = cols[0]![i]! * n + cols[1]![i]!;
        logits[at] = cols[2]![i]!;
      }
    });
    apart = strongNonMatches(keys.subarray(0, at), logits.subarray(0, at), edges, n, split);
  }
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
    edges.forEach(([a, b], e) => {
      const o = outcome[e]!;
      if (o !== "merged") keptApart.set(a * n + b, o);
    });
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
  return { root, pairs: out, edges: edges.length, clusters };
}
