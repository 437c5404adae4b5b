import {
  checkArgument,
  type EntityName,
  type EntityRecord,
  entities,
  entityMeta,
  expectArgument,
  expectEntity,
  type Locale,
  systemLocale,
} from "@linli/core";
import { profiler } from "@linli/privacy";
import { encodingName, type TextEncodingName } from "../encoding/detect.js";
import { concatBytes } from "../source/bytes.js";
import {
  type Batches,
  csvChunks,
  jsonChunks,
  type Progress,
  rowObject,
  xlsxChunks,
} from "./formats.js";
import {
  chosenColumns,
  collectExtraHashtags,
  collectExtraHeaders,
  type Layout,
  layout,
} from "./layout.js";
import { exportMessage } from "./messages.js";
import type { ExportFormat, ExportOptions, ExportRun, ExportSummary } from "./types.js";

export type { ExportFormat, ExportOptions, ExportRun, ExportSummary } from "./types.js";

const BATCH = 512;
const PEEK = 1000;

type Source<T> = Iterable<T> | AsyncIterable<T>;

async function* batchesOf(
  head: readonly unknown[],
  rest: Iterator<unknown> | AsyncIterator<unknown> | undefined,
): AsyncGenerator<unknown[]> {
  for (let i = 0; i < head.length; i += BATCH) yield head.slice(i, i + BATCH);
  if (!rest) return;
  let batch: unknown[] = [];
  for (let r = await rest.next(); !r.done; r = await rest.next()) {
    batch.push(r.value);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const MEDIA: Record<ExportFormat, [string, string]> = {
  csv: ["text/csv", "csv"],
  hxl: ["text/csv", "csv"],
  xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  json: ["application/json", "json"],
  ndjson: ["application/x-ndjson", "ndjson"],
};

/**
 * Export canonical records to CSV, XLSX, JSON, NDJSON or HXL, streaming: the input may be an
 * array, any iterable or an async iterable (an import or a database cursor), and the bytes
 * come out as they are made, so a million records never sit in memory as a file. The input
 * is never changed. With a sharing `profile` every record goes through it first (write the
 * export log beside the file with `exportLog` from @linli/privacy).
 *
 * Flat formats have one column per field (headers in `lang`, choices as labels, every header
 * mapping back to its field on import), unmapped source columns after them, and cells a
 * spreadsheet would run as formulas neutralised. XLSX: text cells stored as text (IDs and
 * phones never become numbers), dates as dates, header frozen with filter buttons, widths set,
 * a new sheet after a million rows. JSON/NDJSON: canonical records by default.
 *
 * @example
 * ```ts
 * import { exportLog, exportRecords } from "@linli/adapters";
 * const residents = [
 *   { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟", gender: "male" as const,
 *     identifiers: [{ scheme: "cn-citizen-id" as const, value: "11010519491231002X" }] },
 * ];
 * const xlsx = await exportRecords(residents, { entity: "resident", format: "xlsx" }).bytes();
 * const shared = exportRecords(residents, { entity: "resident", format: "csv", profile: "partner-ngo" });
 * for await (const chunk of shared) console.log(chunk.length); // write them to 居民-共享.csv
 * const { count, format } = await shared.summary();
 * const log = exportLog({ profile: "partner-ngo", entity: "resident", count, format, file: "居民-共享.csv" });
 * // write JSON.stringify(log) to exportLogName("居民-共享.csv"), beside the file
 * ```
 */
export function exportRecords<N extends EntityName>(
  records: Source<EntityRecord<N>>,
  options: ExportOptions<N>,
): ExportRun {
  checkArgument(isRecordSource(records), "exportRecords", "records", "records", records);
  expectArgument("exportRecords", "options", "record", options);
  expectEntity("exportRecords", "options.entity", options.entity);
  const { entity, format } = options;
  if (!(format in MEDIA)) {
    throw new RangeError(
      `exportRecords: unknown format "${format}"; use csv, xlsx, json, ndjson or hxl`,
    );
  }
  const named = encodingName(options.encoding ?? "utf-8");
  if (!named) throw new RangeError(`exportRecords: unknown encoding "${options.encoding}"`);
  const encoding: TextEncodingName = named;
  chosenColumns(entity, options.columns);
  const lang = options.lang ?? systemLocale();
  const flat =
    format === "csv" || format === "hxl" || format === "xlsx" || options.shape === "table";
  const [media, extension] = MEDIA[format];
  const progress: Progress = { count: 0, bytes: 0, sheets: [], notes: [] };
  let settle!: { resolve: (s: ExportSummary) => void; reject: (e: unknown) => void };
  const done = new Promise<ExportSummary>((resolve, reject) => {
    settle = { resolve, reject };
  });
  done.catch(() => {});
  let started = false;

  async function* run(): AsyncGenerator<Uint8Array> {
    let head: unknown[];
    let rest: Iterator<unknown> | AsyncIterator<unknown> | undefined;
    if (Array.isArray(records)) {
      head = records;
    } else {
      head = [];
      rest =
        Symbol.asyncIterator in records
          ? (records as AsyncIterable<unknown>)[Symbol.asyncIterator]()
          : (records as Iterable<unknown>)[Symbol.iterator]();
      if (flat && !options.extraHeaders && !options.columns) {
        for (let r = await rest.next(); !r.done; r = await rest.next()) {
          head.push(r.value);
          if (head.length === PEEK) break;
        }
      }
    }
    const batches: Batches = batchesOf(head, rest);
    let table: Layout | undefined;
    if (flat) {
      table = layout({
        entity,
        lang,
        values: options.values ?? (format === "json" || format === "ndjson" ? "code" : "label"),
        serialDates: format === "xlsx",
        columns: options.columns,
        // Chosen columns are exactly those: unmapped source columns only when named.
        extraHeaders: options.extraHeaders ?? (options.columns ? [] : collectExtraHeaders(head)),
        ...(format === "hxl" ? { extraHashtags: collectExtraHashtags(head) } : {}),
        ...(options.profile ? { profile: options.profile } : {}),
        ...(options.profileOptions ? { profileOptions: options.profileOptions } : {}),
      } as Parameters<typeof layout>[0]);
    }
    let chunks: AsyncGenerator<Uint8Array>;
    if (format === "csv" || format === "hxl") {
      chunks = csvChunks(
        batches,
        table!,
        {
          encoding,
          bom: options.bom ?? encoding.startsWith("utf"),
          delimiter: options.delimiter ?? ",",
          hxl: format === "hxl",
        },
        progress,
      );
    } else if (format === "xlsx") {
      chunks = xlsxChunks(
        batches,
        table!,
        {
          sheetName: options.sheetName ?? entityLabel(entity, lang),
          level: options.level ?? 6,
          ...(options.deflate ? { deflate: options.deflate } : {}),
        },
        progress,
      );
    } else {
      const share = options.profile
        ? profiler(entity, options.profile, options.profileOptions)
        : undefined;
      const toValue = table ? rowObject(table) : share ? share : (r: unknown) => r;
      chunks = jsonChunks(batches, toValue, { ndjson: format === "ndjson" }, progress);
    }
    for await (const c of chunks) {
      progress.bytes += c.length;
      yield c;
    }
    if (table && table.late.size > 0) {
      progress.notes.push({
        code: "export.lateExtra",
        message: exportMessage("export.lateExtra", {
          count: table.late.size,
          headers: [...table.late].slice(0, 5).join(", "),
        }),
      });
    }
    settle.resolve({
      entity,
      format,
      count: progress.count,
      bytes: progress.bytes,
      view: table
        ? table.view
        : options.profile
          ? profiler(entity, options.profile, options.profileOptions).plan.view
          : "canonical",
      columns: table ? table.columns.map((c) => ({ key: c.key, header: c.header })) : [],
      sheets: progress.sheets,
      notes: progress.notes,
    });
  }

  const iterate = (): AsyncIterator<Uint8Array> => {
    if (started) throw new Error("exportRecords: an export can be consumed once");
    started = true;
    const it = run();
    return {
      next: async () => {
        try {
          return await it.next();
        } catch (e) {
          settle.reject(e);
          throw e;
        }
      },
      return: async () => {
        await it.return(undefined);
        return { done: true, value: undefined };
      },
    };
  };

  return {
    format,
    mediaType: format === "csv" || format === "hxl" ? `${media}; charset=${encoding}` : media,
    extension,
    [Symbol.asyncIterator]: iterate,
    async bytes() {
      const parts: Uint8Array[] = [];
      const it = iterate();
      for (let r = await it.next(); !r.done; r = await it.next()) parts.push(r.value);
      return concatBytes(parts);
    },
    stream() {
      const it = iterate();
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const r = await it.next();
          if (r.done) controller.close();
          else controller.enqueue(r.value);
        },
        async cancel() {
          await it.return?.();
        },
      });
    },
    summary: () => done,
  };
}

/**
 * The entity's label in a language, e.g. 居民 or Resident.
 *
 * @example
 * ```ts
 * import { entityLabel } from "@linli/adapters";
 * entityLabel("need", "zh-CN"); // "需求"
 * ```
 */
export function entityLabel(entity: EntityName, lang: Locale): string {
  expectEntity("entityLabel", "entity", entity);
  expectArgument("entityLabel", "lang", "locale", lang);
  return entityMeta(entities[entity])?.label[lang] ?? entity;
}

/** Records as exports take them: a list, an iterable or an async iterable. */
function isRecordSource(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  return Symbol.iterator in value || Symbol.asyncIterator in value;
}
