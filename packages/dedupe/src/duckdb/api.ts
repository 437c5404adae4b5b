import { expectArgument } from "@linli/core";
import { clusterFormOf, withClusters } from "../dedupe/clusters.js";
import { checkGroups, type DedupeResult } from "../dedupe/dedupe.js";
import { type LinkResult, linkResult, sidesOf } from "../link/link.js";
import type { DedupeOptions, LinkOptions } from "../options.js";
import { resolveProfile } from "../profiles/index.js";
import type { RecordSource } from "./load.js";
import { finishFromPairs } from "./pairs.js";
import { runDuckDB } from "./run.js";

/**
 * `dedupe` on DuckDB: the same result (clusters, pairs with explanations, parameters,
 * statistics) from SQL on an embedded DuckDB that works out of core, under
 * `options.duckdb.memoryLimit`. Records may also come as a stream of chunks, for registers
 * larger than memory. With `options.duckdb.pairs`, the pairs come from a Spark run of a plan
 * `emitSpark` wrote, and only normalisation, clustering and explanations run here. Needs the optional package `@duckdb/node-api`.
 *
 * @example
 * ```ts
 * import { dedupeDuckDB } from "@linli/dedupe/duckdb";
 * const { clusters } = await dedupeDuckDB(
 *   [
 *     { name: "张静", birthDate: "1985-03-02", phones: [{ number: "13800138000" }] },
 *     { name: "張靜", birthDate: "1985年3月2日", phones: [{ number: "138 0013 8000" }] },
 *   ],
 *   { profile: "resident", duckdb: { memoryLimit: "2GB" } },
 * );
 * // clusters: [[0, 1]]
 * ```
 */
export async function dedupeDuckDB(
  records: RecordSource,
  options: DedupeOptions = {},
): Promise<DedupeResult> {
  expectArgument("dedupeDuckDB", "records", "object", records);
  expectArgument("dedupeDuckDB", "options", "options", options);
  const form = clusterFormOf(options);
  const profile = resolveProfile(options.profile);
  const group = checkGroups(Array.isArray(records) ? records.length : undefined, options);
  const groups = {
    ...(options.acrossSourcesOnly && group ? { across: group } : {}),
    ...(options.oneToOne && group ? { oneToOne: group } : {}),
  };
  const pairs = options.duckdb?.pairs;
  const out = pairs
    ? await finishFromPairs(records, profile, options, groups, pairs)
    : await runDuckDB(records, profile, options, groups);
  return withClusters(out.root, form, { pairs: out.pairs, params: out.params, stats: out.stats });
}

/**
 * `link` on DuckDB: the same result as `link`, from SQL on an embedded DuckDB.
 *
 * @example
 * ```ts
 * import { linkDuckDB } from "@linli/dedupe/duckdb";
 * const { clusters } = await linkDuckDB(
 *   [{ name: "王伟", phones: [{ number: "13800138000" }], birthDate: "1970-01-05" }],
 *   [{ name: "王 伟", phones: [{ number: "+86 138 0013 8000" }], birthDate: "1970/1/5" }],
 * );
 * ```
 */
export async function linkDuckDB(
  left: readonly unknown[],
  right: readonly unknown[],
  options: LinkOptions = {},
): Promise<LinkResult> {
  expectArgument("linkDuckDB", "left", "list", left);
  expectArgument("linkDuckDB", "right", "list", right);
  expectArgument("linkDuckDB", "options", "options", options);
  const profile = resolveProfile(options.profile);
  const records = [...left, ...right];
  const side = sidesOf(left.length, records.length);
  const groups = { across: side, ...(options.oneToOne ? { oneToOne: side } : {}) };
  const pairs = options.duckdb?.pairs;
  const out = pairs
    ? await finishFromPairs(records, profile, options, groups, pairs)
    : await runDuckDB(records, profile, options, groups);
  return linkResult(out, left.length);
}
