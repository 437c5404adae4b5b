import { csvRowFormatter } from "../csv/write.js";
import type { TextEncodingName } from "../encoding/detect.js";
import { byteOrderMark, encodeText } from "../encoding/encode.js";
import { concatBytes } from "../source/bytes.js";
import type { XlsxColumn, XlsxDeflate, XlsxStyle } from "../xlsx/write-types.js";
import { cellRef } from "../xlsx/write-xml.js";
import { XLSX_MAX_ROWS, XlsxWriter } from "../xlsx/writer.js";
import type { Layout } from "./layout.js";
import { type ExportNote, exportMessage } from "./messages.js";

/** Records in batches, as the formats take them. */
export type Batches = AsyncIterable<readonly unknown[]>;

/** Counts shared between a format and the run that drives it. */
export interface Progress {
  count: number;
  bytes: number;
  sheets: string[];
  notes: ExportNote[];
}

const utf8 = new TextEncoder();

/** CSV, or HXL (CSV with a hashtag row under the header). */
export async function* csvChunks(
  batches: Batches,
  layout: Layout,
  o: {
    encoding: TextEncodingName;
    bom: boolean;
    delimiter: string;
    hxl: boolean;
  },
  progress: Progress,
): AsyncGenerator<Uint8Array> {
  const encode =
    o.encoding === "utf-8"
      ? (s: string) => utf8.encode(s)
      : (s: string) => encodeText(s, o.encoding);
  const line = csvRowFormatter({ delimiter: o.delimiter, formulas: "neutralize" });
  const nl = "\r\n";
  let head = line(layout.columns.map((c) => c.header)) + nl;
  if (o.hxl) head += line(layout.columns.map((c) => c.hashtag ?? "")) + nl;
  yield concatBytes([o.bom ? byteOrderMark(o.encoding) : new Uint8Array(0), encode(head)]);
  for await (const batch of batches) {
    const lines = new Array<string>(batch.length + 1);
    for (let i = 0; i < batch.length; i++) lines[i] = line(layout.toRow(batch[i]));
    lines[batch.length] = "";
    progress.count += batch.length;
    if (batch.length > 0) yield encode(lines.join(nl));
  }
}

const HEADER: XlsxStyle = {
  bold: true,
  fill: "DDEBF7",
  border: true,
  valign: "center",
  wrap: true,
};

// Texts that repeat down a column: choices, and address parts above the room.
const REPEATS = /(^|\.)(province|city|district|street|community|compound|building|unit|country)$/;

/**
 * The column formats of an exported sheet: dates as dates, everything typed as text; texts
 * that repeat (choices, address parts) shared, the others (names, IDs, phones) inline.
 */
export function xlsxColumns(layout: Layout): XlsxColumn[] {
  return layout.columns.map((c) => {
    const node = c.column?.node;
    const style: XlsxStyle | undefined = c.date
      ? { numFmt: "date" }
      : node?.kind === "number" || node?.kind === "boolean"
        ? undefined
        : { numFmt: "text" };
    const repeats =
      node?.kind === "enum" ||
      (node?.kind === "array" && node.item.kind === "enum") ||
      (c.column !== undefined && REPEATS.test(c.key));
    return {
      width: c.width,
      ...(style ? { style } : {}),
      ...(repeats ? {} : { strings: "inline" as const }),
    };
  });
}

/** XLSX: one sheet (more when the records pass a sheet's million rows), header frozen. */
export async function* xlsxChunks(
  batches: Batches,
  layout: Layout,
  o: {
    sheetName: string;
    level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
    /** Rows a sheet holds (tests lower it). */
    maxRows?: number;
    deflate?: XlsxDeflate;
  },
  progress: Progress,
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  // Repeated texts (choices, names, compounds) go to a bounded shared table, the rest inline.
  const writer = new XlsxWriter((c) => out.push(c), {
    strings: "shared",
    sharedLimit: 1 << 16,
    level: o.level,
    ...(o.deflate ? { deflate: o.deflate } : {}),
  });
  const width = layout.columns.length;
  const header = layout.columns.map((c) => ({ value: c.header, style: HEADER }));
  const columns = xlsxColumns(layout);
  const open = (n: number) => {
    const s = writer.addSheet({
      name: n === 1 ? o.sheetName : `${o.sheetName}(${n})`,
      columns,
      freeze: { rows: 1 },
    });
    progress.sheets.push(s.name);
    s.row(header);
    return s;
  };
  const close = (s: ReturnType<typeof open>) =>
    s.end(width > 0 ? { autoFilter: cellRef(0, 0, s.rowCount - 1, width - 1) } : {});
  let sheet = open(1);
  for await (const batch of batches) {
    for (const r of batch) {
      if (sheet.rowCount === (o.maxRows ?? XLSX_MAX_ROWS)) {
        const full = sheet.name;
        const rows = sheet.rowCount;
        close(sheet);
        sheet = open(progress.sheets.length + 1);
        progress.notes.push({
          code: "export.sheetFull",
          message: exportMessage("export.sheetFull", {
            sheet: full,
            rows,
            next: sheet.name,
          }),
        });
      }
      sheet.row(layout.toRow(r));
    }
    progress.count += batch.length;
    if (out.length > 0) yield concatBytes(out.splice(0));
  }
  close(sheet);
  writer.end();
  if (out.length > 0) yield concatBytes(out.splice(0));
}

/** JSON (an array) or NDJSON (one value a line) of records, or of flat rows. */
export async function* jsonChunks(
  batches: Batches,
  toValue: (record: unknown) => unknown,
  o: { ndjson: boolean },
  progress: Progress,
): AsyncGenerator<Uint8Array> {
  let first = true;
  if (!o.ndjson) yield utf8.encode("[");
  for await (const batch of batches) {
    let text = "";
    for (const r of batch) {
      const json = JSON.stringify(toValue(r));
      if (o.ndjson) text += `${json}\n`;
      else {
        text += first ? `\n${json}` : `,\n${json}`;
        first = false;
      }
    }
    progress.count += batch.length;
    if (text) yield utf8.encode(text);
  }
  if (!o.ndjson) yield utf8.encode(first ? "]\n" : "\n]\n");
}

/** A flat row as a JSON object keyed by column key (extra columns by their header). */
export function rowObject(layout: Layout): (record: unknown) => unknown {
  const keys = layout.columns.map((c) => c.key);
  // A header of an extra column that equals a column key would collide: suffix it.
  const used = new Set<string>();
  const unique = keys.map((k) => {
    let name = k;
    for (let n = 2; used.has(name); n++) name = `${k} (${n})`;
    used.add(name);
    return name;
  });
  return (record) => {
    const row = layout.toRow(record);
    // No prototype: an extra column may be called __proto__.
    const out: Record<string, unknown> = Object.create(null);
    // Every key in every row, null when empty: a table, whose columns readers can rely on.
    for (let i = 0; i < row.length; i++) out[unique[i]!] = row[i] ?? null;
    return out;
  };
}
