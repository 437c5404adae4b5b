import { expectArgument } from "@linli/core";
import { restoreFormulaCells } from "../csv/formula.js";
import { CsvParser, type CsvParserOptions } from "../csv/parse.js";
import { sniffDelimiter } from "../csv/sniff.js";
import { decodeText } from "../encoding/decode.js";
import {
  detectEncoding,
  encodingName,
  firstInvalidUtf8,
  looksWestern,
  type TextEncodingName,
} from "../encoding/detect.js";
import { LineEncodingScan } from "../encoding/mixed.js";
import { ImportError } from "../errors.js";
import { NdjsonParser, parseJsonTable } from "../json/parse.js";
import { type ByteSource, byteChunks, PeekableBytes, readAll } from "../source/bytes.js";
import { DEFAULT_LIMITS, type ImportLimits, type TableRow } from "../types.js";
import { openWorkbookAhead } from "../xlsx/read.js";
import type { HiddenLayout } from "../xlsx/sheet.js";

/** A file format the readers understand. */
export type TableFormat = "csv" | "xlsx" | "json" | "ndjson";

/** Options for opening a source. */
export interface OpenOptions {
  /** Used in messages and to recognise formats by extension. */
  readonly fileName?: string;
  /** `"auto"` (default) or a format. */
  readonly format?: "auto" | TableFormat;
  /** `"auto"` (default): BOM, then strict UTF-8, then GB18030 (or Windows-1252 for Western text). */
  readonly encoding?: string;
  /** Delimiter of delimited text; sniffed when absent. */
  readonly delimiter?: string;
  readonly limits?: ImportLimits;
  /** JSON: where the records are, as a dot path (`services`, `data.results`). */
  readonly path?: string;
  /** JSON: how well a list's keys name the fields wanted, to find the list of records. */
  readonly recordKeys?: (keys: readonly string[]) => number;
}

/** A source opened for reading: what it is, and its sheets' raw rows. */
export interface OpenedSource {
  readonly file: string;
  readonly format: TableFormat;
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  /** Sheet names (XLSX); one unnamed sheet otherwise. */
  readonly sheets: readonly string[];
  /** Names of sheets hidden in the workbook. */
  readonly hiddenSheets: readonly string[];
  /** For arrays of objects and NDJSON objects: row 0 holds the keys, which may grow. */
  readonly keyed: boolean;
  /** The raw rows of a sheet, in batches (one await per batch, not per row). */
  rows(sheet?: string): AsyncIterable<TableRow[]>;
  /** XLSX: rows and columns hidden in a sheet, once its rows have been read to the end. */
  hidden?(sheet?: string): HiddenLayout | undefined;
  /** Keys of NDJSON objects seen so far (they grow while reading). */
  readonly keys?: string[];
  /** JSON: the path of the list read (when not the document itself) and of the others. */
  readonly json?: { readonly path: string; readonly others: readonly string[] };
}

/**
 * The state of a CSV source's `rows()`: its parser and the decoded text it has yet to read,
 * set once reading starts. A reader that stops pulling `rows()` can go on from there.
 */
export interface CsvState {
  readonly options: Required<Pick<CsvParserOptions, "delimiter" | "cellChars" | "columns">>;
  parser?: CsvParser;
  texts?: AsyncIterator<string>;
  /** All text has been read and the parser ended. */
  ended: boolean;
}

/** The CSV state of opened delimited-text sources (kept out of the public type). */
export const csvStates: WeakMap<OpenedSource, CsvState> = /* @__PURE__ */ new WeakMap();

const BINARY: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x52, 0x61, 0x72, 0x21], "a RAR archive"],
  [[0x37, 0x7a, 0xbc, 0xaf], "a 7-Zip archive"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF document"],
];

/**
 * Bytes read before anything is decided (format, encoding, delimiter, header); CSV rows in
 * them are read with the header. A setting rather than a constant, so that tests of what
 * comes after the head need not fill 64 KiB for every case.
 */
export const sourceHead = { bytes: 65_536 };

/** Rows of a workbook's first batch: enough to find the header, little to parse before it. */
const FIRST_BATCH = 64;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function extension(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}

/**
 * Open a source: sniff its format from its first bytes (ZIP → XLSX, `[`/`{` → JSON or
 * NDJSON, else delimited text), its encoding and delimiter, and reject binary files and old
 * `.xls` workbooks with a clear error. {@link readTable} builds on it.
 *
 * @example
 * ```ts
 * import { encodeText, openSource } from "@linli/adapters";
 * const opened = await openSource(encodeText("姓名;电话\n王伟;138\n", "gb18030"), { fileName: "a.csv" });
 * [opened.format, opened.encoding, opened.delimiter]; // ["csv", "gb18030", ";"]
 * ```
 */
export async function openSource(
  source: ByteSource,
  options: OpenOptions = {},
): Promise<OpenedSource> {
  expectArgument("openSource", "source", "object", source);
  expectArgument("openSource", "options", "options", options);
  const opened = await open(source, options);
  openedSources.add(opened);
  return opened;
}

/** Sources opened by {@link openSource}, which readers take in place of bytes. */
const openedSources = /* @__PURE__ */ new WeakSet<OpenedSource>();

/** Whether a value is a source opened by {@link openSource}. */
export function isOpenedSource(source: unknown): source is OpenedSource {
  return typeof source === "object" && source !== null && openedSources.has(source as OpenedSource);
}

/** Text is decoded from the bytes as it is read: its rows can be read once. */
function readOnce(file: string): () => void {
  let read = false;
  return () => {
    if (read)
      throw new Error(
        `openSource: the rows of ${file} were read already (text is read once; an XLSX workbook can be read again)`,
      );
    read = true;
  };
}

async function open(source: ByteSource, options: OpenOptions): Promise<OpenedSource> {
  const file = options.fileName ?? "(input)";
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bytes = new PeekableBytes(byteChunks(source, file));
  const head = await bytes.peek(sourceHead.bytes);
  if (head.length === 0) throw new ImportError("source.empty", { file });
  const ext = extension(file);

  const zip =
    startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]);
  if (options.format === "xlsx" || (options.format !== "csv" && zip)) {
    const all = await readAll(bytes, limits.bytes, file);
    if (!zip) throw new ImportError("xlsx.invalid", { file, detail: "not a ZIP archive" });
    const wb = await openWorkbookAhead(all, file, limits);
    return {
      file,
      format: "xlsx",
      sheets: wb.sheets.map((s) => s.name),
      hiddenSheets: wb.sheets.filter((s) => s.hidden).map((s) => s.name),
      keyed: false,
      hidden(sheet) {
        const info = sheet === undefined ? wb.sheets[0] : wb.sheets.find((s) => s.name === sheet);
        return info && wb.hidden(info);
      },
      async *rows(sheet) {
        const info = sheet === undefined ? wb.sheets[0]! : wb.sheets.find((s) => s.name === sheet);
        if (!info) {
          throw new ImportError("xlsx.noSheet", {
            file,
            sheet: String(sheet),
            sheets: wb.sheets.map((s) => s.name).join("、"),
          });
        }
        // A small first batch: finding the header needs only the first rows.
        let batch: TableRow[] = [];
        let size = FIRST_BATCH;
        for (const row of wb.rows(info)) {
          batch.push(row);
          if (batch.length === size) {
            yield batch;
            batch = [];
            size = 4096;
          }
        }
        if (batch.length > 0) yield batch;
      },
    };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) throw new ImportError("source.xls", { file });
  for (const [sig, kind] of BINARY)
    if (startsWith(head, sig)) throw new ImportError("source.binary", { file, kind });

  let encoding: TextEncodingName;
  const guessed = !options.encoding || options.encoding === "auto";
  if (guessed) {
    encoding = detectEncoding(head);
    checkGuess(head, encoding, file, head.length < sourceHead.bytes);
  } else {
    const e = encodingName(options.encoding!);
    if (!e) throw new ImportError("encoding.unknown", { file, encoding: options.encoding! });
    encoding = e;
  }
  const headText = new TextDecoder(encoding).decode(head);
  if (headText.slice(0, 4096).includes("\u0000"))
    throw new ImportError("source.binary", { file, kind: "a binary file" });
  const text = () => decodeText(bytes, encoding, file, { guessed });
  const trimmed = headText.replace(/^[\s\ufeff]+/, "");

  let format: TableFormat = "csv";
  if (options.format && options.format !== "auto") format = options.format;
  else if (ext === "ndjson" || ext === "jsonl") format = "ndjson";
  else if (trimmed.startsWith("[")) format = "json";
  else if (trimmed.startsWith("{")) {
    const firstLine = trimmed.split("\n", 1)[0]!.trim();
    let oneLine = false;
    try {
      JSON.parse(firstLine);
      oneLine = true;
    } catch {}
    format = oneLine && trimmed.length > firstLine.length + 1 ? "ndjson" : "json";
  } else if (ext === "json") {
    // A .json file holding a lone value (42, "text", null) or broken text: read as CSV, it
    // was "a table whose column is 42"; as JSON it gets json.shape or json.invalid.
    format = "json";
  }

  if (format === "json") {
    let all = "";
    for await (const t of text()) {
      all += t;
      if (all.length > limits.bytes)
        throw new ImportError("limit.bytes", { file, limit: limits.bytes });
    }
    const table = parseJsonTable(all, file, {
      ...(options.path !== undefined ? { path: options.path } : {}),
      ...(options.recordKeys ? { score: options.recordKeys } : {}),
      cellChars: limits.cellChars,
    });
    return {
      file,
      format,
      encoding,
      ...(table.path !== undefined
        ? { json: { path: table.path, others: table.others ?? [] } }
        : {}),
      sheets: [""],
      hiddenSheets: [],
      keyed: table.objects,
      async *rows() {
        yield table.rows;
      },
    };
  }
  if (format === "ndjson") {
    const keys: string[] = [];
    const once = readOnce(file);
    return {
      file,
      format,
      encoding,
      sheets: [""],
      hiddenSheets: [],
      keyed: true,
      keys,
      async *rows() {
        once();
        const parser = new NdjsonParser(
          (k) => {
            keys.length = 0;
            for (const x of k) keys.push(x);
          },
          { cellChars: limits.cellChars },
        );
        yield [{ row: 0, cells: keys }];
        for await (const t of text()) yield parser.push(t);
        yield parser.end();
      },
    };
  }
  const delimiter =
    options.delimiter ?? (ext === "tsv" || ext === "tab" ? "\t" : sniffDelimiter(headText));
  const csv: CsvState = {
    options: { delimiter, cellChars: limits.cellChars, columns: limits.columns },
    ended: false,
  };
  const once = readOnce(file);
  const opened: OpenedSource = {
    file,
    format: "csv",
    encoding,
    delimiter,
    sheets: [""],
    hiddenSheets: [],
    keyed: false,
    async *rows() {
      once();
      const parser = new CsvParser(csv.options);
      const texts = text()[Symbol.asyncIterator]();
      csv.parser = parser;
      csv.texts = texts;
      // Apostrophes that writers put before formula-like text (=, +, -, @) are not data.
      for (let t = await texts.next(); !t.done; t = await texts.next()) {
        const rows = parser.push(t.value);
        restoreFormulaCells(rows);
        yield rows;
      }
      csv.ended = true;
      const last = parser.end();
      restoreFormulaCells(last);
      yield last;
    },
  };
  csvStates.set(opened, csv);
  return opened;
}

/**
 * Refuse a guessed encoding that cannot be right: lines in two encodings (or damaged bytes
 * among good ones), or bytes that are no known encoding, which Windows-1252 would read as
 * wrong characters without an error.
 */
function checkGuess(head: Uint8Array, encoding: TextEncodingName, file: string, whole: boolean) {
  if (encoding === "utf-16le" || encoding === "utf-16be") return;
  const scan = new LineEncodingScan();
  const mixed = scan.push(head) ?? (whole ? scan.end() : undefined);
  if (mixed) throw new ImportError("encoding.mixed", { file, line: mixed.line });
  if (encoding === "windows-1252" && !looksWestern(head)) {
    throw new ImportError("encoding.invalid", {
      file,
      offset: Math.max(0, firstInvalidUtf8(head)),
    });
  }
}
