import type { RowProblem, TableRow } from "../types.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const INCOMPLETE = -1;

/** Options of {@link CsvParser}. */
export interface CsvParserOptions {
  /** One character: `,`, `\t`, `;` or `|`. */
  readonly delimiter: string;
  /** Longest cell, in characters; a longer one marks its row with `limit.cell`. */
  readonly cellChars?: number;
  /** Most cells in a row; more marks the row with `limit.columns`. */
  readonly columns?: number;
  /** Number of the first row, when the text continues a file (default 1). */
  readonly firstRow?: number;
}

/** What {@link CsvParser.scan} found: the text of the complete rows and how many there are. */
export interface ScannedRows {
  readonly text: string;
  readonly rows: number;
  /** Number of the first of them. */
  readonly firstRow: number;
}

/**
 * A streaming RFC 4180 parser: feed it text chunks, get complete rows. Quoted cells may hold
 * delimiters, quotes (`""`) and line breaks; CRLF, LF and CR all end a row. Text after a
 * closing quote is kept (`"a"b` reads `ab`), as spreadsheet programs do. A quote that never
 * closes (or holds more than the cell limit) is read as a literal quote from where it
 * opened, and the row is marked `csv.unclosedQuote`, so the rest of the file still parses.
 * Row numbers count records from 1, as a spreadsheet shows them.
 *
 * @example
 * ```ts
 * import { CsvParser } from "@linli/adapters";
 * const p = new CsvParser({ delimiter: "," });
 * const rows = [...p.push('姓名,住址\n王伟,"3号楼\n2单元"\n'), ...p.end()];
 * // [{ row: 1, cells: ["姓名", "住址"] }, { row: 2, cells: ["王伟", "3号楼\n2单元"] }]
 * ```
 */
export class CsvParser {
  private buf = "";
  private rowNumber = 0;
  private readonly delim: number;
  private readonly delimiter: string;
  /** Index of the next quote in the buffer at or after the scan position; -2 when unknown. */
  private nextQuote = -2;
  private readonly cellChars: number;
  private readonly columns: number;

  constructor(options: CsvParserOptions) {
    if (options.delimiter.length !== 1) throw new RangeError("CSV delimiter must be one character");
    this.delim = options.delimiter.charCodeAt(0);
    this.delimiter = options.delimiter;
    this.cellChars = options.cellChars ?? 32_767;
    this.columns = options.columns ?? 16_384;
    this.rowNumber = (options.firstRow ?? 1) - 1;
  }

  /** Number of the next row. */
  get nextRow(): number {
    return this.rowNumber + 1;
  }

  /** Parse a chunk; returns the rows it completed. */
  push(text: string): TableRow[] {
    this.buf = this.buf.length === 0 ? text : this.buf + text;
    return this.drain(false);
  }

  /** Finish: returns the last row, if the text did not end with a line break. */
  end(): TableRow[] {
    const rows = this.drain(true);
    this.buf = "";
    return rows;
  }

  /**
   * Like {@link CsvParser.push} (or {@link CsvParser.end} when `final`), but instead of the
   * rows, the text they were read from and their count: a parser given that text (starting at
   * `firstRow`, then ended) reads the very same rows. Rows are told apart exactly as `push`
   * does, without splitting them into cells.
   */
  scan(text: string, final: boolean): ScannedRows {
    const firstRow = this.rowNumber + 1;
    if (text.length > 0) this.buf = this.buf.length === 0 ? text : this.buf + text;
    this.scanning = true;
    const consumed = this.drain(final, true);
    this.scanning = false;
    if (final) this.buf = "";
    return { text: consumed, rows: this.rowNumber + 1 - firstRow, firstRow };
  }

  private scanning = false;
  /** Reused by scans, whose rows are only counted. */
  private readonly discard: TableRow[] = [];

  private drain(final: boolean): TableRow[];
  private drain(final: boolean, scan: true): string;
  private drain(final: boolean, scan = false): TableRow[] | string {
    const out: TableRow[] = scan ? this.discard : [];
    const buf = this.buf;
    let pos = 0;
    this.nextQuote = -2;
    while (pos < buf.length) {
      const next = this.record(buf, pos, final, out);
      if (next === INCOMPLETE) break;
      pos = next;
      if (scan) out.length = 0;
    }
    this.buf = pos === 0 ? buf : buf.slice(pos);
    return scan ? buf.slice(0, pos) : out;
  }

  /** Parse one record at `start`; returns where the next begins, or INCOMPLETE. */
  private record(buf: string, start: number, final: boolean, out: TableRow[]): number {
    const fast = this.plainLine(buf, start, out);
    if (fast >= 0) return fast;
    const n = buf.length;
    const delim = this.delim;
    const cells: string[] = [];
    let problem: RowProblem | undefined;
    let i = start;
    for (;;) {
      let value: string;
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        const q = this.quoted(buf, i, final);
        if (q === undefined) return INCOMPLETE;
        if (q.end === INCOMPLETE) {
          // Unclosed: read the quote as a literal character.
          problem ??= { code: "csv.unclosedQuote", params: { row: this.rowNumber + 1 } };
          let k = i + 1;
          while (k < n) {
            const c = buf.charCodeAt(k);
            if (c === delim || c === LF || c === CR) break;
            k++;
          }
          if (k === n && !final) return INCOMPLETE;
          value = buf.slice(i, k);
          i = k;
        } else {
          value = q.value;
          i = q.end;
          let k = i;
          while (k < n) {
            const c = buf.charCodeAt(k);
            if (c === delim || c === LF || c === CR) break;
            k++;
          }
          if (k === n && !final) return INCOMPLETE;
          if (k > i) value += buf.slice(i, k);
          i = k;
        }
      } else {
        let k = i;
        while (k < n) {
          const c = buf.charCodeAt(k);
          if (c === delim || c === LF || c === CR) break;
          k++;
        }
        if (k === n && !final) return INCOMPLETE;
        value = buf.slice(i, k);
        i = k;
      }
      if (value.length > this.cellChars && !problem) {
        problem = {
          code: "limit.cell",
          params: {
            row: this.rowNumber + 1,
            column: cells.length + 1,
            size: value.length,
            limit: this.cellChars,
          },
        };
      }
      cells.push(value);
      if (i >= n) break;
      const c = buf.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= n && !final) return INCOMPLETE;
        i += buf.charCodeAt(i + 1) === LF ? 2 : 1;
      } else i++;
      break;
    }
    if (cells.length > this.columns && !problem) {
      problem = {
        code: "limit.columns",
        params: { row: this.rowNumber + 1, count: cells.length, limit: this.columns },
      };
    }
    this.rowNumber++;
    out.push(problem ? { row: this.rowNumber, cells, problem } : { row: this.rowNumber, cells });
    return i;
  }

  /**
   * The common case: a whole line ahead with no quote in it is split natively, which is
   * several times faster than scanning it character by character. -1 when not applicable.
   */
  private plainLine(buf: string, start: number, out: TableRow[]): number {
    const nl = buf.indexOf("\n", start);
    if (nl < 0) return -1;
    if (this.nextQuote !== -1 && this.nextQuote < start) this.nextQuote = buf.indexOf('"', start);
    if (this.nextQuote !== -1 && this.nextQuote < nl) return -1;
    const end = nl > start && buf.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
    const line = buf.slice(start, end);
    if (line.indexOf("\r") >= 0) return -1;
    if (this.scanning) {
      this.rowNumber++;
      return nl + 1;
    }
    const cells = line.split(this.delimiter);
    let problem: RowProblem | undefined;
    if (cells.length > this.columns) {
      problem = {
        code: "limit.columns",
        params: { row: this.rowNumber + 1, count: cells.length, limit: this.columns },
      };
    } else if (line.length > this.cellChars) {
      for (let c = 0; c < cells.length; c++) {
        if (cells[c]!.length > this.cellChars) {
          problem = {
            code: "limit.cell",
            params: {
              row: this.rowNumber + 1,
              column: c + 1,
              size: cells[c]!.length,
              limit: this.cellChars,
            },
          };
          break;
        }
      }
    }
    this.rowNumber++;
    out.push(problem ? { row: this.rowNumber, cells, problem } : { row: this.rowNumber, cells });
    return nl + 1;
  }

  /**
   * A quoted cell opening at `open`: its value and the index after the closing quote;
   * `undefined` when more text is needed; `end: INCOMPLETE` when it can never close.
   */
  private quoted(
    buf: string,
    open: number,
    final: boolean,
  ): { value: string; end: number } | undefined {
    const n = buf.length;
    let value = "";
    let seg = open + 1;
    let j = seg;
    for (;;) {
      const q = buf.indexOf('"', j);
      if (q === -1 || q - open > this.cellChars * 2 + 2) {
        if (!final && n - open <= this.cellChars * 2 + 2) return undefined;
        return { value: "", end: INCOMPLETE };
      }
      if (q + 1 >= n) {
        if (!final) return undefined;
        return { value: value + buf.slice(seg, q), end: q + 1 };
      }
      if (buf.charCodeAt(q + 1) === QUOTE) {
        value += buf.slice(seg, q + 1);
        j = q + 2;
        seg = j;
        continue;
      }
      return { value: value + buf.slice(seg, q), end: q + 1 };
    }
  }
}
