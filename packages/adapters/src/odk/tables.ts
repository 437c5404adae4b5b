import { CsvParser } from "../csv/parse.js";
import { sniffDelimiter } from "../csv/sniff.js";
import { detectEncoding } from "../encoding/detect.js";
import { openWorkbook } from "../xlsx/read.js";

/** One sheet (or CSV file) of a submissions export, as text cells. */
export interface SubmissionTable {
  readonly name: string;
  /** The file the table is in. */
  readonly file: string;
  readonly headers: string[];
  /** Row number of the header in the sheet or file. */
  readonly headerRow: number;
  /** Every row under the header (and the hashtags), blank ones too. */
  readonly rows: string[][];
  /** Each row's number in the sheet or file, as people see it. */
  readonly rowNumbers: number[];
  /** A row of HXL hashtags under the header, when the export has one. */
  readonly hashtags?: string[];
}

/** One file of an export: its name and bytes. */
export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const HASHTAG = /^\s*#[A-Za-z][\w]*(\s*\+[\w]+)*\s*$/;
const isHashtags = (cells: readonly string[]) =>
  cells.some((c) => c.trim() !== "") && cells.every((c) => c.trim() === "" || HASHTAG.test(c));

/** Whether a row has nothing in it. */
export const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

function table(
  name: string,
  file: string,
  all: Iterable<{ row: number; cells: string[] }>,
): SubmissionTable | undefined {
  let head: { row: number; cells: string[] } | undefined;
  let hashtags: string[] | undefined;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (const r of all) {
    if (!head) {
      if (isBlank(r.cells)) continue;
      head = r;
      continue;
    }
    if (rows.length === 0 && !hashtags && r.row === head.row + 1 && isHashtags(r.cells)) {
      hashtags = r.cells;
      continue;
    }
    rows.push(r.cells);
    rowNumbers.push(r.row);
  }
  if (!head) return undefined;
  return {
    name,
    file,
    headers: head.cells.map((h) => h.trim()),
    headerRow: head.row,
    rows,
    rowNumbers,
    ...(hashtags ? { hashtags } : {}),
  };
}

/** Whether bytes are a ZIP archive (XLSX). */
export const isXlsx = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/** CSV text of a file, decoded as it is encoded. */
export function csvText(bytes: Uint8Array): string {
  const encoding = detectEncoding(bytes.subarray(0, 64 * 1024));
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, "");
}

/** The rows of CSV text. */
export function csvRows(text: string): { row: number; cells: string[] }[] {
  const parser = new CsvParser({ delimiter: sniffDelimiter(text) });
  const rows = parser.push(text);
  for (const r of parser.end()) rows.push(r);
  return rows;
}

/** A CSV file's name without its extension: the name of its one table. */
export const tableName = (file: string) =>
  file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1).replace(/\.[^.]+$/, "");

/** Every sheet of an XLSX export, or the one table of a CSV file. */
export function readTables(file: ExportFile): SubmissionTable[] {
  if (isXlsx(file.bytes)) {
    const wb = openWorkbook(file.bytes, file.name, {});
    const out: SubmissionTable[] = [];
    for (const sheet of wb.sheets) {
      const t = table(sheet.name, file.name, wb.rows(sheet));
      if (t) out.push(t);
    }
    return out;
  }
  const t = table(tableName(file.name), file.name, csvRows(csvText(file.bytes)));
  return t ? [t] : [];
}
