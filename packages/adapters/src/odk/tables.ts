import { CsvParser } from "../csv/parse.js";
import { sniffDelimiter } from "../csv/sniff.js";
import { detectEncoding } from "../encoding/detect.js";
import { openWorkbook } from "../xlsx/read.js";

/** One sheet (or CSV file) of a submissions export, as text cells. */
export interface SubmissionTable {
  readonly name: string;
  readonly headers: string[];
  readonly rows: string[][];
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

function table(name: string, all: string[][]): SubmissionTable | undefined {
  const [headers, ...rest] = all;
  if (!headers || headers.every((h) => h.trim() === "")) return undefined;
  const hashtags = rest[0] && isHashtags(rest[0]) ? rest.shift() : undefined;
  const rows = rest.filter((r) => r.some((c) => c.trim() !== ""));
  return {
    name,
    headers: headers.map((h) => h.trim()),
    rows,
    ...(hashtags ? { hashtags } : {}),
  };
}

const isXlsx = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/** Every sheet of an XLSX export, or the one table of a CSV file. */
export function readTables(file: ExportFile): SubmissionTable[] {
  if (isXlsx(file.bytes)) {
    const wb = openWorkbook(file.bytes, file.name, {});
    const out: SubmissionTable[] = [];
    for (const sheet of wb.sheets) {
      const rows: string[][] = [];
      for (const r of wb.rows(sheet)) rows.push(r.cells);
      const t = table(sheet.name, rows);
      if (t) out.push(t);
    }
    return out;
  }
  const encoding = detectEncoding(file.bytes.subarray(0, 64 * 1024));
  const text = new TextDecoder(encoding).decode(file.bytes).replace(/^\uFEFF/, "");
  const parser = new CsvParser({ delimiter: sniffDelimiter(text) });
  const rows = parser
    .push(text)
    .concat(parser.end())
    .map((r) => r.cells);
  const t = table(file.name.replace(/\.[^.]+$/, ""), rows);
  return t ? [t] : [];
}
