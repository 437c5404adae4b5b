import type {
  ByteSource,
  ColumnMapping,
  ImportOptions,
  MappingNote,
  MappingReport,
  OdkRepeatSummary,
  SavedMapping,
} from "@linli/adapters";
import type { EntityName, EntityRecord } from "@linli/core";
import type {
  MergeOptions as LinkageMergeOptions,
  MergeResult as LinkageMergeResult,
} from "@linli/dedupe";

/**
 * What a source's data can be: a file's bytes (`File`, `Blob`, `ArrayBuffer`, `Uint8Array`,
 * a byte stream), an array or async iterable of records (objects with `meta.id`) or of flat
 * rows keyed by column header (`{ 姓名: "王伟", 电话: "138…" }`), or an earlier merge result.
 * In Node (`linli/node`) also a file path.
 *
 * @example
 * ```ts
 * import type { MergeData } from "linli";
 * const rows: MergeData = [{ 姓名: "王伟", 联系电话: "13800138000" }];
 * ```
 */
export type MergeData =
  | ByteSource
  | readonly unknown[]
  | AsyncIterable<unknown>
  | Iterable<unknown>
  | LinkageMergeResult;

/**
 * One source with its name (the community) and, optionally, a saved column mapping and
 * import settings.
 *
 * @example
 * ```ts
 * import type { MergeSourceInput } from "linli";
 * const source: MergeSourceInput = {
 *   name: "丈八社区",
 *   data: new File(["姓名,电话\n王伟,13800138000\n"], "丈八社区.csv"),
 *   mapping: { entity: "resident", columns: { 电话: "phone" } },
 * };
 * ```
 */
export interface MergeSourceInput {
  readonly data: MergeData | string;
  /** The community or organisation. Default: the file name without its extension. */
  readonly name?: string;
  /** The file name as the user gave it, for row references. Default: the path or File name. */
  readonly file?: string;
  /** Header text → column key; its choices win over suggested ones. */
  readonly mapping?: SavedMapping;
  /** Other import settings for this source (sheet, encoding, header row, survey preset). */
  readonly import?: SourceImportOptions;
}

/**
 * Import settings of one source.
 *
 * @example
 * ```ts
 * import type { SourceImportOptions } from "linli";
 * const o: SourceImportOptions = { sheet: "all", encoding: "gb18030" };
 * ```
 */
export type SourceImportOptions = Omit<ImportOptions, "entity" | "fileName" | "source" | "mapping">;

/**
 * An input of {@link merge}: a source with its settings, or just its data (a path in Node, a
 * `File`, an earlier merge result).
 *
 * @example
 * ```ts
 * import type { MergeInput } from "linli";
 * const inputs: MergeInput[] = [new File(["姓名\n王伟\n"], "丈八社区.csv"), { name: "小寨社区", data: [] }];
 * ```
 */
export type MergeInput = MergeSourceInput | Blob | string | LinkageMergeResult;

/**
 * How the columns of one file were mapped to fields.
 *
 * @example
 * ```ts
 * import type { FileMapping } from "linli";
 * const m: FileMapping = { source: "丈八社区", file: "丈八社区.csv", columns: [], notes: [] };
 * ```
 */
export interface FileMapping {
  readonly source: string;
  readonly file: string;
  readonly sheet?: string;
  /** The survey export the file was read as: 问卷星, 金数据, KoboToolbox or ODK Central. */
  readonly preset?: MappingReport["preset"];
  /** The file's columns, less those with neither a header nor a value in any row. */
  readonly columns: readonly ColumnMapping[];
  /** How many columns had neither a header nor a value (a stray cell at XFD): left out. */
  readonly emptyColumns?: number;
  readonly notes: readonly MappingNote[];
  /** For an ODK or KoboToolbox export: how each repeat's rows joined their submissions. */
  readonly repeats?: readonly OdkRepeatSummary[];
}

/**
 * Options of {@link merge}: those of `@linli/dedupe`'s merge (entity, survivorship rules,
 * source priority, threshold…) and import settings for every file.
 *
 * @example
 * ```ts
 * import type { MergeOptions } from "linli";
 * const options: MergeOptions = { entity: "resident", rules: { address: "most-recent" }, import: { sheet: "all" } };
 * ```
 */
export interface MergeOptions extends LinkageMergeOptions {
  /** Import settings applied to every file (a source's own settings win). */
  readonly import?: SourceImportOptions;
}

/**
 * What {@link merge} returns: `@linli/dedupe`'s merge result (records, clusters with
 * provenance and evidence, conflicts, issues, summary per source) plus the column mapping of
 * every file. Plain data: save it as JSON and pass it back to a later merge.
 *
 * @example
 * ```ts
 * import { merge, type MergeResult } from "linli";
 * const result: MergeResult<"resident"> = await merge([{ name: "丈八社区", data: [] }]);
 * result.mapping; // []
 * ```
 */
export interface MergeResult<N extends EntityName = EntityName>
  extends LinkageMergeResult<EntityRecord<N>> {
  readonly mapping: FileMapping[];
}
