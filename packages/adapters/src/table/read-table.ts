import { checkArgument, expectArgument } from "@linli/core";
import type { CsvParser } from "../csv/parse.js";
import { ImportError } from "../errors.js";
import { isBlankRow } from "../record/blank.js";
import { type ByteSource, isByteSource } from "../source/bytes.js";
import { DEFAULT_LIMITS, type TableRow } from "../types.js";
import { FooterHold } from "./footer-hold.js";
import { type ChooseHeaderOptions, chooseHeader, footerKind } from "./header.js";
import { formatHashtag, parseHashtag } from "./hxl.js";
import {
  type CsvState,
  csvStates,
  isOpenedSource,
  type OpenedSource,
  type OpenOptions,
  openSource,
  type TableFormat,
} from "./open.js";
import { twoRowHeader } from "./two-row.js";
import { looksLikeDataRow } from "./value-like.js";

/**
 * Options of {@link readTable}.
 *
 * @example
 * ```ts
 * import type { ReadTableOptions } from "@linli/adapters";
 * const options: ReadTableOptions = { fileName: "登记表.xlsx", sheet: 1, header: 3, hxl: "ignore" };
 * ```
 */
export interface ReadTableOptions extends OpenOptions, ChooseHeaderOptions {
  /** Sheet of a workbook, by name or 0-based index. Default: the first. */
  readonly sheet?: string | number;
  /** Row number (as shown in the sheet) of the header, or `"auto"` (default) to find it. */
  readonly header?: "auto" | number;
}

/**
 * What was learnt about a table before its data rows: format, header, hashtags.
 *
 * @example
 * ```ts
 * import { readTable } from "@linli/adapters";
 * const info = await readTable(new TextEncoder().encode("登记表\n姓名,电话\n王伟,138\n")).info();
 * [info.format, info.headerRow, info.headers, info.titleRows.length]; // ["csv", 2, ["姓名", "电话"], 1]
 * ```
 */
export interface TableInfo {
  readonly file: string;
  readonly format: TableFormat;
  readonly encoding?: string;
  readonly delimiter?: string;
  /** The sheet read (XLSX). */
  readonly sheet?: string;
  /** Every sheet of the workbook (XLSX). */
  readonly sheets: readonly string[];
  /** Row number of the header row; absent when the table has none (HXL tags only). */
  readonly headerRow?: number;
  /**
   * Set when the header takes two rows (group labels above the column names): the row of
   * the column names. `headers` then name each column by both (手机（联系方式）).
   */
  readonly subHeaderRow?: number;
  /** Header texts by column index, exactly as in the file ("" for an empty header cell). */
  readonly headers: string[];
  /** Row number of the HXL hashtag row, if any. */
  readonly hashtagRow?: number;
  /** Normalised hashtags by column (`#date+reported`), `null` where a column has none. */
  readonly hashtags?: readonly (string | null)[];
  /**
   * Set when the table has no header row: its first filled row holds personal values (an ID
   * number, a phone) and is read as data from `row` on; `headers` are empty, columns go by
   * their letters.
   */
  readonly headerless?: { readonly row: number };
  /** Set when the header row has more cells than the column limit: only `limit` are read. */
  readonly wideHeader?: { readonly row: number; readonly count: number; readonly limit: number };
  /** Rows above the header: titles, notes. */
  readonly titleRows: readonly TableRow[];
  /**
   * Row numbers of rows above the header that are read as data all the same: they hold a
   * personal value (an ID number, a phone) in as many cells as a data row fills, or a problem
   * of their own. Skipped as titles, they would be lost without a word.
   */
  readonly dataAbove?: readonly number[];
}

/**
 * A table being read: its data rows as an async iterable, and what precedes them.
 *
 * @example
 * ```ts
 * import { readTable, type Table } from "@linli/adapters";
 * const table: Table = readTable(new TextEncoder().encode("姓名\n王伟\n李娜\n"));
 * for await (const batch of table.batches()) console.log(batch.length); // 2
 * ```
 */
export interface Table extends AsyncIterable<TableRow> {
  /** Reads up to the first data rows (once) and tells the header found. */
  info(): Promise<TableInfo>;
  /** The data rows in batches, for consumers that want one await per batch. */
  batches(): AsyncIterable<TableRow[]>;
}

const SAMPLE_ROWS = 25;

/**
 * Read a table as raw rows, streaming: CSV/TSV/SSV in any common encoding, XLSX (merged
 * cells expanded), JSON and NDJSON. The header is found among the first rows (title rows
 * above it skipped, an HXL hashtag row recognised anywhere in them); the iterable yields the
 * data rows after it, each with the row number a spreadsheet user sees, and marks totals
 * and note rows at the bottom with `footer`. The source may be one opened by `openSource`
 * (its options then are those it was opened with): an XLSX workbook opened once can be read
 * again without unzipping it or parsing its shared strings twice.
 *
 * @example
 * ```ts
 * import { readTable } from "@linli/adapters";
 * const table = readTable(new TextEncoder().encode("姓名,电话\n王伟,13800138000\n"));
 * (await table.info()).headers; // ["姓名", "电话"]
 * for await (const r of table) console.log(r.row, r.cells); // 2 ["王伟", "13800138000"]
 * ```
 */
export function readTable(
  source: ByteSource | OpenedSource,
  options: ReadTableOptions = {},
): Table {
  checkArgument(
    isByteSource(source) || isOpenedSource(source),
    "readTable",
    "source",
    "source",
    source,
  );
  expectArgument("readTable", "options", "options", options);
  let opened: Promise<OpenedSource> | undefined;
  const open = () => {
    opened ??= isOpenedSource(source) ? Promise.resolve(source) : openSource(source, options);
    return opened;
  };
  let inner: Table | undefined;
  const table = async () => {
    inner ??= tableOf(await open(), options);
    return inner;
  };
  return {
    info: async () => (await table()).info(),
    async *batches() {
      yield* (await table()).batches();
    },
    async *[Symbol.asyncIterator]() {
      yield* await table();
    },
  };
}

/** A {@link Table} over one sheet of an opened source. */
export function tableOf(opened: OpenedSource, options: ReadTableOptions = {}): Table {
  const file = opened.file;
  const maxRows = options.limits?.rows ?? DEFAULT_LIMITS.rows;
  let sheet: string | undefined;
  if (opened.format === "xlsx") {
    const s = options.sheet ?? 0;
    sheet = typeof s === "number" ? opened.sheets[s] : s;
    if (sheet === undefined) {
      throw new ImportError("xlsx.noSheet", {
        file,
        sheet: String(s),
        sheets: opened.sheets.join("、"),
      });
    }
  }
  const batches = opened.rows(sheet)[Symbol.asyncIterator]();
  const sample: TableRow[] = [];
  let leftover: TableRow[] = [];
  let prepared: Promise<{ info: TableInfo; rest: TableRow[] }> | undefined;

  const prepare = async () => {
    while (sample.length < SAMPLE_ROWS) {
      const r = await batches.next();
      if (r.done) break;
      const need = SAMPLE_ROWS - sample.length;
      for (const x of r.value.slice(0, need)) sample.push(x);
      leftover = r.value.slice(need);
    }
    const cells = sample.map((r) => r.cells);
    let choice = opened.keyed
      ? chooseHeader(cells.slice(0, 1), { hxl: options.hxl ?? "auto" })
      : chooseHeader(cells, options);
    if (choice.malformed) {
      const at = sample[choice.malformed.index]!;
      throw new ImportError("hxl.malformed", {
        file,
        row: at.row,
        sample: choice.malformed.sample.slice(0, 4).join(", "),
      });
    }
    if (opened.keyed && choice.hashtags < 0) choice = { header: 0, hashtags: -1, data: 1 };
    if (options.hxl === "require" && choice.hashtags < 0) {
      throw new ImportError("hxl.notFound", { file, rows: SAMPLE_ROWS });
    }
    if (typeof options.header === "number" && !opened.keyed) {
      const at = sample.findIndex((r) => r.row === options.header);
      if (at < 0) throw new ImportError("header.notFound", { file, rows: SAMPLE_ROWS });
      const tags = choice.hashtags === at + 1 ? at + 1 : -1;
      choice = { header: at, hashtags: tags, data: (tags >= 0 ? tags : at) + 1 };
    }
    // A header over two rows: group labels (merged cells) above, column names below.
    let twoRows: string[] | undefined;
    const canPair = !opened.keyed && choice.hashtags < 0 && !choice.headerless;
    if (canPair && choice.header >= 0 && typeof options.header !== "number") {
      const below = sample[choice.header + 1];
      twoRows = below && twoRowHeader(sample[choice.header]!.cells, below.cells, options.score);
      if (twoRows) choice = { ...choice, data: choice.header + 2 };
    }
    // Rows above the header (or above the hashtags, when they stand alone) are titles, unless
    // they are filled like data and hold a personal value, or were marked with a problem.
    const top = choice.headerless
      ? choice.data
      : choice.header >= 0
        ? choice.header
        : Math.max(0, choice.hashtags);
    const { titles, above } = splitAbove(sample.slice(0, top), sample);
    const headerRow = choice.header >= 0 ? sample[choice.header] : undefined;
    const tagRow = choice.hashtags >= 0 ? sample[choice.hashtags] : undefined;
    let width = Math.max(headerRow?.cells.length ?? 0, tagRow?.cells.length ?? 0);
    // Without a header, columns are named by their letters, as wide as the sampled data.
    if (choice.headerless) {
      for (let i = choice.data; i < sample.length; i++)
        width = Math.max(width, sample[i]!.cells.length);
    }
    const wide =
      headerRow?.problem?.code === "limit.columns" ? headerRow.problem.params : undefined;
    if (wide) width = Math.min(width, Number(wide.limit));
    // NDJSON keys grow while reading: keep the live array.
    const names = twoRows ?? headerRow?.cells ?? [];
    const headers = headerRow ? (opened.keys ?? (wide ? names.slice(0, width) : [...names])) : [];
    while (headers.length < width) headers.push("");
    const info: TableInfo = {
      file,
      format: opened.format,
      ...(opened.encoding ? { encoding: opened.encoding } : {}),
      ...(opened.delimiter ? { delimiter: opened.delimiter } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
      sheets: opened.sheets,
      ...(headerRow ? { headerRow: headerRow.row } : {}),
      ...(twoRows ? { subHeaderRow: sample[choice.data - 1]!.row } : {}),
      ...(choice.headerless ? { headerless: { row: sample[choice.data]!.row } } : {}),
      ...(wide
        ? { wideHeader: { row: headerRow!.row, count: Number(wide.count), limit: width } }
        : {}),
      headers,
      ...(tagRow
        ? {
            hashtagRow: tagRow.row,
            hashtags: Array.from({ length: width }, (_, i) => {
              const h = parseHashtag(tagRow.cells[i] ?? "");
              return h ? formatHashtag(h) : null;
            }),
          }
        : {}),
      titleRows: titles,
      ...(above.length > 0 ? { dataAbove: above.map((r) => r.row) } : {}),
    };
    return { info, rest: [...above, ...sample.slice(choice.data)] };
  };
  const ready = () => {
    prepared ??= prepare();
    return prepared;
  };

  /** Data rows in batches, footers marked: notes are held back until data follows or not. */
  async function* dataBatches(): AsyncGenerator<TableRow[]> {
    const { info, rest } = await ready();
    const width = info.headers.length;
    let count = 0;
    const hold = new FooterHold<TableRow>((row) => isBlankRow(row.cells));
    let out: TableRow[] = [];
    const release = (row: TableRow, footer?: "totals" | "note") => {
      out.push(footer ? { ...row, footer } : row);
    };
    const source = async function* () {
      yield [...rest, ...leftover];
      for (let r = await batches.next(); !r.done; r = await batches.next()) yield r.value;
    };
    for await (const batch of source()) {
      out = [];
      for (const row of batch) {
        if (++count > maxRows) throw new ImportError("limit.rows", { file, limit: maxRows });
        hold.row(row, row.problem ? undefined : footerKind(row.cells, width), release);
      }
      if (out.length > 0) yield out;
    }
    out = [];
    hold.end(release);
    if (out.length > 0) yield out;
  }

  let taken = false;
  const table: Table = {
    info: async () => (await ready()).info,
    batches() {
      if (taken) throw new Error("readTable: this table was taken over by another reader");
      return dataBatches();
    },
    async *[Symbol.asyncIterator]() {
      for await (const batch of table.batches()) yield* batch;
    },
  };
  const csv = csvStates.get(opened);
  if (csv) {
    takeovers.set(table, async () => {
      const { info, rest } = await ready();
      taken = true;
      const more = !csv.ended && csv.parser !== undefined && csv.texts !== undefined;
      return {
        info,
        file,
        maxRows,
        csv: csv.options,
        rows: [...rest, ...leftover],
        ...(more ? { parser: csv.parser!, texts: csv.texts! } : {}),
      };
    });
  }
  return table;
}

const filledCells = (cells: readonly string[]) => {
  let n = 0;
  for (const c of cells) if (c.trim() !== "") n++;
  return n;
};

/**
 * The rows above a header split into titles and rows that are data all the same: a row with a
 * problem, or one filled at least 70% as much as the fullest sampled row (titles fill one or
 * two cells) that holds a personal value — a hashtag row or a header repeated below the data.
 */
function splitAbove(
  rows: readonly TableRow[],
  sample: readonly TableRow[],
): { titles: TableRow[]; above: TableRow[] } {
  const titles: TableRow[] = [];
  const above: TableRow[] = [];
  if (rows.length === 0) return { titles, above };
  let most = 0;
  for (const r of sample) most = Math.max(most, filledCells(r.cells));
  const enough = Math.max(Math.min(2, most), Math.ceil(most * 0.7));
  for (const r of rows) {
    const data = r.problem || (filledCells(r.cells) >= enough && looksLikeDataRow(r.cells));
    (data ? above : titles).push(r);
  }
  return { titles, above };
}

/**
 * A CSV table after its header, for a reader that goes on in its own way: the data rows read
 * with the header, then the parser and the decoded text it has left.
 */
export interface TableTakeover {
  readonly info: TableInfo;
  readonly file: string;
  readonly maxRows: number;
  readonly csv: CsvState["options"];
  /** Data rows read with the header: what `batches()` would yield first. */
  readonly rows: TableRow[];
  /** Absent when all the text has been read. */
  readonly parser?: CsvParser;
  readonly texts?: AsyncIterator<string>;
}

const takeovers = /* @__PURE__ */ new WeakMap<Table, () => Promise<TableTakeover>>();

/**
 * Take a delimited-text table over after its header (`undefined` for other formats); its
 * `batches()` can no longer be read.
 */
export function takeOver(table: Table): Promise<TableTakeover> | undefined {
  return takeovers.get(table)?.();
}
