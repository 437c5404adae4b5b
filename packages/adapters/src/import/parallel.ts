// Import of large CSV files on several threads (Node). This thread decodes the text, tells
// rows apart (CsvParser.scan, no splitting) and cuts it into pieces of whole rows; threads read
// and build the pieces and send them back compactly; this thread puts the records together,
// recognises footers and yields the rows in order. The results are those of reading the table
// here row by row: same rows, records, issues and row numbers, and the same errors after the
// same rows (undecodable text, too many rows).
import { availableParallelism } from "node:os";
import { ImportError } from "../errors.js";
import { type BuilderOptions, RecordBuilder, type RowResult } from "../record/build.js";
import type { ReadRow } from "../record/compact.js";
import { FooterHold } from "../table/footer-hold.js";
import { footerKind } from "../table/header.js";
import { type Table, type TableTakeover, takeOver } from "../table/read-table.js";
import type { RowProcessor } from "./import-records.js";
import {
  type BuiltPiece,
  buildPiece,
  buildPieceHere,
  isBlankRow,
  type PieceJob,
  type PieceSetup,
  readBuiltPiece,
} from "./piece.js";
import { ThreadPool } from "./threads.js";

/** How an import is spread over threads. */
export interface ParallelOptions {
  /** Threads that read and build pieces (default: one per core, at most 4). */
  readonly threads?: number;
  /** Characters of text per piece, at least (default 16 Ki: one read's worth). */
  readonly pieceChars?: number;
  /** Pieces a thread holds at a time (default 2). */
  readonly perThread?: number;
  /**
   * Build pieces on this thread but send them through the compact form all the same (for
   * tests of that form without starting threads).
   */
  readonly inline?: boolean;
  /** Build pieces here too while the threads are busy (default true). */
  readonly steal?: boolean;
  /** Wait until the threads are up before reading pieces (tests). */
  readonly awaitThreads?: boolean;
  /** Told where each piece was built (tests, diagnostics). */
  readonly onPiece?: (where: "thread" | "here") => void;
}

/** What the import needs of its threads. */
interface Pool {
  /** Whether a thread may still take pieces (started or starting). */
  readonly alive: boolean;
  /** Whether a ready thread has room for a piece now. */
  readonly room: boolean;
  send(job: PieceJob): Promise<BuiltPiece | undefined> | undefined;
  /** Resolves once every thread is up or has failed. */
  started(): Promise<void>;
  close(): void;
}

/** Pieces built here and read back as if from a thread. */
class InlinePool implements Pool {
  readonly alive = true;
  readonly room = true;
  private readonly builder: RecordBuilder;
  constructor(private readonly setup: PieceSetup) {
    this.builder = new RecordBuilder(structuredClone(setup.builder));
  }
  send(job: PieceJob) {
    return Promise.resolve(buildPiece(this.builder, this.setup, job));
  }
  started() {
    return Promise.resolve();
  }
  close() {}
}

/** A {@link RowProcessor} that reads CSV tables on threads; other formats are left alone. */
export function parallelProcessor(options: ParallelOptions = {}): RowProcessor {
  return (table: Table, builder: RecordBuilder, setup: BuilderOptions) => {
    const taking = takeOver(table);
    return taking && run(taking, builder, setup, options);
  };
}

/** A piece on its way: sent to a thread, built here ahead of its turn, or neither yet. */
interface Slot {
  readonly job: PieceJob;
  /** Settles when the thread has answered. */
  sent?: Promise<void>;
  answered: boolean;
  piece?: BuiltPiece | undefined;
  here?: Parameters<ReadRow>[];
}

async function* run(
  taking: Promise<TableTakeover>,
  builder: RecordBuilder,
  builderOptions: BuilderOptions,
  o: ParallelOptions,
): AsyncGenerator<Iterable<RowResult>> {
  const t = await taking;
  const { file, maxRows } = t;
  const width = t.info.headers.length;
  const setup: PieceSetup = { builder: builderOptions, csv: t.csv, width };
  const blanks = new WeakSet<RowResult>();
  const hold = new FooterHold<RowResult>((r) => blanks.has(r));
  // Rows let out by the footer hold, not yet yielded (usually the one just read).
  let out: RowResult[] = [];
  let at = 0;
  const release = (r: RowResult, footer?: "totals" | "note") => {
    out.push(footer ? builder.build({ row: r.row, cells: [], footer }) : r);
  };
  const emit: ReadRow = (result, kind, blank) => {
    if (blank) blanks.add(result);
    hold.row(result, kind, release);
  };
  /** The rows let out while `read` reads rows one at a time (until it says there are none). */
  function* rows(read: () => boolean): Generator<RowResult> {
    for (;;) {
      while (at < out.length) yield out[at++]!;
      out = [];
      at = 0;
      if (!read()) return;
    }
  }
  const each =
    <T>(items: Iterator<T>, f: (item: T) => void) =>
    () => {
      const r = items.next();
      if (r.done) return false;
      f(r.value);
      return true;
    };

  let count = t.rows.length;
  if (count > maxRows) throw new ImportError("limit.rows", { file, limit: maxRows });
  yield rows(
    each(t.rows.values(), (row) =>
      emit(
        builder.build(row),
        row.problem ? undefined : footerKind(row.cells, width),
        isBlankRow(row.cells),
      ),
    ),
  );

  const { parser, texts } = t;
  if (parser && texts) {
    const threads = o.threads ?? Math.min(4, availableParallelism());
    const perThread = o.perThread ?? 2;
    const pieceChars = o.pieceChars ?? 1 << 14;
    const pool: Pool = o.inline ? new InlinePool(setup) : new ThreadPool(setup, threads, perThread);
    let done = false;
    /** An error to throw once the rows before it are out, as reading here row by row would. */
    let stop: unknown;
    let id = 0;
    // Whole rows of text, as many as a piece holds; every scan is one batch of rows, so that
    // the row limit and decoding errors stop the import after the same rows.
    const nextJob = async (): Promise<PieceJob | undefined> => {
      let text = "";
      let firstRow = -1;
      while (!done && text.length < pieceChars) {
        let scanned: ReturnType<typeof parser.scan>;
        try {
          const r = await texts.next();
          if (r.done) done = true;
          scanned = r.done ? parser.scan("", true) : parser.scan(r.value, false);
        } catch (e) {
          stop = e;
          done = true;
          break;
        }
        if (count + scanned.rows > maxRows) {
          stop = new ImportError("limit.rows", { file, limit: maxRows });
          done = true;
          break;
        }
        count += scanned.rows;
        if (scanned.rows === 0) continue;
        if (firstRow < 0) firstRow = scanned.firstRow;
        text += scanned.text;
      }
      return firstRow < 0 ? undefined : { id: id++, text, firstRow };
    };

    const queue: Slot[] = [];
    const steal = o.steal ?? true;
    const maxQueue = threads * perThread + (steal ? 2 : 1);
    const send = (slot: Slot) => {
      const answer = pool.send(slot.job);
      if (answer) {
        slot.sent = answer.then((piece) => {
          slot.piece = piece;
          slot.answered = true;
        });
      }
    };
    try {
      if (o.awaitThreads) await pool.started();
      for (;;) {
        for (const slot of queue) if (!slot.sent && !slot.here && pool.room) send(slot);
        while (!done && queue.length < maxQueue) {
          const job = await nextJob();
          if (!job) break;
          const slot: Slot = { job, answered: false };
          queue.push(slot);
          if (pool.room) send(slot);
        }
        const head = queue[0];
        if (!head) break;
        if (head.sent && !head.answered) {
          // While a thread builds the next piece, build a later one here rather than wait.
          const spare = steal ? queue.find((s) => !s.sent && !s.here) : undefined;
          if (spare) {
            spare.here = [...buildPieceHere(builder, setup, spare.job)];
            continue;
          }
          await head.sent;
        }
        queue.shift();
        if (head.here) {
          o.onPiece?.("here");
          yield rows(each(head.here.values(), (r) => emit(...r)));
        } else if (head.piece) {
          o.onPiece?.("thread");
          const reader = readBuiltPiece(builder, head.piece, head.job.firstRow);
          yield rows(() => reader.next(emit));
          if (!reader.whole)
            throw new Error("importRecords: a piece from a thread did not read whole");
        } else {
          o.onPiece?.("here");
          yield rows(each(buildPieceHere(builder, setup, head.job), (r) => emit(...r)));
        }
      }
    } finally {
      pool.close();
    }
    if (stop !== undefined) throw stop;
  }
  hold.end(release);
  yield rows(() => false);
}
