import type { RowProblem, TableRow } from "../types.js";
import type { RecordBuilder, RowResult } from "./build.js";
import { NONE } from "./values.js";

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
/** Row heads: 0x40 + footer kind (0, 1 totals, 2 note) + 4 if blank + 8 if to be built again. */
const HEAD = 0x40;
const BLANK = 4;
const REBUILD = 8;
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
    if (!blank && !t.problem && builder.accepts(t) && this.values(builder)) return;
    this.at = mark;
    this.texts.length = textMark;
    this.push(head + REBUILD);
    this.push(t.problem ? TRUE : FALSE);
    this.texts.push(String(t.cells.length));
    for (const c of t.cells) this.texts.push(c);
    if (t.problem) this.texts.push(JSON.stringify(t.problem));
  }

  /** The layout, the texts and how many; `json` when a text may contain {@link SEP}. */
  finish(json: boolean): { layout: Uint16Array; texts: string; count: number } {
    const texts = json ? JSON.stringify(this.texts) : this.texts.join(SEP);
    return { layout: this.codes.slice(0, this.at), texts, count: this.texts.length };
  }

  private values(builder: RecordBuilder): boolean {
    const v = builder.scratch;
    const texts = this.texts;
    for (let j = 0; j < v.values.length; j++) {
      const value = v.values[j];
      if (value === NONE) this.push(NONE_TAG);
      else if (typeof value === "string") {
        this.push(STRING);
        texts.push(value);
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
    const n = v.extraIndex.length;
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

/** A row read back: its result as data, its footer kind and whether it is blank. */
export interface ReadRow {
  readonly result: RowResult;
  readonly kind: FooterKind;
  readonly blank: boolean;
}

/**
 * Read the rows of a piece written by {@link PieceWriter} with a builder configured like the
 * writer's, numbering them from `firstRow`; `emit` gets each row in order. `false`, with
 * nothing emitted, when the texts are not the `count` written.
 */
export function readPiece(
  builder: RecordBuilder,
  piece: { layout: Uint16Array; texts: string },
  json: boolean,
  count: number,
  firstRow: number,
  emit: (result: RowResult, kind: FooterKind, blank: boolean) => void,
): boolean {
  const { layout } = piece;
  const texts: string[] = json
    ? JSON.parse(piece.texts)
    : count === 0
      ? []
      : piece.texts.split(SEP);
  // A separator inside a text would shift every text after it.
  if (texts.length !== count) return false;
  const v = builder.scratch;
  let at = 0;
  let t = 0;
  for (let row = firstRow; at < layout.length; row++) {
    const head = layout[at++]! - HEAD;
    const kind = KINDS[head & 3];
    const blank = (head & BLANK) !== 0;
    if ((head & REBUILD) !== 0) {
      const hasProblem = layout[at++]! === TRUE;
      const n = Number(texts[t++]);
      const cells = texts.slice(t, t + n);
      t += n;
      const problem: RowProblem | undefined = hasProblem ? JSON.parse(texts[t++]!) : undefined;
      emit(builder.build(problem ? { row, cells, problem } : { row, cells }), kind, blank);
      continue;
    }
    for (let j = 0; j < v.values.length; j++) {
      const tag = layout[at++]!;
      if (tag === NONE_TAG) v.values[j] = NONE;
      else if (tag === STRING) v.values[j] = texts[t++]!;
      else if (tag === NUMBER) v.values[j] = Number(texts[t++]);
      else if (tag === TRUE || tag === FALSE) v.values[j] = tag === TRUE;
      else {
        const n = layout[at++]!;
        v.values[j] = texts.slice(t, t + n);
        t += n;
      }
      if (builder.mapped[j]!.split === undefined) continue;
      v.split[j] = layout[at++]! === SPLIT;
      if (v.split[j]) {
        const parts = v.parts[j]!;
        for (let k = 0; k < parts.length; k++) {
          parts[k] = layout[at++]! === STRING ? texts[t++]! : NONE;
        }
      }
    }
    const n = layout[at++]!;
    v.extraIndex.length = 0;
    v.extraText.length = 0;
    for (let k = 0; k < n; k++) {
      v.extraIndex.push(layout[at++]!);
      v.extraText.push(texts[t++]!);
    }
    emit(builder.accepted(row, builder.assemble(v, row), []), kind, blank);
  }
  return true;
}
