import { expectArgument, expectText } from "@linli/core";
import { ImportError } from "../errors.js";
import { DEFAULT_LIMITS, type ImportLimits, type TableRow } from "../types.js";
import { type HiddenLayout, sheetRows, streamSheetRows } from "./sheet.js";
import { type CellStyles, readStyles } from "./styles.js";
import { attributes, decodeOoxmlEscapes, XmlScanner } from "./xml.js";
import {
  extract,
  type InflateBudget,
  inflateAhead,
  inflateEntry,
  listZip,
  type ZipEntry,
} from "./zip.js";

/** A worksheet of a workbook. */
export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  /** Part name inside the archive, e.g. `xl/worksheets/sheet1.xml`. */
  readonly path: string;
}

/** An opened XLSX workbook: its sheets, and the rows of any of them on demand. */
export interface Workbook {
  readonly sheets: readonly SheetInfo[];
  readonly date1904: boolean;
  /** The rows of a sheet, merged cells expanded, each cell's text exactly as stored. */
  rows(sheet: SheetInfo): Generator<TableRow>;
  /**
   * The rows (holding text) and columns hidden in a sheet, as found by the last reading of
   * its rows to the end; undefined before one.
   */
  hidden(sheet: SheetInfo): HiddenLayout | undefined;
}

const utf8 = new TextDecoder("utf-8");

/** Sheets whose XML is larger than this (16 MB) are read in pieces. */
const STREAM_ABOVE = 16 * 1024 * 1024;

/**
 * Options of {@link openWorkbook}.
 *
 * @example
 * ```ts
 * import { openWorkbook, writeXlsx } from "@linli/adapters";
 * openWorkbook(writeXlsx([{ name: "a", rows: [["x"]] }]), "a.xlsx", {}, { streamAbove: 0 });
 * ```
 */
export interface OpenWorkbookOptions {
  /**
   * Sheets whose uncompressed XML is larger than this many bytes are inflated and scanned a
   * piece at a time instead of whole. Default 16 MB.
   */
  readonly streamAbove?: number;
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relationships(
  xml: string | undefined,
  base: string,
): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  if (!xml) return out;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t; t = s.next()) {
    if (t.name !== "Relationship" || t.end) continue;
    const a = attributes(t.attrs);
    if (a.Id && a.Target) out.set(a.Id, { target: resolve(base, a.Target), type: a.Type ?? "" });
  }
  return out;
}

/**
 * Open an XLSX workbook from its bytes. Only the parts needed are inflated, each counted
 * against the decompressed-size limit. Cell text is read from the XML as written, so long
 * digit strings never pass through a floating-point number; dates (by their number format)
 * become `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { openWorkbook, writeXlsx } from "@linli/adapters";
 * const wb = openWorkbook(writeXlsx([{ name: "居民", rows: [["姓名"], ["王伟"]] }]), "a.xlsx");
 * for (const row of wb.rows(wb.sheets[0]!)) console.log(row.row, row.cells);
 * ```
 */
export function openWorkbook(
  bytes: Uint8Array,
  file: string,
  limits: ImportLimits = {},
  options: OpenWorkbookOptions = {},
): Workbook {
  expectArgument("openWorkbook", "bytes", "bytes", bytes);
  expectText("openWorkbook", "file", file);
  if (limits !== undefined) expectArgument("openWorkbook", "limits", "object", limits);
  expectArgument("openWorkbook", "options", "options", options);
  return openListed(bytes, listZip(bytes, file), file, limits, options, new Map());
}

/**
 * {@link openWorkbook}, with the workbook's XML parts (those read whole) inflated ahead by the
 * runtime's own decompressor where it has one: a browser's worker reads a large workbook's
 * sheet and shared strings several times faster.
 */
export async function openWorkbookAhead(
  bytes: Uint8Array,
  file: string,
  limits: ImportLimits = {},
  options: OpenWorkbookOptions = {},
): Promise<Workbook> {
  const entries = listZip(bytes, file);
  const streamAbove = options.streamAbove ?? STREAM_ABOVE;
  const limit = limits.decompressed ?? DEFAULT_LIMITS.decompressed;
  const inflated = await inflateAhead(
    bytes,
    entries,
    (e) => /\.(?:xml|rels)$/.test(e.name) && e.size <= streamAbove,
    limit,
  );
  return openListed(bytes, entries, file, limits, options, inflated);
}

function openListed(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  file: string,
  limits: ImportLimits,
  options: OpenWorkbookOptions,
  // Parts inflated ahead, each taken once (then inflated here again if read again).
  inflated: Map<string, Uint8Array>,
): Workbook {
  const limit = limits.decompressed ?? DEFAULT_LIMITS.decompressed;
  const budget: InflateBudget = { remaining: limit, limit };
  const whole = (e: ZipEntry): Uint8Array => {
    const ready = inflated.get(e.name);
    if (!ready) return extract(bytes, e, budget, file);
    inflated.delete(e.name);
    budget.remaining -= ready.length;
    if (budget.remaining < 0) throw new ImportError("limit.decompressed", { file, limit });
    return ready;
  };
  const text = (path: string): string | undefined => {
    const e: ZipEntry | undefined = entries.get(path);
    return e ? utf8.decode(whole(e)) : undefined;
  };

  const rootRels = relationships(text("_rels/.rels"), "");
  let workbookPath = "xl/workbook.xml";
  for (const r of rootRels.values())
    if (r.type.endsWith("/officeDocument")) workbookPath = r.target;
  const workbookXml = text(workbookPath);
  if (workbookXml === undefined) {
    throw new ImportError("xlsx.invalid", { file, detail: `no ${workbookPath}` });
  }
  const relsPath = workbookPath.replace(/[^/]*$/, (n) => `_rels/${n}.rels`);
  const rels = relationships(text(relsPath), workbookPath);

  const sheets: SheetInfo[] = [];
  let date1904 = false;
  const ws = new XmlScanner(workbookXml);
  for (let t = ws.next(); t; t = ws.next()) {
    if (t.end) continue;
    if (t.name === "workbookPr") {
      const v = attributes(t.attrs).date1904;
      date1904 = v === "1" || v === "true";
    } else if (t.name === "sheet") {
      const a = attributes(t.attrs);
      const rel = a.id ? rels.get(a.id) : undefined;
      if (!rel?.type.endsWith("/worksheet")) continue;
      sheets.push({
        name: a.name ?? rel.target,
        hidden: a.state !== undefined && a.state !== "visible",
        path: rel.target,
      });
    }
  }
  if (sheets.length === 0) throw new ImportError("xlsx.noSheets", { file });

  let shared: string[] | undefined;
  let styles: CellStyles | undefined;
  let kept: { path: string; xml: string } | undefined;
  const sharedStrings = (): string[] => {
    if (shared) return shared;
    let path: string | undefined;
    for (const r of rels.values()) if (r.type.endsWith("/sharedStrings")) path = r.target;
    shared = readSharedStrings(text(path ?? "xl/sharedStrings.xml"));
    return shared;
  };
  const cellStyles = (): CellStyles => {
    if (styles) return styles;
    let path: string | undefined;
    for (const r of rels.values()) if (r.type.endsWith("/styles")) path = r.target;
    styles = readStyles(text(path ?? "xl/styles.xml"));
    return styles;
  };

  const hidden = new Map<string, HiddenLayout>();
  return {
    sheets,
    date1904,
    hidden: (sheet) => hidden.get(sheet.path),
    *rows(sheet) {
      const entry = entries.get(sheet.path);
      if (!entry) throw new ImportError("xlsx.invalid", { file, detail: `no ${sheet.path}` });
      const layout: HiddenLayout = { rows: [], columns: [] };
      yield* readRows(sheet, entry, layout);
      hidden.set(sheet.path, layout);
    },
  };

  function* readRows(sheet: SheetInfo, entry: ZipEntry, layout: HiddenLayout): Generator<TableRow> {
    const ctx = {
      file,
      sheet: sheet.name,
      shared: sharedStrings(),
      styles: cellStyles(),
      date1904,
      cellChars: limits.cellChars ?? DEFAULT_LIMITS.cellChars,
      columns: limits.columns ?? DEFAULT_LIMITS.columns,
      hidden: layout,
    };
    if (entry.size <= (options.streamAbove ?? STREAM_ABOVE)) {
      // A sheet read again (its header was read ahead) is not inflated twice: its text is
      // kept until the next reading takes it or this one ends.
      const xml = kept?.path === sheet.path ? kept.xml : utf8.decode(whole(entry));
      const mine = { path: sheet.path, xml };
      kept = mine;
      yield* sheetRows(xml, ctx);
      if (kept === mine) kept = undefined;
      return;
    }
    // A large sheet is inflated and scanned a piece at a time, twice (merged areas come
    // after the rows); the first pass has its own budget, as it keeps nothing.
    let pass = 0;
    yield* streamSheetRows(function* () {
      const b = pass++ === 0 ? { remaining: limit, limit } : budget;
      const decoder = new TextDecoder("utf-8");
      for (const chunk of inflateEntry(bytes, entry, b, file)) {
        yield decoder.decode(chunk, { stream: true });
      }
      yield decoder.decode();
    }, ctx);
  }
}

function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const s = new XmlScanner(xml);
  let current = "";
  let inSi = false;
  let phonetic = 0;
  for (let t = s.next(); t; t = s.next()) {
    if (t.name === "si") {
      if (t.selfClosing) out.push("");
      else if (t.end) {
        out.push(decodeOoxmlEscapes(current));
        inSi = false;
      } else {
        inSi = true;
        current = "";
      }
    } else if (t.name === "rPh") {
      if (!t.selfClosing) phonetic += t.end ? -1 : 1;
    } else if (t.name === "t" && inSi && !t.end && !t.selfClosing) {
      const v = s.textUntil("t");
      if (phonetic === 0) current += v;
    }
  }
  return out;
}

export { columnIndex } from "./sheet.js";
