import type { CsvParserOptions } from "../csv/parse.js";
import { readCsvPiece } from "../csv/parse-piece.js";
import { isBlankRow } from "../record/blank.js";
import type { BuilderOptions, RecordBuilder } from "../record/build.js";
import { type FooterKind, PieceReader, PieceWriter, type ReadRow, SEP } from "../record/compact.js";
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
}

/** Blank in every cell, as tables tell blank rows (see `isBlankCell`). */
export { isBlankRow };

const kindOf = (t: TableRow, width: number): FooterKind =>
  t.problem ? undefined : footerKind(t.cells, width);

/** Read and build a piece, for sending back: see {@link PieceReader}. */
export function buildPiece(builder: RecordBuilder, setup: PieceSetup, job: PieceJob): BuiltPiece {
  const w = new PieceWriter();
  for (const t of readCsvPiece(job.text, job.firstRow, setup.csv)) {
    w.row(builder, t, kindOf(t, setup.width), isBlankRow(t.cells));
  }
  return { id: job.id, ...w.finish(job.text.includes(SEP)) };
}

/** The rows of a piece built elsewhere, read one at a time. */
export function readBuiltPiece(
  builder: RecordBuilder,
  piece: BuiltPiece,
  firstRow: number,
): PieceReader {
  return new PieceReader(builder, piece.layout, piece.texts, piece.json, firstRow);
}

/** Read and build a piece on this thread: the same rows the table would have given. */
export function* buildPieceHere(
  builder: RecordBuilder,
  setup: PieceSetup,
  job: PieceJob,
): Generator<Parameters<ReadRow>> {
  for (const t of readCsvPiece(job.text, job.firstRow, setup.csv)) {
    yield [builder.build(t), kindOf(t, setup.width), isBlankRow(t.cells)];
  }
}
