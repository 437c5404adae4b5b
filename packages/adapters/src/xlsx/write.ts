import { expectArgument } from "@linli/core";
import { concatBytes } from "../source/bytes.js";
import type { XlsxSheet, XlsxWriteOptions } from "./write-types.js";
import { XlsxWriter } from "./writer.js";

export { cellRef, columnLetter } from "./write-xml.js";

/**
 * Write a valid XLSX workbook of one or more sheets: string, number and boolean cells,
 * optional styles, column widths and default column formats, a frozen header, merged
 * cells, filter buttons, dropdown lists and input messages (data validation), hidden
 * sheets and print setup. Strings are stored as text (never as numbers), with leading and
 * trailing spaces and line breaks preserved; nothing is ever written as a formula, and text
 * a spreadsheet would take for one is marked as quoted text.
 *
 * @example
 * ```ts
 * import { writeXlsx } from "@linli/adapters";
 * const bytes = writeXlsx([
 *   {
 *     name: "居民",
 *     rows: [["姓名", "身份证号"], ["王伟", "11010519491231002X"]],
 *     columns: [{ width: 10 }, { width: 21, style: { numFmt: "text" } }],
 *     freeze: { rows: 1 },
 *   },
 * ]);
 * ```
 */
export function writeXlsx(
  sheets: readonly XlsxSheet[],
  options: XlsxWriteOptions = {},
): Uint8Array {
  expectArgument("writeXlsx", "sheets", "list", sheets);
  expectArgument("writeXlsx", "options", "options", options);
  if (sheets.length === 0) throw new RangeError("writeXlsx needs at least one sheet");
  const chunks: Uint8Array[] = [];
  const writer = new XlsxWriter((c) => chunks.push(c), options);
  for (const sheet of sheets) {
    const s = writer.addSheet(sheet);
    for (const row of sheet.rows) s.row(row);
    s.end();
  }
  writer.end();
  return concatBytes(chunks);
}
