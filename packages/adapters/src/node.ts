/**
 * Node additions to `@linli/adapters`: read from a file path or a Node `Readable`, streaming.
 *
 * @example
 * ```ts
 * import { importFile } from "@linli/adapters/node";
 * const { records, summary } = await importFile("./居民登记.xlsx", { entity: "resident" });
 * ```
 *
 * @module
 */
import { createReadStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import type { Readable } from "node:stream";
import { checkArgument, type EntityName, type EntityRecord, expectArgument } from "@linli/core";
import { importFileWith } from "./import/import-file.js";
import { importRecordsWith, type RowProcessor } from "./import/import-records.js";
import { parallelProcessor } from "./import/parallel.js";
import {
  type ByteSource,
  type DetectEntityOptions,
  detectEntity as detectBytes,
  type ImportOptions,
  type ImportResult,
  type ImportRun,
  type ReadTableOptions,
  readTable as readBytes,
  type Table,
} from "./index.js";
import { isByteSource } from "./source/bytes.js";

/** A source in Node: a file path, a Node `Readable` of bytes, or any browser-safe source. */
export type NodeSource = string | Readable | ByteSource;

function toBytes(source: NodeSource, fn: string): { bytes: ByteSource; name?: string } {
  checkArgument(
    (typeof source === "string" && source !== "") || isByteSource(source) || isNodeStream(source),
    fn,
    "source",
    "data",
    source,
  );
  if (typeof source === "string") {
    return {
      bytes: createReadStream(source, { highWaterMark: 1 << 17 }) as AsyncIterable<Uint8Array>,
      name: basename(source),
    };
  }
  return { bytes: source as ByteSource };
}

/**
 * {@link "@linli/adapters"!readTable} for a path or Node stream.
 *
 * @example
 * ```ts
 * import { readTable } from "@linli/adapters/node";
 * for await (const row of readTable("./登记表.csv")) console.log(row.row, row.cells);
 * ```
 */
export function readTable(source: NodeSource, options: ReadTableOptions = {}): Table {
  expectArgument("readTable", "options", "options", options);
  const { bytes, name } = toBytes(source, "readTable");
  return readBytes(bytes, { ...options, ...(options.fileName || !name ? {} : { fileName: name }) });
}

/**
 * {@link "@linli/adapters"!importRecords} for a path or Node stream.
 *
 * @example
 * ```ts
 * import { importRecords } from "@linli/adapters/node";
 * const run = importRecords("./居民.csv", { entity: "resident" });
 * for await (const r of run) if (r.kind === "rejected") console.log(r.issues[0]?.message["zh-CN"]);
 * ```
 */
export function importRecords<N extends EntityName>(
  source: NodeSource,
  options: ImportOptions<N>,
): ImportRun<EntityRecord<N>> {
  expectArgument("importRecords", "options", "record", options);
  const { bytes, name } = toBytes(source, "importRecords");
  return importRecordsWith(
    bytes,
    { ...options, ...(options.fileName || !name ? {} : { fileName: name }) },
    threadsFor(source),
  );
}

/**
 * {@link "@linli/adapters"!detectEntity} for a path or Node stream.
 *
 * @example
 * ```ts
 * import { detectEntity } from "@linli/adapters/node";
 * const guess = await detectEntity("./医院名单.xlsx");
 * console.log(guess.entity, guess.confidence); // "organization" 0.9
 * ```
 */
export function detectEntity(source: NodeSource, options: DetectEntityOptions = {}) {
  const { bytes, name } = toBytes(source, "detectEntity");
  return detectBytes(bytes, {
    ...options,
    ...(options.fileName || !name ? {} : { fileName: name }),
  });
}

/** Files this large are read on worker threads when they are delimited text. */
const THREADED_BYTES = 8 << 20;
// With fewer cores, this thread's decoding and the workers share them: measured on 2 cores,
// threads were slower than one thread and took twice the memory (docs/benchmarks.md#import).
const THREADED_CORES = 4;

function threadsFor(source: NodeSource): RowProcessor | undefined {
  if (typeof source !== "string" || availableParallelism() < THREADED_CORES) return undefined;
  try {
    return statSync(source).size >= THREADED_BYTES ? parallelProcessor() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * {@link "@linli/adapters"!importFile} for a path or Node stream.
 *
 * @example
 * ```ts
 * import { importFile } from "@linli/adapters/node";
 * const { summary } = await importFile("./居民.csv", { entity: "resident" });
 * ```
 */
export function importFile<N extends EntityName>(
  source: NodeSource,
  options: ImportOptions<N>,
): Promise<ImportResult<EntityRecord<N>>> {
  expectArgument("importFile", "options", "record", options);
  const { bytes, name } = toBytes(source, "importFile");
  return importFileWith(
    bytes,
    { ...options, ...(options.fileName || !name ? {} : { fileName: name }) },
    threadsFor(source),
  );
}

// Exports compress XLSX with zlib here; this export takes precedence over the one below.
export { exportRecords, zlibDeflate } from "./export/node.js";
export * from "./index.js";

function isNodeStream(source: unknown): boolean {
  return typeof source === "object" && source !== null && Symbol.asyncIterator in source;
}
