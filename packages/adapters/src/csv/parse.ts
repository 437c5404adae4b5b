import { checkArgument, expectArgument } from "@linli/core";
import type { OversizeCell, RowProblem, TableRow } from "../types.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;

// Where the parser is, carried from one chunk to the next so that no text is read twice.
/** At the start of a cell. */
const CELL = 0;
/** In an unquoted cell (or one whose quote is read as a literal character). */
const PLAIN = 1;
/** In a quoted cell. */
const QUOTED = 2;
/** Just after a quote inside a quoted cell: a closing quote, or the first of `""`. */
const QUOTE_SEEN = 3;
/** After a closing quote, until the delimiter (`"a"b` reads `ab`). */
const AFTER = 4;
/** A row ended with CR at the end of a chunk: an LF may follow and belongs to it. */
const CR_WAIT = 5;

/** Options of {@link CsvParser}. */
export interface CsvParserOptions {
  /** One character: `,`, `\t`, `;` or `|`. */
  readonly delimiter: string;
  /** Longest cell, in characters; a longer one is kept up to it and listed in `oversize`. */
  readonly cellChars?: number;
  /** Most cells in a row; more marks the row with `limit.columns`. */
  readonly columns?: number;
  /**
   * Furthest a closing quote may be from its opening quote, in characters (default 2^26);
   * a quote not closed by then, or by the end of the text, is `csv.unclosedQuote`.
   */
  readonly recordChars?: number;
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
 * closing quote is kept (`"a"b` reads `ab`), as spreadsheet programs do. A cell longer than
 * the limit keeps only the limit and is listed in the row's `oversize` with its true size
 * (every such cell, so that each can be withheld), a row of too many cells is marked
 * `limit.columns`. A quote that never closes is read as a literal
 * quote from where it opened, and the row is marked `csv.unclosedQuote`, so the rest of the
 * file still parses. Every character is read once, however the text is cut into chunks.
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
  private rowNumber = 0;
  private readonly delim: number;
  private readonly delimiter: string;
  private readonly cellChars: number;
  private readonly columns: number;
  private readonly recordChars: number;

  private state = CELL;
  /** Cells of the row being read (at most `columns + 1` kept; `count` counts them all). */
  private cells: string[] = [];
  private count = 0;
  private problem: RowProblem | undefined;
  /** Cells of the row being read over `cellChars`. */
  private oversize: OversizeCell[] | undefined;
  /** The current cell: its text (at most `cellChars` kept) and its true size. */
  private value = "";
  private size = 0;
  /** Text of the row being read that came in earlier chunks. */
  private pending: string[] = [];
  private pendingChars = 0;
  /** Offset from the row's start of the quote opening the current quoted cell. */
  private quoteAt = -1;
  /** Offsets from the row's start of quotes to read as literal characters (they never closed). */
  private literals: number[] = [];

  /** Rows of the current call; scans only count them. */
  private out: TableRow[] = [];
  private scanning = false;
  private scanned = 0;
  /** Text of the rows a scan completed. */
  private done: string[] = [];

  constructor(options: CsvParserOptions) {
    expectArgument("CsvParser", "options", "record", options);
    checkArgument(
      typeof options.delimiter === "string" && options.delimiter.length === 1,
      "CsvParser",
      "options.delimiter",
      "delimiter",
      options.delimiter,
    );
    if (options.delimiter.length !== 1) throw new RangeError("CSV delimiter must be one character");
    this.delim = options.delimiter.charCodeAt(0);
    this.delimiter = options.delimiter;
    this.cellChars = options.cellChars ?? 32_767;
    this.columns = options.columns ?? 16_384;
    this.recordChars = options.recordChars ?? 2 ** 26;
    this.rowNumber = (options.firstRow ?? 1) - 1;
  }

  /** Number of the next row. */
  get nextRow(): number {
    return this.rowNumber + 1;
  }

  /** Parse a chunk; returns the rows it completed. */
  push(text: string): TableRow[] {
    this.out = [];
    this.feed(text, false);
    return this.out;
  }

  /** Finish: returns the last row, if the text did not end with a line break. */
  end(): TableRow[] {
    this.out = [];
    this.feed("", true);
    return this.out;
  }

  /**
   * Like {@link CsvParser.push} (or {@link CsvParser.end} when `final`), but instead of the
   * rows, the text they were read from and their count: a parser given that text (starting at
   * `firstRow`, then ended) reads the very same rows. Rows are told apart exactly as `push`
   * does, without splitting them into cells.
   */
  scan(text: string, final: boolean): ScannedRows {
    const firstRow = this.rowNumber + 1;
    this.scanning = true;
    this.scanned = 0;
    this.done = [];
    this.feed(text, final);
    this.scanning = false;
    const rows = this.scanned;
    const consumed = this.done.length === 1 ? this.done[0]! : this.done.join("");
    this.done = [];
    return { text: consumed, rows, firstRow };
  }

  /** Read a chunk from where the last one stopped. */
  private feed(chunk: string, final: boolean): void {
    let t = chunk;
    let n = t.length;
    /** Where the text of the row being read starts in `t` (0 when it began earlier). */
    let from = 0;
    let i = 0;
    /** Index in `t` of the next quote at or after `i`; -2 when not looked up yet. */
    let nextQuote = -2;
    const at = (k: number) => this.pendingChars + k - from;
    const completed = (end: number) => {
      this.emit();
      if (this.scanning) {
        for (const p of this.pending) this.done.push(p);
        this.done.push(t.slice(from, end));
      }
      this.pending = [];
      this.pendingChars = 0;
      from = end;
    };

    if (this.state === CR_WAIT && (n > 0 || final)) {
      i = n > 0 && t.charCodeAt(0) === LF ? 1 : 0;
      this.state = CELL;
      completed(i);
    }
    for (;;) {
      if (i >= n) {
        if (!final) break;
        if (this.state === QUOTED) {
          // The end came before the closing quote: read it again with that quote literal.
          ({ t, n, i } = this.replay(t, from));
          from = 0;
          nextQuote = -2;
          continue;
        }
        if (this.state !== CELL || this.count > 0) {
          this.endCell();
          completed(n);
        }
        this.state = CELL;
        break;
      }
      switch (this.state) {
        case CELL: {
          if (i === from && this.pendingChars === 0 && this.literals.length === 0) {
            // The common case: a whole line with no quote, split natively.
            const nl = t.indexOf("\n", i);
            if (nl >= 0) {
              if (nextQuote !== -1 && nextQuote < i) nextQuote = t.indexOf('"', i);
              if (nextQuote === -1 || nextQuote > nl) {
                const end = nl > i && t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
                const line = t.slice(i, end);
                if (line.indexOf("\r") < 0) {
                  this.plainLine(line);
                  i = nl + 1;
                  completed(i);
                  continue;
                }
              }
            }
          }
          const c = t.charCodeAt(i);
          if (c === QUOTE && !this.literals.includes(at(i))) {
            this.state = QUOTED;
            this.quoteAt = at(i);
            i++;
          } else {
            if (c === QUOTE) {
              this.problem ??= { code: "csv.unclosedQuote", params: { row: this.rowNumber + 1 } };
            }
            this.state = PLAIN;
          }
          break;
        }
        case PLAIN:
        case AFTER: {
          const delim = this.delim;
          let k = i;
          while (k < n) {
            const c = t.charCodeAt(k);
            if (c === delim || c === LF || c === CR) break;
            k++;
          }
          if (k > i) this.add(t, i, k);
          i = k;
          if (k === n) break;
          this.endCell();
          const c = t.charCodeAt(k);
          if (c === delim) {
            this.state = CELL;
            i = k + 1;
          } else if (c === LF) {
            this.state = CELL;
            i = k + 1;
            completed(i);
          } else if (k + 1 < n) {
            this.state = CELL;
            i = t.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
            completed(i);
          } else {
            // CR at the end of the chunk: the row ends when the next chunk shows what follows.
            i = n;
            this.state = final ? CELL : CR_WAIT;
            if (final) completed(n);
          }
          break;
        }
        case QUOTED: {
          const q = t.indexOf('"', i);
          const limit = this.quoteAt + this.recordChars;
          if ((q < 0 ? at(n) : at(q)) > limit) {
            // Not closed within recordChars: read it again with that quote literal.
            ({ t, n, i } = this.replay(t, from));
            from = 0;
            nextQuote = -2;
            break;
          }
          if (q < 0) {
            this.add(t, i, n);
            i = n;
          } else {
            if (q > i) this.add(t, i, q);
            i = q + 1;
            this.state = QUOTE_SEEN;
          }
          break;
        }
        case QUOTE_SEEN: {
          if (t.charCodeAt(i) === QUOTE) {
            this.add(t, i, i + 1);
            i++;
            this.state = QUOTED;
          } else this.state = AFTER;
          break;
        }
      }
      if (this.state === CR_WAIT) break;
    }
    if (this.state === CR_WAIT && final) {
      this.state = CELL;
      completed(n);
    }
    // What is left of the chunk belongs to the row being read.
    if (from < n && !final) {
      this.pending.push(from === 0 ? t : t.slice(from));
      this.pendingChars += n - from;
    }
  }

  /**
   * The quote at `quoteAt` never closed: read the row again from its start with that quote as
   * a literal character. Returns the text to read on.
   */
  private replay(t: string, from: number): { t: string; n: number; i: number } {
    const rest = from === 0 ? t : t.slice(from);
    const again = this.pending.length === 0 ? rest : this.pending.join("") + rest;
    this.pending = [];
    this.pendingChars = 0;
    this.literals.push(this.quoteAt);
    this.cells = [];
    this.count = 0;
    this.problem = undefined;
    this.oversize = undefined;
    this.value = "";
    this.size = 0;
    this.state = CELL;
    return { t: again, n: again.length, i: 0 };
  }

  /** Add `t[a, b)` to the current cell, keeping at most the limit. */
  private add(t: string, a: number, b: number): void {
    const room = this.cellChars - this.value.length;
    if (!this.scanning && room > 0) {
      this.value += b - a <= room ? t.slice(a, b) : t.slice(a, a + room);
    }
    this.size += b - a;
  }

  private endCell(): void {
    this.count++;
    // Cells past the ones kept (columns + 1) make the row limit.columns, as on the fast path.
    if (this.size > this.cellChars && !this.scanning && this.count <= this.columns + 1) {
      this.oversize ??= [];
      this.oversize.push({ index: this.count - 1, size: this.size, limit: this.cellChars });
    }
    if (this.count <= this.columns + 1 && !this.scanning) this.cells.push(this.value);
    this.value = "";
    this.size = 0;
  }

  /** A row is complete. */
  private emit(): void {
    if (this.count > this.columns && !this.problem) {
      this.problem = {
        code: "limit.columns",
        params: { row: this.rowNumber + 1, count: this.count, limit: this.columns },
      };
    }
    this.rowNumber++;
    if (this.scanning) this.scanned++;
    else {
      const { cells, problem, oversize } = this;
      const row = this.rowNumber;
      this.out.push(
        problem || oversize
          ? { row, cells, ...(problem ? { problem } : {}), ...(oversize ? { oversize } : {}) }
          : { row, cells },
      );
    }
    this.cells = [];
    this.count = 0;
    this.problem = undefined;
    this.oversize = undefined;
    if (this.literals.length > 0) this.literals = [];
    this.quoteAt = -1;
  }

  /** A whole line without quotes, split natively (several times faster than by character). */
  private plainLine(line: string): void {
    if (this.scanning) {
      this.count = 1;
      return;
    }
    const cells = line.split(this.delimiter);
    this.count = cells.length;
    if (cells.length > this.columns) cells.length = this.columns + 1;
    if (line.length > this.cellChars) {
      for (let c = 0; c < cells.length; c++) {
        const size = cells[c]!.length;
        if (size <= this.cellChars) continue;
        this.oversize ??= [];
        this.oversize.push({ index: c, size, limit: this.cellChars });
        cells[c] = cells[c]!.slice(0, this.cellChars);
      }
    }
    this.cells = cells;
  }
}
