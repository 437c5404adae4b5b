import { checkArgument, type EntityName, expectArgument } from "@linli/core";
import { type DedupeResult, dedupe, engineOf } from "../dedupe/dedupe.js";
import type { DedupeOptions, ProfileName } from "../options.js";
import { resolveProfile } from "../profiles/index.js";
import type { Profile, ScoredPair } from "../types.js";
import { evidenceOf, onlyPossibly } from "./evidence.js";
import { fuseCluster, fuseContext } from "./fuse.js";
import { assignIds } from "./ids.js";
import { MergeError, mergeMessage } from "./messages.js";
import { nearMisses } from "./near-miss.js";
import { DUCKDB_STAGES, engineProgress, MEMORY_STAGES } from "./progress.js";
import { collectRows, isMergeResult, type Row } from "./rows.js";
import { summarize } from "./summary.js";
import type {
  FieldConflict,
  MergeCluster,
  MergeIssue,
  MergeOptions,
  MergeResult,
  MergeSource,
  SourceRowRef,
} from "./types.js";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const rowOrder = (a: Row, b: Row) =>
  cmp(a.source, b.source) ||
  cmp(a.sheet ?? "", b.sheet ?? "") ||
  a.row - b.row ||
  cmp(a.key, b.key);

/** The given profile, else the entity's built-in one (every entity has one). */
function profileFor(entity: EntityName, given: MergeOptions["profile"]): Profile {
  if (given !== undefined) return resolveProfile(given);
  return resolveProfile(entity satisfies ProfileName);
}

/**
 * Merge accepted rows from several sources (communities) into one dataset: record linkage
 * within and across sources, then one record per cluster with a value chosen per field by
 * its survivorship rule, lists (phones, identifiers, choices) united, and for every field
 * where rows disagreed a conflict listing each value with its rows.
 *
 * Clusters depend only on the set of rows given, never on their order or on how earlier
 * merges were grouped: rows are known by a key (source name and `meta.id`) and linked in key
 * order. An earlier result passed back in is expanded into its rows, so merging a file twice
 * adds nothing, and `merge([a, merge([b, c])])` equals `merge([merge([a, b]), c])`. A
 * merged record's id comes from its cluster: an id from an earlier merge is kept by the
 * cluster holding that record's first row, otherwise `m-` + a hash of the smallest row key.
 *
 * `linli`'s `merge` reads files and calls this one; use this one for rows already validated.
 * With `dedupe: { engine: "duckdb" }` the linkage runs on DuckDB and `merge` returns a Promise.
 *
 * @example
 * ```ts
 * import { merge } from "@linli/dedupe";
 * const row = (id: string, n: number, notes: string) => ({
 *   row: n,
 *   record: { meta: { id, schemaVersion: "0.0.0" }, name: "张静", birthDate: "1985-03-02", phones: [{ number: "13800138000" }], notes },
 * });
 * const result = merge([
 *   { name: "丈八社区", rows: [row("a", 2, "独居")] },
 *   { name: "小寨社区", rows: [row("b", 4, "独居，行动不便")] },
 * ]);
 * result.records[0]!.notes; // "独居，行动不便" (most complete)
 * result.clusters[0]!.rows.map((r) => `${r.source}:${r.row}`); // ["丈八社区:2", "小寨社区:4"]
 * result.conflicts[0]!.values.map((v) => v.value); // ["独居，行动不便", "独居"]
 * // Merging the result with the same file again adds nothing and keeps the id.
 * const again = merge([result, { name: "小寨社区", rows: [row("b", 4, "独居，行动不便")] }]);
 * again.records[0]!.meta.id === result.records[0]!.meta.id; // true
 * ```
 */
export function merge<R = Record<string, unknown>>(
  inputs: readonly (MergeSource<R> | MergeResult<R>)[],
  options: MergeOptions & { readonly dedupe: { readonly engine: "duckdb" } },
): Promise<MergeResult<R & { meta: { id: string } }>>;
export function merge<R = Record<string, unknown>>(
  inputs: readonly (MergeSource<R> | MergeResult<R>)[],
  options?: MergeOptions & { readonly dedupe?: { readonly engine?: "memory" } },
): MergeResult<R & { meta: { id: string } }>;
export function merge<R = Record<string, unknown>>(
  inputs: readonly (MergeSource<R> | MergeResult<R>)[],
  options?: MergeOptions,
): MergeResult<R & { meta: { id: string } }> | Promise<MergeResult<R & { meta: { id: string } }>>;
export function merge<R = Record<string, unknown>>(
  inputs: readonly (MergeSource<R> | MergeResult<R>)[],
  options: MergeOptions = {},
): MergeResult<R & { meta: { id: string } }> | Promise<MergeResult<R & { meta: { id: string } }>> {
  expectArgument("merge", "inputs", "sources", inputs);
  inputs.forEach((input, i) => {
    checkArgument(
      typeof input === "object" && input !== null,
      "merge",
      `inputs[${i}]`,
      "sources",
      input,
    );
  });
  expectArgument("merge", "options", "options", options);
  const engine = engineOf(options.dedupe ?? {});
  const steps = mergeSteps(inputs, options);
  const ask = steps.next().value as Linkage;
  if (engine === "duckdb") {
    return dedupe(ask.records, { ...ask.options, engine: "duckdb" }).then(
      (linked) => steps.next(linked).value as MergeResult<R & { meta: { id: string } }>,
    );
  }
  return steps.next(dedupe(ask.records, { ...ask.options, engine: "memory" })).value as MergeResult<
    R & { meta: { id: string } }
  >;
}

/**
 * A source priority must name sources of the merge: a misspelt name would be ranked after
 * every source, as if it were not given, and the merge would quietly prefer others.
 */
function checkPriority(
  inputs: readonly (MergeSource | MergeResult)[],
  priority: readonly string[] | undefined,
): void {
  if (!priority || priority.length === 0) return;
  const names = new Set<string>();
  for (const input of inputs) {
    if (isMergeResult(input)) for (const s of input.summary) names.add(s.source);
    else names.add(input.name);
  }
  const unknown = priority.filter((p) => !names.has(p));
  if (unknown.length > 0) {
    throw new MergeError("merge.prioritySource", {
      source: unknown.join("”, “"),
      sources: [...names].join(", "),
    });
  }
}

/**
 * What a merge asks linkage for: its rows' records, in key order, and the options.
 *
 * @example
 * ```ts
 * import { type Linkage, mergeSteps } from "@linli/dedupe";
 * const ask: Linkage = mergeSteps([{ name: "丈八社区", rows: [] }]).next().value as Linkage;
 * ask.records.length; // 0
 * ```
 */
export interface Linkage {
  readonly records: readonly unknown[];
  readonly options: DedupeOptions;
}

/**
 * The merge in steps: it yields the linkage it needs and goes on with the result, however and
 * wherever that was computed (in memory, DuckDB, pairs from Spark).
 *
 * @example
 * ```ts
 * import { dedupe, type Linkage, mergeSteps } from "@linli/dedupe";
 * const steps = mergeSteps([{ name: "丈八社区", rows: [] }]);
 * const ask = steps.next().value as Linkage;
 * const result = steps.next(dedupe(ask.records, ask.options)).value;
 * ```
 */
export function* mergeSteps<R = Record<string, unknown>>(
  inputs: readonly (MergeSource<R> | MergeResult<R>)[],
  options: MergeOptions = {},
): Generator<Linkage, MergeResult<R & { meta: { id: string } }>, DedupeResult> {
  const started = performance.now();
  checkPriority(inputs as readonly (MergeSource | MergeResult)[], options.priority);
  const entity =
    options.entity ?? (inputs.find(isMergeResult) as MergeResult | undefined)?.entity ?? "resident";
  const progress = options.onProgress;
  // Gathering a million rows by key takes seconds too: the dedupe bar starts here.
  progress?.({ stage: "dedupe", done: 0, detail: "rows" });
  const { rows, info, tally, issues } = collectRows(
    inputs as readonly (MergeSource | MergeResult)[],
    entity,
    progress && ((done) => progress({ stage: "dedupe", done, detail: "rows" })),
  );
  const n = rows.length;
  const rowsMs = performance.now() - started;

  // Rows a person confirmed as one or apart: by source, sheet and row (indexed only when a
  // decision asks for it: a key per row costs time at a million rows).
  let at: Map<string, number> | undefined;
  const resolve = (
    group: readonly Omit<SourceRowRef, "file">[],
    code: "merge.unknownRow" | "merge.unknownApartRow",
  ): number[] => {
    if (!at) {
      at = new Map();
      for (let i = 0; i < n; i++) {
        const r = rows[i]!;
        at.set(`${r.source}\u0000${r.sheet ?? ""}\u0000${r.row}`, i);
      }
    }
    const idx: number[] = [];
    for (const g of group) {
      const i = at.get(`${g.source}\u0000${g.sheet ?? ""}\u0000${g.row}`);
      if (i === undefined) {
        issues.push({
          file: g.source,
          row: g.row,
          code,
          severity: "warning",
          message: mergeMessage(code, { source: g.source, row: g.row }),
        });
      } else idx.push(i);
    }
    return idx;
  };
  const mustLink: number[][] = [];
  const mustPairs = new Set<string>();
  for (const group of options.mustLink ?? []) {
    const idx = resolve(group, "merge.unknownRow");
    if (idx.length > 1) mustLink.push(idx);
    for (const i of idx) for (const j of idx) if (i < j) mustPairs.add(`${i},${j}`);
  }
  const cannotLink: number[][] = [];
  for (const group of options.cannotLink ?? []) {
    const idx = resolve(group, "merge.unknownApartRow");
    if (idx.length > 1) cannotLink.push(idx);
  }

  const profile = profileFor(entity, options.profile);
  const onDuckDB = engineOf(options.dedupe ?? {}) === "duckdb";
  const linkageProgress = (done: number, step: string) =>
    progress?.({ stage: "dedupe", done, total: n, detail: step });
  progress?.({ stage: "dedupe", done: 0, total: n, detail: "normalize" });
  const t0 = performance.now();
  const linked: DedupeResult = yield {
    records: rows.map((r) => r.record),
    options: {
      profile,
      ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
      ...(options.dedupe ?? {}),
      // The engine's own stages, not wrappers around the profile's functions: those cost
      // every read and comparison a call, and stop blocking rules sharing a key derivation.
      ...(progress && onDuckDB
        ? {
            duckdb: {
              ...options.dedupe?.duckdb,
              onProgress: engineProgress(
                n,
                linkageProgress,
                DUCKDB_STAGES,
                options.dedupe?.duckdb?.onProgress,
              ),
            },
          }
        : {}),
      ...(progress && !onDuckDB
        ? {
            onProgress: engineProgress(
              n,
              linkageProgress,
              MEMORY_STAGES,
              options.dedupe?.onProgress,
            ),
          }
        : {}),
      mustLink,
      ...(cannotLink.length > 0 ? { cannotLink } : {}),
      pairs: options.evidence === false ? "none" : "matches",
      nearMisses: options.evidence === false ? 0 : (options.nearMisses ?? 100),
    },
  };
  const dedupeMs = performance.now() - t0;
  progress?.({ stage: "dedupe", done: n, total: n, detail: "cluster" });

  // Members in source, sheet and row order; clusters in the order of their first member.
  const byRow = (i: number, j: number) => rowOrder(rows[i]!, rows[j]!);
  const sorted = linked.clusters.map((c) => [...c].sort(byRow)).sort((x, y) => byRow(x[0]!, y[0]!));
  const clusterOf = new Int32Array(n);
  const slot = new Int32Array(n);
  sorted.forEach((c, k) => {
    c.forEach((i, j) => {
      clusterOf[i] = k;
      slot[i] = j;
    });
  });
  const members = sorted.map((c) => c.map((i) => rows[i]!));

  const t1 = performance.now();
  const ids = assignIds(members, (key) => info.get(key));
  const pairsByCluster = new Map<number, ScoredPair[]>();
  for (const p of linked.pairs) {
    if (!p.match) continue;
    const c = clusterOf[p.a]!;
    let list = pairsByCluster.get(c);
    if (!list) {
      list = [];
      pairsByCluster.set(c, list);
    }
    list.push(p);
  }
  const ctx = fuseContext(entity, options.rules, options.priority);
  const records: Record<string, unknown>[] = [];
  const clusters: MergeCluster[] = [];
  const conflicts: FieldConflict[] = [];
  const mergeIssues: MergeIssue[] = [];
  const total = members.length;
  members.forEach((ms, c) => {
    const { id, aliases, splitFrom } = ids[c]!;
    const rowsOut = ms;
    const extra = {
      ...(aliases ? { aliases } : {}),
      ...(splitFrom ? { splitFrom } : {}),
    };
    if (ms.length === 1) {
      const r = ms[0]!.record as Record<string, unknown> & { meta: Record<string, unknown> };
      records.push({ ...r, meta: { ...r.meta, id } });
      clusters.push({ id, rows: rowsOut, ...extra });
    } else {
      const fused = fuseCluster(id, rowsOut, ctx);
      records.push(fused.record);
      for (const x of fused.conflicts) conflicts.push(x);
      for (const x of fused.issues) mergeIssues.push(x);
      const evidence =
        options.evidence === false
          ? undefined
          : evidenceOf(ms.length, pairsByCluster.get(c) ?? [], slot, (a, b) =>
              mustPairs.has(`${Math.min(a, b)},${Math.max(a, b)}`),
            );
      clusters.push({
        id,
        rows: rowsOut,
        ...extra,
        provenance: fused.provenance,
        ...(evidence ? { evidence } : {}),
        ...(evidence && onlyPossibly(ms.length, evidence) ? { possible: true } : {}),
      });
    }
    if (progress && (c & 4095) === 0) progress({ stage: "fusion", done: c, total });
  });
  progress?.({ stage: "fusion", done: total, total });

  // Absent when the engine does not look for near misses: no list rather than an empty one.
  const near =
    linked.nearMisses && nearMisses(linked.nearMisses, rows, (i) => ids[clusterOf[i]!]!.id, byRow);
  const summary = summarize(members, tally);
  const fusionMs = performance.now() - t1;
  return {
    format: "linli-merge",
    version: 1,
    entity,
    records: records as (R & { meta: { id: string } })[],
    clusters: clusters as MergeCluster<R & { meta: { id: string } }>[],
    conflicts,
    issues: [...issues, ...mergeIssues],
    summary,
    ...(near ? { nearMisses: near } : {}),
    stats: {
      rows: n,
      records: records.length,
      duplicateClusters: members.filter((m) => m.length > 1).length,
      conflicts: conflicts.length,
      timings: {
        rows: Math.round(rowsMs),
        dedupe: Math.round(dedupeMs),
        fusion: Math.round(fusionMs),
        total: Math.round(performance.now() - started),
      },
      linkage: linked.stats,
      params: linked.params,
    },
  };
}
