// Test support: fill an entry template the way a spreadsheet program saves typed cells.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { excelSerial } from "../export/cells.js";
import { columnLetter, escapeText } from "../xlsx/write-xml.js";

type Typed = string | number | { date: string } | undefined;

/**
 * Type rows into a template the way a spreadsheet saves them: text as strings, numbers as
 * numbers, dates as serial numbers, each cell in its column's default style.
 */
export function fillTemplate(bytes: Uint8Array, rows: readonly (readonly Typed[])[]): Uint8Array {
  const files = unzipSync(bytes);
  const path = "xl/worksheets/sheet1.xml";
  const xml = strFromU8(files[path]!);
  const styleOf = new Map(
    [...xml.matchAll(/<col min="(\d+)" max="\d+"[^>]* style="(\d+)"/g)].map((m) => [
      Number(m[1]) - 1,
      m[2],
    ]),
  );
  const body = rows
    .map((row, r) => {
      const cells = row.map((v, c) => {
        if (v === undefined) return "";
        const ref = `${columnLetter(c)}${r + 2}`;
        const s = styleOf.has(c) ? ` s="${styleOf.get(c)}"` : "";
        if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
        if (typeof v === "object") return `<c r="${ref}"${s}><v>${excelSerial(v.date)}</v></c>`;
        return `<c r="${ref}"${s} t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
      });
      return `<row r="${r + 2}">${cells.join("")}</row>`;
    })
    .join("");
  files[path] = strToU8(xml.replace("</sheetData>", `${body}</sheetData>`));
  return zipSync(files);
}
