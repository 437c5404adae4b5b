import { expectArgument } from "@linli/core";
import { run } from "../engine/run.js";
import { DedupeOptionError } from "../errors/option-error.js";
import { duckdbEngine } from "../load-engine.js";
import type { DedupeOptions } from "../options.js";
import { resolveProfile } from "../profiles/index.js";
import type { Params, ScoredPair, Stats } from "../types.js";
import { clusterFormOf, withClusters } from "./clusters.js";

/** Result of {@link dedupe}; plain data, safe to `JSON.stringify`. */
export interface DedupeResult {
  /** Indexes into the input; every index in exactly one cluster, singletons included. */
  readonly clusters: number[][];
  /**
   * With `options.clusters: "ids"`: the cluster number of each record, clusters numbered as
   * `clusters` orders them (by smallest index); `clusters` is then built when first read.
   */
  readonly clusterIds?: Int32Array;
  readonly pairs: ScoredPair[];
  /**
   * Pairs kept apart that came close (only with `options.nearMisses`, and not on the DuckDB
   * engine), strongest first.
   */
  readonly nearMisses?: ScoredPair[];
  readonly params: Params;
  readonly stats: Stats;
}

/** Small integer per distinct source label. */
export function groupIds(labels: readonly (string | number)[]): Int32Array {
  const ids = new Map<string | number, number>();
  return Int32Array.from(labels, (s) => {
    let g = ids.get(s);
    if (g === undefined) {
      g = ids.size;
      ids.set(s, g);
    }
    return g;
  });
}

/** Whether records come as an async stream of chunks. */
function isChunkStream(records: unknown): records is AsyncIterable<readonly unknown[]> {
  return typeof records === "object" && records !== null && Symbol.asyncIterator in records;
}

/** The engine asked for: "memory" unless told otherwise. */
export function engineOf(options: { readonly engine?: string }): "memory" | "duckdb" {
  const e = options.engine ?? "memory";
  if (e !== "memory" && e !== "duckdb")
    throw new DedupeOptionError("options.engine", { engine: e });
  return e;
}

/** Sources as group ids (undefined when none), after checking them, `mustLink` and `cannotLink`. */
export function checkGroups(n: number | undefined, options: DedupeOptions): Int32Array | undefined {
  let group: Int32Array | undefined;
  if (options.sources) {
    if (n === undefined || options.sources.length !== n) {
      throw new DedupeOptionError("options.sources", {
        records: n ?? "?",
        sources: options.sources.length,
      });
    }
    group = groupIds(options.sources);
  }
  for (const [option, groups] of [
    ["options.mustLink", options.mustLink],
    ["options.cannotLink", options.cannotLink],
  ] as const) {
    for (const g of groups ?? []) {
      for (const i of g) {
        if (!Number.isInteger(i) || i < 0 || (n !== undefined && i >= n)) {
          throw new DedupeOptionError(option, { index: i });
        }
      }
    }
  }
  return group;
}

/**
 * Find the records that describe the same person (or organisation, or place) within one
 * dataset: normalise, block, compare, score (Fellegi–Sunter with parameters estimated from the
 * data, no labels), cluster. Records may come from several sources (`options.sources`), and
 * groups merged earlier stay together (`options.mustLink`). With `engine: "duckdb"`, records may
 * also come as an async stream of chunks (a city's register read part by part): only the
 * normalised keys are kept, never every record.
 *
 * @example
 * ```ts
 * import { dedupe } from "@linli/dedupe";
 * const residents = [
 *   { name: "张静", birthDate: "1985-03-02", phones: [{ number: "13800138000" }] },
 *   { name: "張靜", birthDate: "1985年3月2日", phones: [{ number: "138 0013 8000" }] },
 *   { name: "李娜", birthDate: "1990-07-19", phones: [{ number: "13912345678" }] },
 * ];
 * const { clusters, pairs } = dedupe(residents, { profile: "resident" });
 * // clusters: [[0, 1], [2]]
 * // pairs[0].explanation: [{ field: "name", level: "variant", weight: … }, …]
 * ```
 */
export function dedupe(
  records: readonly unknown[] | AsyncIterable<readonly unknown[]>,
  options: DedupeOptions & { readonly engine: "duckdb" },
): Promise<DedupeResult>;
export function dedupe(
  records: readonly unknown[],
  options?: DedupeOptions & { readonly engine?: "memory" },
): DedupeResult;
export function dedupe(
  records: readonly unknown[],
  options?: DedupeOptions,
): DedupeResult | Promise<DedupeResult>;
export function dedupe(
  records: readonly unknown[] | AsyncIterable<readonly unknown[]>,
  options: DedupeOptions = {},
): DedupeResult | Promise<DedupeResult> {
  expectArgument("dedupe", "options", "options", options);
  const form = clusterFormOf(options);
  // A stream of chunks (a register larger than memory) goes to the DuckDB engine only.
  const stream =
    !Array.isArray(records) && isChunkStream(records) && engineOf(options) === "duckdb";
  if (!stream) expectArgument("dedupe", "records", "list", records);
  if (engineOf(options) === "duckdb") {
    return duckdbEngine().then((m) => m.dedupeDuckDB(records, options));
  }
  const list = records as readonly unknown[];
  const profile = resolveProfile(options.profile);
  const group = checkGroups(list.length, options);
  const out = run(list, profile, options, {
    ...(options.acrossSourcesOnly && group ? { across: group } : {}),
    ...(options.oneToOne && group ? { oneToOne: group } : {}),
  });
  return withClusters(out.root, form, {
    pairs: out.pairs,
    ...(options.nearMisses !== undefined && out.nearMisses ? { nearMisses: out.nearMisses } : {}),
    params: out.params,
    stats: out.stats,
  });
}
