import type { EntityName } from "@linli/core";
import { mergeInputs } from "./merge.js";
import type { MergeInput, MergeOptions, MergeResult } from "./types.js";

/**
 * Validate and merge the data of several communities with one call: each input is imported
 * (files of any shape `@linli/adapters` reads, arrays or async iterables of records or flat
 * rows), checked against the data model, linked within and across sources, and each
 * person's rows fused into one record. Nothing vanishes: rejected rows come back as issues
 * with file, row, column and reason; every value that was not chosen is in the conflicts or
 * the provenance. Pass a result back in (with new files) to merge incrementally: ids stay.
 *
 * Without `entity`, each file's kind of data is guessed from its columns as `linli merge`
 * guesses it (a saved mapping says its own); files of different kinds are refused with
 * `merge.mixedEntities`; with nothing to guess from, residents.
 *
 * In Node, import it from `linli/node` to pass file paths.
 *
 * @example
 * ```ts
 * import { merge } from "linli";
 * const result = await merge([
 *   new File(["姓名,性别,出生日期,联系电话\n张静,女,1985-03-02,13800138000\n"], "丈八社区.csv"),
 *   { name: "小寨社区", data: [{ 姓名: "张 静", 性别: "女", 出生日期: "1985/3/2", 电话: "138 0013 8000" }] },
 * ]);
 * result.records.length; // 1
 * result.clusters[0]!.rows.map((r) => `${r.file} ${r.row}`); // ["丈八社区.csv 2", "小寨社区 1"]
 * result.summary.map((s) => [s.source, s.accepted, s.duplicatesAcross]); // [["丈八社区", 1, 1], ["小寨社区", 1, 1]]
 * ```
 */
export function merge<N extends EntityName = "resident">(
  inputs: readonly MergeInput[],
  options: MergeOptions & { readonly entity?: N } = {},
): Promise<MergeResult<N>> {
  return mergeInputs(inputs, options, undefined);
}

export type * from "./types.js";
