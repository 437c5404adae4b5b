import type { MappingNote, MappingReport } from "../mapping/types.js";
import { adapterMessage, listFirst } from "../messages.js";
import type { TableInfo } from "../table/read-table.js";
import type { HiddenLayout } from "../xlsx/sheet.js";
import { columnLetter } from "../xlsx/write-xml.js";

/**
 * Notes on what a sheet hides but the import read: data rows and mapped columns hidden by hand
 * or by a filter. A coordinator who filtered a shared register down to one community would
 * otherwise merge every other community's rows without knowing.
 */
export function hiddenNotes(
  layout: HiddenLayout | undefined,
  info: TableInfo,
  mapping: MappingReport,
  file: string,
): MappingNote[] {
  if (!layout) return [];
  const notes: MappingNote[] = [];
  const sheet = info.sheet ?? "";
  const top = Math.max(info.headerRow ?? 0, info.hashtagRow ?? 0);
  const rows = layout.rows.filter((r) => r > top);
  if (rows.length > 0) {
    notes.push({
      code: "sheet.hiddenRows",
      message: adapterMessage("sheet.hiddenRows", {
        file,
        sheet,
        count: rows.length,
        rows: listFirst(rows),
      }),
    });
  }
  const columns: string[] = [];
  for (const c of mapping.columns) {
    if (!c.field) continue;
    if (!layout.columns.some(([a, b]) => c.index >= a && c.index <= b)) continue;
    columns.push(c.header ? `${columnLetter(c.index)} “${c.header}”` : columnLetter(c.index));
  }
  if (columns.length > 0) {
    notes.push({
      code: "sheet.hiddenColumns",
      message: adapterMessage("sheet.hiddenColumns", {
        file,
        sheet,
        count: columns.length,
        columns: listFirst(columns),
      }),
    });
  }
  return notes;
}
