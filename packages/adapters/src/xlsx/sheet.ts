import { literalOf } from "../csv/formula.js";
import { ImportError } from "../errors.js";
import type { OversizeCell, RowProblem, TableRow, UncomputedCell } from "../types.js";
import { type MergeTracker, readMerges, streamMerges } from "./merges.js";
import { columnIndex } from "./ref.js";
import { type CellStyles, serialToText } from "./styles.js";
import { columnLetter } from "./write-xml.js";
import { attributes, decodeOoxmlEscapes, decodeXml, XmlScanner } from "./xml.js";

/** What reading one sheet needs from its workbook. */
export interface SheetContext {
  /** The file and sheet, for a message about a damaged workbook. */
  readonly file: string;
  readonly sheet: string;
  readonly shared: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly cellChars: number;
  readonly columns: number;
  /** Filled with the rows and columns hidden in the sheet, when given. */
  readonly hidden?: HiddenLayout;
}

/**
 * Rows and columns hidden in a sheet (by hand or by a filter): Excel and WPS show neither, yet
 * they are read like the others, so the import says so.
 *
 * @example
 * ```ts
 * import type { HiddenLayout } from "@linli/adapters";
 * // Rows 4 and 6 filtered out; column C hidden by hand.
 * const hidden: HiddenLayout = { rows: [4, 6], columns: [[2, 2]] };
 * ```
 */
export interface HiddenLayout {
  /** 1-based numbers of hidden rows holding any text, in sheet order. */
  readonly rows: number[];
  /** 0-based indexes of hidden columns, as first and last of each run. */
  readonly columns: [number, number][];
}

const isHidden = (attrs: string): boolean => {
  if (attrs.indexOf("hidden") < 0) return false;
  const v = attributes(attrs).hidden;
  return v === "1" || v === "true";
};

function noteHidden(row: TableRow, hidden: HiddenLayout | undefined): TableRow {
  if (hidden && row.cells.some((c) => c !== "")) hidden.rows.push(row.row);
  return row;
}

/** Index just past the last `</row>` (any prefix) in `text`, or -1. */
function lastRowEnd(text: string): number {
  for (let at = text.lastIndexOf("row>"); at > 0; at = text.lastIndexOf("row>", at - 1)) {
    const lt = text.lastIndexOf("<", at);
    const tag = text.slice(lt + 1, at);
    if (tag === "/" || /^\/[\w.-]+:$/.test(tag)) return at + 4;
  }
  return -1;
}

/** Where reading a sheet has got to: carried from one piece of its XML to the next. */
interface SheetState {
  rowNumber: number;
  readonly merges: MergeTracker;
}

/**
 * The rows of one sheet's XML: cells by their references (gaps filled with ""), merged
 * areas expanded, limits marked on the rows that break them (a cell over the limit kept up to
 * it and listed in the row's `oversize`).
 */
export function* sheetRows(xml: string, ctx: SheetContext): Generator<TableRow> {
  yield* rowsOf(xml, ctx, { rowNumber: 0, merges: readMerges(xml) });
}

/**
 * The rows of a sheet whose XML arrives in pieces, holding one piece at a time. `pieces` is
 * called twice: first for the merged areas (they come after the rows), then for the rows.
 */
export function* streamSheetRows(
  pieces: () => Iterable<string>,
  ctx: SheetContext,
): Generator<TableRow> {
  const state: SheetState = { rowNumber: 0, merges: streamMerges(pieces()) };
  let buf = "";
  for (const piece of pieces()) {
    buf += piece;
    const cut = lastRowEnd(buf);
    if (cut > 0) {
      yield* rowsOf(buf.slice(0, cut), ctx, state);
      buf = buf.slice(cut);
    }
  }
  yield* rowsOf(buf, ctx, state);
}

function* rowsOf(xml: string, ctx: SheetContext, state: SheetState): Generator<TableRow> {
  const merges = state.merges;
  const s = new XmlScanner(xml);
  let cells: string[] | undefined;
  let problem: RowProblem | undefined;
  /** The row's cells over the limit, by column (a cell may be given twice; the last counts). */
  let oversize: Map<number, OversizeCell> | undefined;
  /** The row's formulas without a result, by column. */
  let uncomputed: Map<number, UncomputedCell> | undefined;
  let col = -1;
  const layout = ctx.hidden;
  /** The layout to note the current row in when it is hidden. */
  let hiddenRow: HiddenLayout | undefined;
  for (let t = s.next(); t; t = s.next()) {
    if (t.name === "row") {
      if (t.end) {
        if (cells)
          yield noteHidden(
            finish(state.rowNumber, cells, problem, oversize, merges, uncomputed),
            hiddenRow,
          );
        cells = undefined;
        continue;
      }
      const r = Number(cellAttributes(t.attrs).r);
      state.rowNumber = Number.isInteger(r) && r > state.rowNumber ? r : state.rowNumber + 1;
      cells = [];
      problem = undefined;
      oversize = undefined;
      uncomputed = undefined;
      col = -1;
      hiddenRow = layout && isHidden(t.attrs) ? layout : undefined;
      if (t.selfClosing) {
        // Cells of a merged area above may still fill it.
        yield noteHidden(finish(state.rowNumber, cells, problem, oversize, merges), hiddenRow);
        cells = undefined;
      }
    } else if (t.name === "col" && !t.end && layout && isHidden(t.attrs)) {
      const a = attributes(t.attrs);
      const min = Number(a.min);
      const max = Number(a.max ?? a.min);
      if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) {
        layout.columns.push([min - 1, max - 1]);
      }
    } else if (t.name === "c" && !t.end && cells) {
      const a = cellAttributes(t.attrs);
      col = a.r ? columnIndex(a.r) : col + 1;
      if (col < 0) continue;
      if (col >= ctx.columns) {
        problem ??= {
          code: "limit.columns",
          params: { row: state.rowNumber, count: col + 1, limit: ctx.columns },
        };
        if (!t.selfClosing) s.textUntil("c");
        continue;
      }
      const read = t.selfClosing ? "" : cellValue(s, a, ctx, state.rowNumber, col);
      let value: string;
      if (typeof read === "string") {
        value = read;
        uncomputed?.delete(col);
      } else {
        value = "";
        uncomputed ??= new Map();
        uncomputed.set(col, { index: col, formula: read.formula });
      }
      if (value.length > ctx.cellChars) {
        // Kept up to the limit, so the row does not hold it whole; the record withholds it.
        oversize ??= new Map();
        oversize.set(col, { index: col, size: value.length, limit: ctx.cellChars });
        value = value.slice(0, ctx.cellChars);
      } else oversize?.delete(col);
      while (cells.length < col) cells.push("");
      cells[col] = value;
    } else if (t.name === "sheetData" && t.end) break;
  }
}

function finish(
  row: number,
  cells: string[],
  problem: RowProblem | undefined,
  oversize: Map<number, OversizeCell> | undefined,
  merges: MergeTracker,
  uncomputed?: Map<number, UncomputedCell>,
): TableRow {
  const map = merges.apply(row, cells, oversize);
  const over =
    map && map.size > 0 ? [...map.values()].sort((a, b) => a.index - b.index) : undefined;
  const unc =
    uncomputed && uncomputed.size > 0
      ? [...uncomputed.values()].sort((a, b) => a.index - b.index)
      : undefined;
  if (!problem && !over && !unc) return { row, cells };
  return {
    row,
    cells,
    ...(problem ? { problem } : {}),
    ...(over ? { oversize: over } : {}),
    ...(unc ? { uncomputed: unc } : {}),
  };
}

/** A formula the workbook holds without its result. */
interface Uncomputed {
  readonly formula: string;
}

/** The attributes a cell uses: reference, style and type. */
interface CellAttributes {
  readonly r: string | undefined;
  readonly s: string | undefined;
  readonly t: string | undefined;
}

/**
 * An unprefixed, double-quoted attribute read without a regular expression: a sheet has one
 * `<c>` per cell, and this is the hot path of reading it.
 */
function plainAttribute(attrs: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const i = attrs.indexOf(key);
  if (i < 0) return undefined;
  const start = i + key.length;
  const end = attrs.indexOf('"', start);
  if (end < 0) return undefined;
  const value = attrs.slice(start, end);
  return value.indexOf("&") < 0 ? value : decodeXml(value);
}

function cellAttributes(attrs: string): CellAttributes {
  // Single quotes or line breaks between attributes: the general reader handles those.
  if (attrs.indexOf("'") >= 0 || /[\t\n\r]/.test(attrs)) {
    const a = attributes(attrs);
    return { r: a.r, s: a.s, t: a.t };
  }
  return {
    r: plainAttribute(attrs, "r"),
    s: plainAttribute(attrs, "s"),
    t: plainAttribute(attrs, "t"),
  };
}

function cellValue(
  s: XmlScanner,
  a: CellAttributes,
  ctx: SheetContext,
  row: number,
  col: number,
): string | Uncomputed {
  const type = a.t ?? "n";
  let v: string | undefined;
  let inline = "";
  let formula: string | undefined;
  for (let t = s.next(); t; t = s.next()) {
    if (t.end && t.name === "c") break;
    if (t.end) continue;
    if (t.selfClosing) {
      // A shared formula's copy: <f t="shared" si="0"/>.
      if (t.name === "f") formula ??= "";
      continue;
    }
    if (t.name === "v") v = s.textUntil("v");
    else if (t.name === "t") inline += s.textUntil("t");
    else if (t.name === "rPh") s.textUntil("rPh");
    else if (t.name === "f") formula = s.textUntil("f");
  }
  // A spreadsheet saves every formula with its result (an empty text is <v></v> of type str);
  // a script writing a workbook may not, and nothing tells what the result would be.
  if (formula !== undefined && (v === undefined || (v === "" && type === "n"))) {
    const literal = literalOf(formula);
    if (literal !== undefined) return literal;
    if (type !== "inlineStr") return { formula };
  }
  switch (type) {
    case "s": {
      const text = ctx.shared[Number(v)];
      // A text the workbook does not hold: the table of texts is damaged or missing, and any
      // cell's text may be wrong; read as "", every one would silently vanish.
      if (text === undefined) {
        throw new ImportError("xlsx.sharedString", {
          file: ctx.file,
          sheet: ctx.sheet,
          row,
          cell: columnLetter(col) + row,
          index: v ?? "",
          count: ctx.shared.length,
        });
      }
      return text;
    }
    case "inlineStr":
      return decodeOoxmlEscapes(inline);
    case "str":
      return decodeOoxmlEscapes(v ?? "");
    case "b":
      return v === "1" ? "TRUE" : v === "0" ? "FALSE" : (v ?? "");
    case "e":
    case "d":
      return v ?? "";
    default: {
      if (v === undefined || v === "") return "";
      const style = Number(a.s ?? 0);
      if (ctx.styles.date[style]) {
        const d = serialToText(Number(v), ctx.date1904, ctx.styles.timeOnly[style] ?? false);
        if (d !== undefined) return d;
      }
      return numberText(v);
    }
  }
}

/**
 * A number as Excel shows it: the stored text, except binary-fraction noise beyond 15
 * significant digits (0.30000000000000004 → 0.3). Integers and exponent forms such as
 * 6.10113E+17 are kept exactly, so damage done by Excel stays visible.
 */
function numberText(v: string): string {
  if (!/^-?\d*\.\d{15,}$/.test(v)) return v;
  const n = Number(v);
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : v;
}

export { columnIndex } from "./ref.js";
