import { expectArgument } from "@linli/core";
import { writeCsv } from "../csv/write.js";
import type { TextEncodingName } from "../encoding/detect.js";
import { excelSerial } from "../export/cells.js";
import { writeXlsx } from "../xlsx/write.js";
import type { XlsxCell, XlsxSheet, XlsxStyle } from "../xlsx/write-types.js";
import { cellRef } from "../xlsx/write-xml.js";
import type { Report, ReportCell, ReportSheet } from "./types.js";

const TITLE: XlsxStyle = { bold: true, size: 16, align: "center", valign: "center" };
const SUBTITLE: XlsxStyle = { align: "left", valign: "center" };
const HEAD: XlsxStyle = {
  bold: true,
  border: true,
  fill: "F2F2F2",
  align: "center",
  valign: "center",
  wrap: true,
};
const NOTE: XlsxStyle = { italic: true, color: "595959" };
const FLAG = "FFF2CC";
const NUM_FMT = {
  text: "text",
  date: "date",
  integer: "integer",
  decimal: "decimal",
  general: "general",
} as const;

function cell(v: ReportCell, format: ReportSheet["formats"][number], style: XlsxStyle): XlsxCell {
  if (v === null) return { value: null, style };
  if (format === "date" && typeof v === "string") {
    const serial = excelSerial(v);
    if (serial !== undefined) return { value: serial, style };
  }
  return { value: v, style };
}

/** A computed report sheet as a worksheet: titles merged across, bordered table, totals, notes. */
export function reportSheetXlsx(s: ReportSheet): XlsxSheet {
  const width = Math.max(1, s.header.length);
  const last = width - 1;
  const rows: XlsxCell[][] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = {};
  s.title.forEach((t, i) => {
    merges.push(cellRef(rows.length, 0, rows.length, last));
    if (i === 0) heights[rows.length] = 32;
    rows.push([{ value: t, style: i === 0 ? TITLE : SUBTITLE }]);
  });
  const headerRow = rows.length;
  rows.push(s.header.map((h) => ({ value: h, style: HEAD })));
  heights[headerRow] = 30;
  const styles = s.formats.map((f) => ({
    border: true,
    valign: "center" as const,
    numFmt: NUM_FMT[f],
  }));
  const flagged = new Set(s.flagged.map(([r, c]) => `${r}:${c}`));
  const styleAt = (r: number, c: number, base: XlsxStyle) =>
    flagged.has(`${r}:${c}`) ? { ...base, fill: FLAG } : base;
  s.rows.forEach((row, r) => {
    rows.push(row.map((v, c) => cell(v, s.formats[c]!, styleAt(r, c, styles[c]!))));
  });
  if (s.totals) {
    const r = s.rows.length;
    rows.push(
      s.totals.map((v, c) => cell(v, s.formats[c]!, styleAt(r, c, { ...styles[c]!, bold: true }))),
    );
  }
  if (s.note) {
    merges.push(cellRef(rows.length, 0, rows.length, last));
    rows.push([{ value: s.note, style: NOTE }]);
  }
  if (s.footer.length > 0) rows.push([]);
  for (const f of s.footer) {
    merges.push(cellRef(rows.length, 0, rows.length, last));
    rows.push([f]);
  }
  return {
    name: s.name,
    rows,
    columns: s.widths.map((w, c) => ({ width: w, style: { numFmt: NUM_FMT[s.formats[c]!] } })),
    freeze: { rows: headerRow + 1 },
    merges,
    heights,
    print: { landscape: width > 6, fitToWidth: true, repeatRows: [0, headerRow] },
  };
}

/**
 * A computed report as an XLSX workbook, one sheet per report sheet: title rows merged
 * across the table (the first large and centred), a bordered header, dates as dates, totals
 * in bold, flagged small counts highlighted, notes and footer lines below; set up to print
 * on A4, fitted to the width, with the titles and header repeated on every page.
 *
 * @example
 * ```ts
 * import { builtinReports, reportXlsx, runReport } from "@linli/adapters";
 * const bytes = reportXlsx(runReport(builtinReports["supplies-ledger"], [], { params: { community: "丈八社区" } }));
 * ```
 */
export function reportXlsx(report: Report): Uint8Array {
  expectArgument("reportXlsx", "report", "object", report);
  return writeXlsx(report.sheets.map(reportSheetXlsx));
}

/**
 * One sheet of a computed report as CSV (titles, header, rows, totals, notes and footer, in
 * that order), UTF-8 with a BOM unless another encoding is asked for.
 *
 * @example
 * ```ts
 * import { builtinReports, reportCsv, runReport } from "@linli/adapters";
 * const csv = reportCsv(runReport(builtinReports["quarantine-daily"], []), { sheet: 1, encoding: "gb18030" });
 * ```
 */
export function reportCsv(
  report: Report,
  options: { readonly sheet?: number; readonly encoding?: TextEncodingName } = {},
): Uint8Array {
  expectArgument("reportCsv", "report", "object", report);
  expectArgument("reportCsv", "options", "options", options);
  const s = report.sheets[options.sheet ?? 0];
  if (!s) throw new RangeError(`reportCsv: the report has ${report.sheets.length} sheets`);
  const rows: ReportCell[][] = [
    ...s.title.map((t) => [t]),
    [...s.header],
    ...s.rows.map((r) => [...r]),
    ...(s.totals ? [[...s.totals]] : []),
    ...(s.note ? [[s.note]] : []),
    ...s.footer.map((f) => [f]),
  ];
  return writeCsv(rows, { ...(options.encoding ? { encoding: options.encoding } : {}) });
}
