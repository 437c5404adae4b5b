import {
  checkArgument,
  type EntityName,
  type EntityRecord,
  entities,
  expectArgument,
  expectEntity,
  identityColumns,
  identityLabel,
} from "@linli/core";
import { ImportError } from "../errors.js";
import { columnsByKey, headerScorer, suggestMapping } from "../mapping/suggest.js";
import type { MappingReport, SavedMapping } from "../mapping/types.js";
import { adapterMessage, listFirst } from "../messages.js";
import { type BuilderOptions, RecordBuilder, type RowResult } from "../record/build.js";
import type { CoordinateSystem } from "../record/complete.js";
import { checkPhoneCountry } from "../record/phone-country.js";
import { type ByteSource, isByteSource, sourceName } from "../source/bytes.js";
import { isOpenedSource, type OpenedSource, openSource, type TableFormat } from "../table/open.js";
import { type Table, type TableInfo, tableOf } from "../table/read-table.js";
import type { ImportCounts, ImportLimits } from "../types.js";
import { checkVocabulary, type UserVocabulary } from "../vocabulary/vocabulary.js";
import { type CellFix, withFixes } from "./fixes.js";
import { hiddenNotes } from "./hidden-notes.js";

/**
 * Options of {@link importRecords} and {@link importFile}.
 *
 * @example
 * ```ts
 * import type { ImportOptions } from "@linli/adapters";
 * const options: ImportOptions = { entity: "resident", sheet: "居民", preset: "auto", source: "丈八社区" };
 * ```
 */
export interface ImportOptions<N extends EntityName = EntityName> {
  /** The entity every row becomes, e.g. `resident`. */
  readonly entity: N;
  /** Name used in messages, for format sniffing and in record ids. Default: the File's name. */
  readonly fileName?: string;
  /** `meta.source` of the records. Default: the file name; none when that is unknown too. */
  readonly source?: string;
  /** A saved mapping (header text → column key); its choices win over suggestions. */
  readonly mapping?: SavedMapping;
  /** Survey export preset. Default `"auto"`. */
  readonly preset?: "auto" | "wjx" | "jinshuju" | "none";
  /** Sheet by name or 0-based index, or `"all"` for every visible sheet. Default: the first. */
  readonly sheet?: string | number | "all";
  /** `"auto"` (default) or an encoding such as `gb18030`. */
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly format?: "auto" | TableFormat;
  /** Row number of the header, or `"auto"` (default). */
  readonly header?: "auto" | number;
  /** HXL handling: `"auto"` (default) uses a hashtag row when there is one. */
  readonly hxl?: "auto" | "require" | "ignore";
  readonly limits?: ImportLimits;
  /**
   * A value for every row that leaves a column empty, by column key, written as in a cell:
   * `{ category: "药品" }` for a list of medicine needs. Wins over the model's own defaults.
   * A value that would make a row invalid is left out of that row, reported
   * (`defaults.withheld`) and kept in its `meta.withheld` under the column `--set <key>`.
   */
  readonly defaults?: Readonly<Record<string, string>>;
  /**
   * The coordinate system of the file's latitude and longitude when no column states it:
   * WGS-84 (GPS, the default, with one notice per file), GCJ-02 (Amap, Tencent Maps) or
   * BD-09 (Baidu Maps).
   */
  readonly crs?: CoordinateSystem;
  /**
   * JSON: where the records are, as a dot path (`services`, `data.results`). Default: the
   * list whose keys best name the entity's fields; lists inside records are never taken.
   */
  readonly path?: string;
  /**
   * The user's words for choices, extending the model's codes and synonyms:
   * `{ relationToHead: { spouse: ["老伴"] } }`. Checked first: an unknown field or value stops
   * the import with an {@link ImportError}.
   */
  readonly vocabulary?: UserVocabulary;
  /** Cells to read as corrected (row, column header, value) instead of as the file has them. */
  readonly fixes?: readonly CellFix[];
  /**
   * Where phone numbers written without a country code are from, as an ISO 3166 code
   * (`"US"`, `"GB"`): they are read in that country's numbering plan. Default China, whose
   * numbers are written as dialled at home; numbers of other countries become E.164
   * (`+12024561111`). An unknown code stops the import with an {@link ImportError}.
   */
  readonly phoneCountry?: string;
}

/** A sheet with nothing in it: no header, no title, no hashtags. */
function isEmpty(info: TableInfo): boolean {
  return (
    info.headerRow === undefined &&
    info.hashtagRow === undefined &&
    info.headerless === undefined &&
    info.titleRows.length === 0 &&
    info.headers.every((h) => h.trim() === "")
  );
}

/**
 * Counts for one import. `rowsRead` always equals `accepted + rejected + emptySkipped`;
 * `withheldRows` of the accepted rows had cells that could not be read (withheld: left out of
 * the record, kept in its `meta.withheld`), so `accepted - withheldRows` were read in full.
 *
 * @example
 * ```ts
 * import { importFile } from "@linli/adapters";
 * const { summary } = await importFile(new TextEncoder().encode("姓名\n王伟\n\n"), { entity: "resident" });
 * // { file: "(input)", rowsRead: 2, accepted: 1, rejected: 0, emptySkipped: 1, withheldRows: 0, withheldCells: 0, warnings: 0, mapping }
 * ```
 */
export interface ImportSummary extends ImportCounts {
  readonly file: string;
  readonly sheet?: string;
  /** Number of warnings kept with accepted records and mapping notes (withheld cells apart). */
  readonly warnings: number;
  readonly mapping: MappingReport;
  /** Per sheet, when several were imported. */
  readonly sheets?: readonly Omit<ImportSummary, "sheets" | "file">[];
}

/**
 * A running import: iterate it for row results; `mapping` and `summary()` report on it.
 *
 * @example
 * ```ts
 * import { importRecords } from "@linli/adapters";
 * const run = importRecords(new TextEncoder().encode("姓名,电话\n王伟,138\n"), { entity: "resident" });
 * const mapping = await run.ready(); // columns → fields, before any row
 * for await (const r of run) console.log(r.kind);
 * console.log(await run.summary());
 * // Or a batch of rows at a time: for await (const batch of run.batches()) …
 * ```
 */
export interface ImportRun<T = Record<string, unknown>> extends AsyncIterable<RowResult<T>> {
  /** The mapping report, once the header has been read (see {@link ImportRun.ready}). */
  readonly mapping: MappingReport | undefined;
  /** What was found about the table (format, encoding, header rows), once read. */
  readonly table: TableInfo | undefined;
  /** Reads the header and resolves with the mapping report. */
  ready(): Promise<MappingReport>;
  /** The summary, once iteration has ended (if nothing iterates, it runs the import itself). */
  summary(): Promise<ImportSummary>;
  /**
   * The same row results in order, a batch at a time (as the table is read): for a caller
   * that takes every row, without an `await` per row. Iterate either this or the run, once.
   */
  batches(): AsyncIterable<readonly RowResult<T>[]>;
}

function checkMapping(mapping: SavedMapping | undefined, entity: EntityName) {
  if (!mapping) return;
  if (mapping.entity !== entity) {
    throw new ImportError("mapping.entity", { file: "(mapping)", mapping: mapping.entity, entity });
  }
  const keys = columnsByKey(entity);
  for (const [column, field] of Object.entries(mapping.columns)) {
    if (field !== null && !keys.has(field)) {
      throw new ImportError("mapping.unknownField", {
        file: "(mapping)",
        entity,
        field,
        column,
        example: "name, citizenId, address.building",
      });
    }
  }
}

/**
 * Import a file as records of one entity, streaming: each data row becomes a validated
 * record (with its warnings), a rejected row with every issue (file, row, column, field,
 * code, message in zh-CN and en, value), or an empty row. Nothing is dropped: unmapped
 * columns go to `extra`, and `summary()` accounts for every row read. The source may be one
 * opened by `openSource`, read as it was opened (its encoding, format and limits): an XLSX
 * workbook whose header was read ahead is not unzipped again (text is read once).
 *
 * @example
 * ```ts
 * import { importRecords } from "@linli/adapters";
 * const csv = "居民登记表\n姓名,性别,身份证号,联系电话\n王伟,男,11010519491231002X,13800138000\n";
 * const run = importRecords(new TextEncoder().encode(csv), { entity: "resident", fileName: "居民.csv" });
 * for await (const r of run) {
 *   if (r.kind === "record") console.log(r.record.name); // "王伟"
 *   if (r.kind === "rejected") console.log(r.issues.map((i) => i.message["zh-CN"]));
 * }
 * (await run.summary()).accepted; // 1
 * ```
 */
export function importRecords<N extends EntityName>(
  source: ByteSource | OpenedSource,
  options: ImportOptions<N>,
): ImportRun<EntityRecord<N>> {
  return importRecordsWith(source, options);
}

/**
 * Builds a table's rows some other way than one by one on this thread (Node: on worker
 * threads), giving the same results in batches (each may build its rows as they are read);
 * `undefined` leaves the table to the usual way.
 */
export type RowProcessor = (
  table: Table,
  builder: RecordBuilder,
  options: BuilderOptions,
) => AsyncIterable<Iterable<RowResult>> | undefined;

/** {@link importRecords}, with a {@link RowProcessor} for the tables it can take. */
export function importRecordsWith<N extends EntityName>(
  source: ByteSource | OpenedSource,
  options: ImportOptions<N>,
  processor?: RowProcessor,
): ImportRun<EntityRecord<N>> {
  const given = isOpenedSource(source) ? source : undefined;
  checkArgument(
    given !== undefined || isByteSource(source),
    "importRecords",
    "source",
    "source",
    source,
  );
  expectArgument("importRecords", "options", "record", options);
  expectEntity("importRecords", "options.entity", options.entity);
  const file = options.fileName ?? given?.file ?? sourceName(source) ?? "(input)";
  // Without a source or a file name, records get no meta.source rather than a placeholder.
  const sourceLabel = options.source ?? options.fileName ?? given?.file ?? sourceName(source);
  checkMapping(options.mapping, options.entity);
  const vocabulary = options.vocabulary ? checkVocabulary(options.vocabulary, file) : undefined;
  const phoneCountry = checkPhoneCountry(options.phoneCountry, file);
  let opened: Promise<OpenedSource> | undefined;
  const open = () => {
    if (given) opened ??= Promise.resolve(given);
    opened ??= openSource(source as ByteSource, {
      ...options,
      fileName: file,
      recordKeys: headerScorer(options.entity),
    });
    return opened;
  };
  let firstMapping: MappingReport | undefined;
  let firstTable: TableInfo | undefined;
  let started = false;
  let settle: { resolve: (s: ImportSummary) => void; reject: (e: unknown) => void } | undefined;
  const done = new Promise<ImportSummary>((resolve, reject) => {
    settle = { resolve, reject };
  });
  done.catch(() => {});
  const tables: Map<string | undefined, ReturnType<typeof tableOf>> = new Map();

  const tableFor = async (sheet: string | number | undefined) => {
    const o = await open();
    const key = sheet === undefined ? undefined : String(sheet);
    let t = tables.get(key);
    if (!t) {
      t = withFixes(
        tableOf(o, {
          ...options,
          ...(sheet !== undefined ? { sheet } : {}),
          fileName: file,
          score: headerScorer(options.entity),
        }),
        options.fixes,
      );
      tables.set(key, t);
    }
    return t;
  };
  // Sheets left out for being empty before the first with data (when no sheet was named).
  const skipped: string[] = [];
  // Sheets with content but no column that identifies a record (a cover page, instructions)
  // passed over for a later sheet that has one (when no sheet was named).
  const covers: string[] = [];
  // Later sheets whose columns identify records too, left unread (when no sheet was named).
  const unread: string[] = [];
  // Hidden sheets whose columns identify records, left unread (unless a sheet was named).
  const hiddenUnread: string[] = [];
  let chosen: Promise<(string | number | undefined)[]> | undefined;
  const sheetsToRead = (): Promise<(string | number | undefined)[]> => {
    chosen ??= (async () => {
      const o = await open();
      if (o.format === "xlsx" && (options.sheet === undefined || options.sheet === "all")) {
        // A hidden sheet is mostly a dropdown's choices; one holding a register is said.
        for (const x of o.hiddenSheets) {
          const info = await (await tableFor(x)).info();
          if (!isEmpty(info) && identifies(info, o)) hiddenUnread.push(x);
        }
      }
      if (options.sheet === "all") {
        return o.format === "xlsx"
          ? o.sheets.filter((s) => !o.hiddenSheets.includes(s))
          : [undefined];
      }
      if (options.sheet !== undefined || o.format !== "xlsx" || o.sheets.length < 2) {
        return [options.sheet];
      }
      // No sheet named: the first visible one whose columns identify a record (a cover page or
      // instructions before the register are passed over), else the first with anything in it.
      const empty: string[] = [];
      let first: { sheet: string; empty: number } | undefined;
      const visible = o.sheets.filter((x) => !o.hiddenSheets.includes(x));
      for (const [i, s] of visible.entries()) {
        const info = await (await tableFor(s)).info();
        if (isEmpty(info)) {
          empty.push(s);
          continue;
        }
        first ??= { sheet: s, empty: empty.length };
        if (identifies(info, o)) {
          for (const x of empty) skipped.push(x);
          // Registers on the next sheets (一号楼, 二号楼…) are not read: said, not left silent.
          for (const x of visible.slice(i + 1)) {
            const other = await (await tableFor(x)).info();
            if (!isEmpty(other) && identifies(other, o)) unread.push(x);
          }
          return [s];
        }
        covers.push(s);
      }
      covers.length = 0;
      if (!first) return [undefined];
      for (const x of empty.slice(0, first.empty)) skipped.push(x);
      return [first.sheet];
    })();
    return chosen;
  };
  /** Whether the columns of a sheet give what identifies a record of the entity. */
  const identifies = (info: TableInfo, o: OpenedSource) =>
    !mappingFor(info, o).notes.some((n) => n.code === "mapping.identity");
  const mappingFor = (info: TableInfo, o: OpenedSource): MappingReport => {
    const report = suggestMapping(
      info.headers.length > 0 ? info.headers : (info.hashtags ?? []).map(() => ""),
      options.entity,
      {
        ...(info.hashtags ? { hashtags: info.hashtags } : {}),
        ...(options.preset ? { preset: options.preset } : {}),
        ...(options.mapping ? { mapping: options.mapping } : {}),
        fileName: file,
      },
    );
    const mappedKeys = new Set(report.columns.flatMap((c) => (c.field ? [c.field] : [])));
    for (const k of Object.keys(options.defaults ?? {})) mappedKeys.add(k);
    // A name in parts gives the name.
    if (mappedKeys.has("nameParts.family") || mappedKeys.has("nameParts.given")) {
      mappedKeys.add("name");
    }
    const notes = [...report.notes];
    if (covers.length > 0 && info.sheet !== undefined && !covers.includes(info.sheet)) {
      notes.push({
        code: "sheet.coverSkipped",
        message: adapterMessage("sheet.coverSkipped", {
          file,
          cover: covers.join("”“"),
          sheet: info.sheet,
          fields: identityLabel(entities[options.entity]),
        }),
      });
    }
    if (unread.length > 0 && info.sheet !== undefined && !unread.includes(info.sheet)) {
      notes.push({
        code: "sheet.othersUnread",
        message: adapterMessage("sheet.othersUnread", {
          file,
          sheet: info.sheet,
          others: unread.join("”“"),
        }),
      });
    }
    if (hiddenUnread.length > 0 && info.sheet !== undefined && !hiddenUnread.includes(info.sheet)) {
      notes.push({
        code: "sheet.hiddenUnread",
        message: adapterMessage("sheet.hiddenUnread", {
          file,
          count: hiddenUnread.length,
          hidden: hiddenUnread.join("”“"),
        }),
      });
    }
    if (skipped.length > 0 && info.sheet !== undefined) {
      notes.push({
        code: "sheet.emptySkipped",
        message: adapterMessage("sheet.emptySkipped", {
          file,
          empty: skipped.join("”“"),
          sheet: info.sheet,
        }),
      });
    }
    if (o.json && (o.json.path !== "" || o.json.others.length > 0)) {
      notes.push({
        code: "json.records",
        message: adapterMessage("json.records", {
          file,
          path: o.json.path || "(top)",
          others: o.json.others.length > 0 ? o.json.others.join(", ") : "—",
        }),
      });
    }
    if (info.headerless) {
      const { row } = info.headerless;
      notes.push({ code: "header.none", message: adapterMessage("header.none", { file, row }) });
    }
    if (info.dataAbove) {
      const rows = info.dataAbove;
      const header = info.headerRow ?? info.hashtagRow ?? 0;
      notes.push({
        code: "header.dataAbove",
        message: adapterMessage("header.dataAbove", {
          file,
          count: rows.length,
          rows: listFirst(rows),
          header,
        }),
      });
    }
    if (info.wideHeader) {
      const params = { file, ...info.wideHeader };
      notes.push({ code: "limit.columns", message: adapterMessage("limit.columns", params) });
    }
    for (const c of columnsByKey(options.entity).values()) {
      const given = mappedKeys.has(c.key) || c.node.meta?.default !== undefined;
      if (c.required && !c.key.startsWith("meta.") && !given) {
        notes.push({
          code: "mapping.required",
          message: adapterMessage("mapping.required", { file, field: c.label }),
        });
      }
    }
    const schema = entities[options.entity];
    const identity = identityColumns(schema);
    if (identity.length > 0 && !identity.some((alt) => alt.every((c) => mappedKeys.has(c.key)))) {
      notes.push({
        code: "mapping.identity",
        message: adapterMessage("mapping.identity", { file, fields: identityLabel(schema) }),
      });
    }
    const geo = report.columns.some((c) => c.field?.endsWith("geo.lat"));
    const crs = report.columns.some((c) => c.field?.endsWith("geo.crs"));
    if (geo && !crs && options.crs === undefined) {
      notes.push({
        code: "geo.assumedWgs84",
        message: adapterMessage("geo.assumedWgs84", { file }),
      });
    }
    return { ...report, notes };
  };

  const ready = async (): Promise<MappingReport> => {
    if (firstMapping) return firstMapping;
    const [first] = await sheetsToRead();
    const info = await (await tableFor(first)).info();
    firstTable ??= info;
    firstMapping ??= mappingFor(info, await open());
    return firstMapping;
  };

  async function* run(): AsyncGenerator<RowResult<EntityRecord<N>>[]> {
    const perSheet: Omit<ImportSummary, "sheets" | "file">[] = [];
    try {
      const sheets = await sheetsToRead();
      for (const sheet of sheets) {
        const table = await tableFor(sheet);
        const info = await table.info();
        const mapping = sheet === sheets[0] ? await ready() : mappingFor(info, await open());
        const builderOptions: BuilderOptions = {
          entity: options.entity,
          file,
          ...(info.sheet !== undefined && (options.sheet === "all" || info.format === "xlsx")
            ? {
                sheet: info.sheet,
                sheetInMessages: options.sheet === "all" || info.sheets.length > 1,
              }
            : {}),
          ...(sourceLabel !== undefined ? { source: sourceLabel } : {}),
          headers: info.headers,
          ...(info.hashtags ? { hashtags: info.hashtags } : {}),
          mapping,
          ...(options.defaults ? { defaults: options.defaults } : {}),
          ...(options.crs ? { crs: options.crs } : {}),
          ...(vocabulary ? { vocabulary } : {}),
          ...(phoneCountry ? { phoneCountry } : {}),
        };
        const builder = new RecordBuilder(builderOptions);
        let accepted = 0;
        let rejected = 0;
        let empty = 0;
        let withheldRows = 0;
        let withheldCells = 0;
        let warnings = mapping.notes.length;
        const tally = (r: RowResult) => {
          if (r.kind === "record") {
            accepted++;
            let held = 0;
            for (const w of r.warnings) if (w.severity === "withheld") held++;
            warnings += r.warnings.length - held;
            if (held > 0) {
              withheldRows++;
              withheldCells += held;
            }
          } else if (r.kind === "rejected") rejected++;
          else empty++;
        };
        const processed = processor?.(table, builder, builderOptions);
        if (processed) {
          for await (const batch of processed) {
            const out: RowResult<EntityRecord<N>>[] = [];
            for (const r of batch) {
              tally(r);
              out.push(r as RowResult<EntityRecord<N>>);
            }
            if (out.length > 0) yield out;
          }
        } else {
          for await (const batch of table.batches()) {
            const out: RowResult<EntityRecord<N>>[] = new Array(batch.length);
            for (let i = 0; i < batch.length; i++) {
              const r = builder.build(batch[i]!);
              tally(r);
              out[i] = r as RowResult<EntityRecord<N>>;
            }
            if (out.length > 0) yield out;
          }
        }
        // Known once the sheet has been read to its end.
        const hidden = hiddenNotes((await open()).hidden?.(info.sheet), info, mapping, file);
        perSheet.push({
          ...(info.sheet !== undefined ? { sheet: info.sheet } : {}),
          rowsRead: accepted + rejected + empty,
          accepted,
          rejected,
          emptySkipped: empty,
          withheldRows,
          withheldCells,
          warnings: warnings + hidden.length,
          mapping:
            hidden.length > 0 ? { ...mapping, notes: [...mapping.notes, ...hidden] } : mapping,
        });
      }
      const sum = (
        k:
          | "rowsRead"
          | "accepted"
          | "rejected"
          | "emptySkipped"
          | "withheldRows"
          | "withheldCells"
          | "warnings",
      ) => perSheet.reduce((n, s) => n + s[k], 0);
      const only = perSheet.length === 1 ? perSheet[0] : undefined;
      settle!.resolve({
        file,
        ...(only?.sheet !== undefined ? { sheet: only.sheet } : {}),
        rowsRead: sum("rowsRead"),
        accepted: sum("accepted"),
        rejected: sum("rejected"),
        emptySkipped: sum("emptySkipped"),
        withheldRows: sum("withheldRows"),
        withheldCells: sum("withheldCells"),
        warnings: sum("warnings"),
        mapping: perSheet[0]?.mapping ?? (await ready()),
        ...(perSheet.length > 1 ? { sheets: perSheet } : {}),
      });
    } catch (e) {
      settle!.reject(e);
      throw e;
    }
  }

  function iterateOnce() {
    if (started) throw new Error("importRecords: an import can be iterated only once");
    started = true;
  }

  // Row by row: a batch is built whole before its first row is given.
  async function* rows(): AsyncGenerator<RowResult<EntityRecord<N>>> {
    for await (const batch of run()) yield* batch;
  }

  return {
    get mapping() {
      return firstMapping;
    },
    get table() {
      return firstTable;
    },
    ready,
    summary: async () => {
      if (!started) {
        started = true;
        for await (const _ of run()) {
          // Results are not wanted, only the counts.
        }
      }
      return done;
    },
    batches() {
      iterateOnce();
      return run();
    },
    [Symbol.asyncIterator]() {
      iterateOnce();
      return rows();
    },
  };
}
