import type { CsvParserOptions } from "../csv/parse.js";
import { readCsvPiece } from "../csv/parse-piece.js";
import type { BuilderOptions, RecordBuilder, RowResult } from "../record/build.js";
import { type FooterKind, PieceWriter, readPiece, SEP } from "../record/compact.js";
import { footerKind } from "../table/header.js";
import type { TableRow } from "../types.js";

// A piece of a CSV table: the text of whole rows that CsvParser.scan cut off, read and built on
// another thread, or here when no thread can.

/** What every piece of one table shares. */
export interface PieceSetup {
  readonly builder: BuilderOptions;
  readonly csv: CsvParserOptions;
  /** Number of header columns, for telling footers. */
  readonly width: number;
}

/** A piece to read: whole rows of text, the first numbered `firstRow`. */
export interface PieceJob {
  readonly id: number;
  readonly text: string;
  readonly firstRow: number;
}

/** A piece read and built elsewhere, written compactly. */
export interface BuiltPiece {
  readonly id: number;
  /** What each row holds, one code per tag (see record/compact.ts); transferable. */
  readonly layout: Uint16Array;
  readonly texts: string;
  /** Texts as a JSON array (the piece held the separator) instead of joined. */
  readonly json: boolean;
  /** How many texts there are, to check the separator split them right. */
  readonly count: number;
}

/** Empty or only whitespace in every cell, as tables tell blank rows. */
export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

const kindOf = (t: TableRow, width: number): FooterKind =>
  t.problem ? undefined : footerKind(t.cells, width);

/** Read and build a piece, for sending back: see {@link readBuiltPiece}. */
export function buildPiece(builder: RecordBuilder, setup: PieceSetup, job: PieceJob): BuiltPiece {
  const w = new PieceWriter();
  for (const t of readCsvPiece(job.text, job.firstRow, setup.csv)) {
    w.row(builder, t, kindOf(t, setup.width), isBlankRow(t.cells));
  }
  const json = job.text.includes(SEP);
  const { layout, texts, count } = w.finish(json);
  return { id: job.id, layout, texts, json, count };
}

/** One row of a piece as it is read: the result of building it, its footer kind and blankness. */
export type PieceRow = (result: RowResult, kind: FooterKind, blank: boolean) => void;

/**
 * The rows of a piece built elsewhere, through `emit`; `false` (and nothing emitted) when the
 * texts do not split as written, so the piece has to be read here.
 */
export function readBuiltPiece(
  builder: RecordBuilder,
  piece: BuiltPiece,
  firstRow: number,
  emit: PieceRow,
): boolean {
  return readPiece(builder, piece, piece.json, piece.count, firstRow, emit);
}

/** Read and build a piece on this thread: the same rows the table would have given. */
export function buildPieceHere(
  builder: RecordBuilder,
  setup: PieceSetup,
  job: PieceJob,
  emit: PieceRow,
): void {
  for (const t of readCsvPiece(job.text, job.firstRow, setup.csv)) {
    emit(builder.build(t), kindOf(t, setup.width), isBlankRow(t.cells));
  }
}
