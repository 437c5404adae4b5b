import type { OversizeCell } from "../types.js";
import { columnIndex, rowOf } from "./ref.js";
import { type Used, UsedRange, usedRange } from "./used-range.js";
import { attributes, XmlScanner } from "./xml.js";

interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  value: string;
  /** Set when the area's value is a cell over the limit: its copies are over it too. */
  over?: OversizeCell | undefined;
}

function merge(ref: string): Merge | undefined {
  const [a, b = a] = ref.split(":");
  if (!a) return undefined;
  const m = { r1: rowOf(a), c1: columnIndex(a), r2: rowOf(b!), c2: columnIndex(b!), value: "" };
  return m.r1 > 0 && m.c1 >= 0 && m.r2 >= m.r1 && m.c2 >= m.c1 ? m : undefined;
}

/** The merged areas of a whole sheet's XML, over the cells it uses. */
export function readMerges(xml: string): MergeTracker {
  const at = xml.lastIndexOf("sheetData>");
  const out: Merge[] = [];
  const s = new XmlScanner(xml, Math.max(at, 0));
  for (let t = s.next(); t; t = s.next()) {
    if (t.name !== "mergeCell" || t.end) continue;
    const m = merge(attributes(t.attrs).ref ?? "");
    if (m) out.push(m);
  }
  return new MergeTracker(out, out.length > 0 ? usedRange(xml) : { columns: 0, rows: 0 });
}

const MERGE_TAG = /<(?:[\w.-]+:)?mergeCell\b[^>]*>/g;

/**
 * The merged areas of a sheet read in pieces (tags are found across piece boundaries), and
 * the columns its cells use.
 */
export function streamMerges(pieces: Iterable<string>): MergeTracker {
  const refs = new Set<string>();
  const used = new UsedRange();
  let tail = "";
  for (const piece of pieces) {
    used.push(piece);
    const text = tail + piece;
    for (const m of text.matchAll(MERGE_TAG)) {
      const ref = attributes(m[0]).ref;
      if (ref) refs.add(ref);
    }
    tail = text.slice(-512);
  }
  const merges = [...refs].map(merge).filter((m): m is Merge => m !== undefined);
  return new MergeTracker(merges, used.end());
}

/**
 * Merged areas in row order, with the ones covering the current row kept active, so a sheet
 * with many merges (a household's address merged over its members) costs little per row.
 */
export class MergeTracker {
  private next = 0;
  private active: Merge[] = [];
  private readonly sorted: Merge[];

  /**
   * `used`: the columns and rows the sheet's cells reach (0 when unknown). An area is spread
   * only over them, and one still over a million cells is left as stored.
   */
  constructor(merges: Merge[], used: Used) {
    const kept: Merge[] = [];
    for (const m of merges) {
      if (used.columns > 0) {
        if (m.c1 >= used.columns || m.r1 > used.rows) continue;
        m.c2 = Math.min(m.c2, used.columns - 1);
        m.r2 = Math.min(m.r2, used.rows);
      }
      if ((m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1) <= 1_000_000) kept.push(m);
    }
    this.sorted = kept.sort((a, b) => a.r1 - b.r1);
  }

  /**
   * Spread the areas covering `row` over its cells. `oversize`: the row's cells over the limit,
   * by column; returned with the cells that now hold a copy of one.
   */
  apply(
    row: number,
    cells: string[],
    oversize?: Map<number, OversizeCell>,
  ): Map<number, OversizeCell> | undefined {
    while (this.next < this.sorted.length && this.sorted[this.next]!.r1 <= row) {
      this.active.push(this.sorted[this.next++]!);
    }
    if (this.active.length === 0) return oversize;
    this.active = this.active.filter((m) => m.r2 >= row);
    let over = oversize;
    for (const m of this.active) {
      if (row === m.r1) {
        m.value = cells[m.c1] ?? "";
        m.over = oversize?.get(m.c1);
      }
      while (cells.length <= m.c2) cells.push("");
      for (let c = m.c1; c <= m.c2; c++) {
        if (c === m.c1 && row === m.r1) continue;
        cells[c] = m.value;
        if (m.over) {
          over ??= new Map();
          over.set(c, { ...m.over, index: c });
        } else over?.delete(c);
      }
    }
    return over;
  }
}
