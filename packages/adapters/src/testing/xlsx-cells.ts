// Test support: the cells of a written worksheet by reference, whether or not each cell
// names its place, with shared strings resolved.
import { strFromU8, unzipSync } from "fflate";
import { columnLetter } from "../xlsx/write-xml.js";

/** A cell as written: its style index, type, raw value and text. */
export interface WrittenCell {
  readonly s: number;
  readonly t?: string;
  readonly v?: string;
  /** The text of a string cell (shared or inline), else the value. */
  readonly text?: string;
  /** The cell's XML. */
  readonly xml: string;
}

const unescapeXml = (t: string) =>
  t
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

/** Cells of sheet `n` (1-based) of a workbook, by A1 reference. */
export function writtenCells(bytes: Uint8Array, n = 1): Map<string, WrittenCell> {
  const files = unzipSync(bytes);
  const sheet = strFromU8(files[`xl/worksheets/sheet${n}.xml`]!);
  const sstXml = files["xl/sharedStrings.xml"] ? strFromU8(files["xl/sharedStrings.xml"]) : "";
  const sst = [...sstXml.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) =>
    unescapeXml(m[1]!),
  );
  const out = new Map<string, WrittenCell>();
  for (const row of sheet.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
    let col = 0;
    for (const c of row[2]!.matchAll(/<c(?: r="([A-Z]+)\d+")?( [^>]*?)?(?:\/>|>(.*?)<\/c>)/g)) {
      if (c[1]) {
        col = 0;
        for (const ch of c[1]) col = col * 26 + ch.charCodeAt(0) - 64;
        col -= 1;
      }
      const attrs = c[2] ?? "";
      const s = Number(/ s="(\d+)"/.exec(attrs)?.[1] ?? 0);
      const t = / t="(\w+)"/.exec(attrs)?.[1];
      const body = c[3] ?? "";
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      const inline = /<t[^>]*>([^<]*)<\/t>/.exec(body)?.[1];
      const text = t === "s" ? sst[Number(v)] : t === "inlineStr" ? unescapeXml(inline ?? "") : v;
      out.set(`${columnLetter(col)}${row[1]}`, {
        s,
        ...(t ? { t } : {}),
        ...(v !== undefined ? { v } : {}),
        ...(text !== undefined ? { text } : {}),
        xml: c[0],
      });
      col++;
    }
  }
  return out;
}

/** For each cell style index, whether it marks text as quoted (`quotePrefix`). */
export function quotePrefixStyles(bytes: Uint8Array): boolean[] {
  const styles = strFromU8(unzipSync(bytes)["xl/styles.xml"]!);
  const xfs = /<cellXfs[^>]*>(.*)<\/cellXfs>/s.exec(styles)![1]!;
  return [...xfs.matchAll(/<xf [^>]*?(\/>|>)/g)].map((m) => m[0].includes('quotePrefix="1"'));
}
