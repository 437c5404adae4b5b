import { columnLetter } from "../xlsx/write.js";
import type { ColumnMapping } from "./types.js";

// A stray cell far to the right (at XFD) makes a sheet 16,384 columns wide: the columns with
// neither a header nor a value are counted where a mapping is shown, not listed one by one.

/** Whether a header is a column's letter (A, AB, XFD): what a column without a header is named. */
function isLetters(h: string): boolean {
  if (h.length === 0 || h.length > 3) return false;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * The columns without a header (named by their letter) that hold a value in some row, by
 * sheet, seen in the rows an import gives: the others are empty.
 *
 * @example
 * ```ts
 * import { FilledColumns, importRecords } from "@linli/adapters";
 * const run = importRecords(new TextEncoder().encode("姓名,,\n王伟,,x\n"), { entity: "resident" });
 * const filled = new FilledColumns();
 * for await (const r of run) {
 *   if (r.kind === "record") filled.record(r.sheet, r.record);
 *   else if (r.kind === "rejected") filled.raw(r.sheet, r.raw);
 * }
 * filled.emptyIndexes(undefined, (await run.summary()).mapping.columns); // Set {1}: B is empty, C holds x
 * ```
 */
export class FilledColumns {
  private readonly seen = new Set<string>();

  private add(sheet: string | undefined, header: string): void {
    if (isLetters(header)) this.seen.add(`${sheet ?? ""}\u0000${header}`);
  }

  /** An accepted record: its extra cells and withheld cells hold values. */
  record(sheet: string | undefined, record: unknown): void {
    const r = record as {
      extra?: readonly { header: string }[];
      meta?: { withheld?: readonly { column: string }[] };
    };
    if (r.extra) for (const e of r.extra) this.add(sheet, e.header);
    if (r.meta?.withheld) for (const w of r.meta.withheld) this.add(sheet, w.column);
  }

  /** A rejected row's cells. */
  raw(sheet: string | undefined, raw: Readonly<Record<string, string>>): void {
    for (const [h, v] of Object.entries(raw)) if (v.trim() !== "") this.add(sheet, h);
  }

  /** Whether a column of the mapping has no header, no field and no value in any row. */
  empty(sheet: string | undefined, c: ColumnMapping): boolean {
    return (
      !c.field &&
      !c.split?.length &&
      c.header === columnLetter(c.index) &&
      !this.seen.has(`${sheet ?? ""}\u0000${c.header}`)
    );
  }

  /** Indexes of the empty columns of a mapping. */
  emptyIndexes(sheet: string | undefined, columns: readonly ColumnMapping[]): Set<number> {
    const out = new Set<number>();
    for (const c of columns) if (this.empty(sheet, c)) out.add(c.index);
    return out;
  }
}
