import { type CellFix, writeCsv } from "@linli/adapters";
import type { Locale } from "@linli/core";
import { message } from "../text.js";

/** A fix made in the page, with the file it belongs to and the problem it solved. */
export interface FileFix extends CellFix {
  readonly file: string;
  readonly code?: string;
}

/** Put a fix in the list, replacing an earlier fix of the same cell. */
export function withFix(list: readonly CellFix[], fix: CellFix): CellFix[] {
  const same = (f: CellFix) =>
    f.row === fix.row && f.column === fix.column && (f.sheet ?? "") === (fix.sheet ?? "");
  const earlier = list.find(same);
  // The original text stays the one the file holds, however often the cell is fixed.
  const was = earlier?.was ?? fix.was;
  return [...list.filter((f) => !same(f)), { ...fix, ...(was !== undefined ? { was } : {}) }].sort(
    (a, b) => (a.sheet ?? "").localeCompare(b.sheet ?? "") || a.row - b.row,
  );
}

/**
 * The fix list a community applies to its own sheet: file, sheet, row, column, the text it
 * had and the text it should have, as a CSV for Excel (UTF-8 with a byte-order mark).
 */
export function fixListCsv(fixes: readonly FileFix[], lang: Locale): Uint8Array {
  const h = (code: Parameters<typeof message>[0]) => message(code)[lang];
  const rows = [
    [
      h("fixes.file"),
      h("fixes.sheet"),
      h("fixes.row"),
      h("fixes.column"),
      h("fixes.was"),
      h("fixes.value"),
    ],
    ...fixes.map((f) => [f.file, f.sheet ?? "", f.row, f.column, f.was ?? "", f.value]),
  ];
  return writeCsv(rows);
}
