import type { OversizeCell, RowProblem, TableRow } from "../types.js";
import type { RecordBuilder, RowResult } from "./build.js";
import { choicesOf, NONE } from "./values.js";

// Rows built on another thread travel back compactly: an accepted record without warnings as
// the converted values it was assembled from (the reader assembles it again with the same
// setters, so it is the same record), any other row as its cells, to be built again where it
// is read. A layout string says what each row holds; the texts travel as one string.

/** Separates the texts of a piece; a piece whose text contains it travels as JSON instead. */
export const SEP = "\u0000";

const NONE_TAG = 0x2d; // -
const STRING = 0x73; // s
const NUMBER = 0x6e; // n
const TRUE = 0x74; // t
const FALSE = 0x66; // f
const ARRAY = 0x61; // a, then the length
const SPLIT = 0x7c; // |, then the parts
const CHOICE = 0x63; // c, then the index of one of the column's choices
const CHOICES = 0x43; // C, then the length and the indexes
/** Row heads: 0x40 + footer kind (0, 1 totals, 2 note) + 4 if blank + 8 if to be built again. */
const HEAD = 0x40;
const BLANK = 4;
const REBUILD = 8;
/** A row built again: whether it has a problem and cells over the limit, as bits. */
const HAS_PROBLEM = 1;
const HAS_OVERSIZE = 2;
/** Lengths and column indexes travel as one code unit, below the surrogates. */
const SMALL = 0xd000;

/** The footer kind of a row as its cells suggest, or none. */
export type FooterKind = "totals" | "note" | undefined;
const KINDS: FooterKind[] = [undefined, "totals", "note"];

/** Collects the rows of one piece. */
export class PieceWriter {
  private codes = new Uint16Array(1 << 14);
  private at = 0;
  private texts: string[] = [];

  private push(code: number): void {
    if (this.at === this.codes.length) {
      const grown = new Uint16Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.at++] = code;
  }

  /** One row: compact when it is an accepted record without warnings, else its cells. */
  row(builder: RecordBuilder, t: TableRow, kind: FooterKind, blank: boolean): void {
    const head = HEAD + (kind === "totals" ? 1 : kind === "note" ? 2 : 0) + (blank ? BLANK : 0);
    const mark = this.at;
    const textMark = this.texts.length;
    this.push(head);
    const plain = !t.problem && !t.oversize;
    if (!blank && plain && builder.accepts(t) && this.values(builder, t.cells)) return;
    this.at = mark;
    this.texts.length = textMark;
    this.push(head + REBUILD);
    this.push((t.problem ? HAS_PROBLEM : 0) | (t.oversize ? HAS_OVERSIZE : 0));
    this.texts.push(String(t.cells.length));
    for (const c of t.cells) this.texts.push(c);
    if (t.problem) this.texts.push(JSON.stringify(t.problem));
    if (t.oversize) this.texts.push(JSON.stringify(t.oversize));
  }

  /**
   * The layout and the texts: joined with {@link SEP}, or as JSON when `json` (the piece's text
   * holds the separator) or a converted value came to hold it.
   */
  finish(json: boolean): { layout: Uint16Array; texts: string; json: boolean } {
    const asJson = json || this.sepInValues;
    return {
      layout: this.codes.slice(0, this.at),
      texts: asJson ? JSON.stringify(this.texts) : this.texts.join(SEP),
      json: asJson,
    };
  }

  /** A converted value (not a cell as it was) holds the separator. */
  private sepInValues = false;

  /** Index of each choice, by mapped column (choices travel as their index). */
  private choices: (Map<string, number> | undefined)[] | undefined;

  private values(builder: RecordBuilder, cells: readonly string[]): boolean {
    const v = builder.scratch;
    const texts = this.texts;
    this.choices ??= builder.mapped.map((m) => {
      const values = choicesOf(m.column);
      return values && values.length < SMALL ? new Map(values.map((c, i) => [c, i])) : undefined;
    });
    for (let j = 0; j < v.values.length; j++) {
      const value = v.values[j];
      const choices = this.choices[j];
      if (value === NONE) this.push(NONE_TAG);
      else if (typeof value === "string") {
        const c = choices?.get(value);
        if (c !== undefined) {
          this.push(CHOICE);
          this.push(c);
        } else {
          this.push(STRING);
          texts.push(value);
          // Cells hold the separator only if the piece does; a value made from a cell may not.
          if (value !== cells[builder.mapped[j]!.index] && value.includes(SEP)) {
            this.sepInValues = true;
          }
        }
      } else if (choices && Array.isArray(value) && value.every((x) => choices.has(x))) {
        if (value.length >= SMALL) return false;
        this.push(CHOICES);
        this.push(value.length);
        for (const x of value) this.push(choices.get(x)!);
      } else if (typeof value === "number") {
        if (!Number.isFinite(value) || Object.is(value, -0)) return false;
        this.push(NUMBER);
        texts.push(String(value));
      } else if (typeof value === "boolean") this.push(value ? TRUE : FALSE);
      else if (Array.isArray(value) && value.length < SMALL) {
        this.push(ARRAY);
        this.push(value.length);
        for (const x of value) {
          if (typeof x !== "string") return false;
          texts.push(x);
          if (x.includes(SEP)) this.sepInValues = true;
        }
      } else return false;
      if (builder.mapped[j]!.split === undefined) continue;
      this.push(v.split[j] ? SPLIT : NONE_TAG);
      if (v.split[j]) {
        for (const part of v.parts[j]!) {
          if (part === NONE) this.push(NONE_TAG);
          else {
            this.push(STRING);
            texts.push(part);
          }
        }
      }
    }
    const n = v.extraCount;
    if (n >= SMALL) return false;
    this.push(n);
    for (let k = 0; k < n; k++) {
      if (v.extraIndex[k]! >= SMALL) return false;
      this.push(v.extraIndex[k]!);
      texts.push(v.extraText[k]!);
    }
    return true;
  }
}

/** One row read back: its result, its footer kind and whether it is blank. */
export type ReadRow = (result: RowResult, kind: FooterKind, blank: boolean) => void;

/**
 * Reads the rows of a piece written by {@link PieceWriter}, one at a time, with a builder
 * configured like the writer's; rows are numbered from `firstRow`. Each record is put together
 * only when its row is read, so that it can be let go before the next is made.
 */
export class PieceReader {
  private at = 0;
  private row: number;
  private readonly texts: Texts;
  private readonly choices: (readonly string[] | undefined)[];

  constructor(
    private readonly builder: RecordBuilder,
    private readonly layout: Uint16Array,
    texts: string,
    json: boolean,
    firstRow: number,
  ) {
    this.row = firstRow;
    this.texts = json ? new JsonTexts(texts) : new JoinedTexts(texts);
    this.choices = builder.mapped.map((m) => choicesOf(m.column));
  }

  /** Read the next row into `emit`; false when there is none. */
  next(emit: ReadRow): boolean {
    const { layout, builder, texts } = this;
    if (this.at >= layout.length) return false;
    const row = this.row++;
    const head = layout[this.at++]! - HEAD;
    const kind = KINDS[head & 3];
    const blank = (head & BLANK) !== 0;
    if ((head & REBUILD) !== 0) {
      const has = layout[this.at++]!;
      const n = Number(texts.next());
      const cells: string[] = [];
      for (let k = 0; k < n; k++) cells.push(texts.next());
      const problem: RowProblem | undefined =
        has & HAS_PROBLEM ? JSON.parse(texts.next()) : undefined;
      const oversize: OversizeCell[] | undefined =
        has & HAS_OVERSIZE ? JSON.parse(texts.next()) : undefined;
      const t: TableRow = {
        row,
        cells,
        ...(problem ? { problem } : {}),
        ...(oversize ? { oversize } : {}),
      };
      emit(builder.build(t), kind, blank);
      return true;
    }
    const v = builder.scratch;
    for (let j = 0; j < v.values.length; j++) {
      const tag = layout[this.at++]!;
      if (tag === NONE_TAG) v.values[j] = NONE;
      else if (tag === STRING) v.values[j] = texts.next();
      else if (tag === CHOICE) v.values[j] = this.choices[j]![layout[this.at++]!];
      else if (tag === NUMBER) v.values[j] = Number(texts.next());
      else if (tag === TRUE || tag === FALSE) v.values[j] = tag === TRUE;
      else {
        const n = layout[this.at++]!;
        const list: string[] = [];
        if (tag === CHOICES) {
          for (let k = 0; k < n; k++) list.push(this.choices[j]![layout[this.at++]!]!);
        } else for (let k = 0; k < n; k++) list.push(texts.next());
        v.values[j] = list;
      }
      if (builder.mapped[j]!.split === undefined) continue;
      v.split[j] = layout[this.at++]! === SPLIT;
      if (v.split[j]) {
        const parts = v.parts[j]!;
        for (let k = 0; k < parts.length; k++) {
          parts[k] = layout[this.at++]! === STRING ? texts.next() : NONE;
        }
      }
    }
    const n = layout[this.at++]!;
    for (let k = 0; k < n; k++) {
      v.extraIndex[k] = layout[this.at++]!;
      v.extraText[k] = texts.next();
    }
    v.extraCount = n;
    emit(builder.accepted(row, builder.assemble(v, row), []), kind, blank);
    return true;
  }

  /** Whether every text was read: a piece that does not end so was not written as read. */
  get whole(): boolean {
    return this.at === this.layout.length && this.texts.done;
  }
}

/** The texts of a piece, one at a time. */
interface Texts {
  next(): string;
  readonly done: boolean;
}

/** Texts joined with {@link SEP}, cut as they are read. */
class JoinedTexts implements Texts {
  private at = 0;
  constructor(private readonly all: string) {
    if (all.length === 0) this.at = -1;
  }
  next(): string {
    if (this.at < 0) throw new RangeError("compact piece: fewer texts than its layout reads");
    const end = this.all.indexOf(SEP, this.at);
    const text = this.all.slice(this.at, end < 0 ? this.all.length : end);
    this.at = end < 0 ? -1 : end + 1;
    return text;
  }
  get done(): boolean {
    return this.at < 0;
  }
}

/** Texts as a JSON array. */
class JsonTexts implements Texts {
  private readonly all: string[];
  private at = 0;
  constructor(json: string) {
    this.all = JSON.parse(json);
  }
  next(): string {
    if (this.at >= this.all.length) {
      throw new RangeError("compact piece: fewer texts than its layout reads");
    }
    return this.all[this.at++]!;
  }
  get done(): boolean {
    return this.at === this.all.length;
  }
}
