import type { Table, TableInfo } from "../table/read-table.js";
import type { TableRow } from "../types.js";
import { columnLetter } from "../xlsx/write.js";

/**
 * A correction of one cell: the value to read instead of what the file holds, found by the
 * row number and column header a spreadsheet user sees (as in a {@link RowIssue}). A list
 * of them is what a hub sends back to a community to correct its own sheet.
 *
 * @example
 * ```ts
 * import type { CellFix } from "@linli/adapters";
 * const fix: CellFix = { row: 7, column: "身份证号", value: "610113198503021506", was: "6.10113E+17" };
 * ```
 */
export interface CellFix {
  /** 1-based row number as the spreadsheet shows it. */
  readonly row: number;
  /** The column's header text, exactly as in the file (as `RowIssue.column` gives it). */
  readonly column: string;
  /** The sheet of a workbook (as issues name it); a fix with a sheet applies to that sheet only. */
  readonly sheet?: string;
  /** The corrected cell text. */
  readonly value: string;
  /** The cell text it replaces, as read (for the list sent back to the community). */
  readonly was?: string;
}

/** The header text of each column as issues name it: header, else hashtag, else letter. */
function headerTexts(info: TableInfo): string[] {
  const n = Math.max(info.headers.length, info.hashtags?.length ?? 0);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const h = info.headers[i];
    out.push(h !== undefined && h !== "" ? h : (info.hashtags?.[i] ?? columnLetter(i)));
  }
  return out;
}

/**
 * The table with the fixes of its sheet applied to its rows (fixes naming another sheet, or
 * a column it does not have, change nothing). Rows without a fix pass through untouched.
 */
export function withFixes(table: Table, fixes: readonly CellFix[] | undefined): Table {
  if (!fixes || fixes.length === 0) return table;
  let byRow: Promise<Map<number, [number, string][]>> | undefined;
  const plan = () => {
    byRow ??= table.info().then((info) => {
      const index = new Map<string, number>();
      headerTexts(info).forEach((h, i) => {
        if (!index.has(h)) index.set(h, i);
      });
      const out = new Map<number, [number, string][]>();
      for (const f of fixes) {
        if (f.sheet !== undefined && f.sheet !== info.sheet) continue;
        const i = index.get(f.column);
        if (i === undefined) continue;
        let list = out.get(f.row);
        if (!list) {
          list = [];
          out.set(f.row, list);
        }
        list.push([i, f.value]);
      }
      return out;
    });
    return byRow;
  };
  const fix = (row: TableRow, at: Map<number, [number, string][]>): TableRow => {
    const list = at.get(row.row);
    if (!list) return row;
    const cells = row.cells.slice();
    for (const [i, v] of list) {
      while (cells.length <= i) cells.push("");
      cells[i] = v;
    }
    // A fixed row is read again as it now is: a problem of the raw row no longer applies, nor
    // does the length of a cell the fix replaced.
    const { problem: _, oversize, uncomputed, ...rest } = row;
    const fixed = (index: number) => list.some(([i]) => i === index);
    const over = oversize?.filter((o) => !fixed(o.index));
    const unc = uncomputed?.filter((u) => !fixed(u.index));
    return {
      ...rest,
      cells,
      ...(over && over.length > 0 ? { oversize: over } : {}),
      ...(unc && unc.length > 0 ? { uncomputed: unc } : {}),
    };
  };
  return {
    info: () => table.info(),
    async *batches() {
      const at = await plan();
      for await (const batch of table.batches()) yield batch.map((r) => fix(r, at));
    },
    async *[Symbol.asyncIterator]() {
      const at = await plan();
      for await (const r of table) yield fix(r, at);
    },
  };
}
