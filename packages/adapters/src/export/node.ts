// Node additions to the export side: zlib for XLSX compression. Only `@linli/adapters/node`
// reaches this module; the main entry stays free of Node built-ins.
import { constants, deflateRawSync } from "node:zlib";
import type { EntityName, EntityRecord } from "@linli/core";
import { expectArgument } from "@linli/core";
import type { XlsxDeflate } from "../xlsx/write-types.js";
import {
  type ExportOptions,
  type ExportRun,
  exportRecords as exportAny,
} from "./export-records.js";

/**
 * Raw deflate with Node's zlib for XLSX parts: each chunk sync-flushed, the last finished.
 * Several times faster than the JavaScript deflate the browser-safe entry uses.
 *
 * @example
 * ```ts
 * import { writeXlsx, zlibDeflate } from "@linli/adapters/node";
 * const bytes = writeXlsx([{ name: "居民", rows: [["姓名"], ["王伟"]] }], { deflate: zlibDeflate });
 * ```
 */
export const zlibDeflate: XlsxDeflate = (level) => (chunk, final) =>
  deflateRawSync(chunk, final ? { level } : { level, finishFlush: constants.Z_SYNC_FLUSH });

/**
 * {@link "@linli/adapters"!exportRecords} with zlib compressing XLSX files.
 *
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * import { Writable } from "node:stream";
 * import { exportRecords } from "@linli/adapters/node";
 * const run = exportRecords([{ meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" }], { entity: "resident", format: "xlsx" });
 * await run.stream().pipeTo(Writable.toWeb(createWriteStream("居民.xlsx")));
 * ```
 */
export function exportRecords<N extends EntityName>(
  records: Iterable<EntityRecord<N>> | AsyncIterable<EntityRecord<N>>,
  options: ExportOptions<N>,
): ExportRun {
  expectArgument("exportRecords", "options", "record", options);
  return exportAny(records, { deflate: zlibDeflate, ...options });
}
