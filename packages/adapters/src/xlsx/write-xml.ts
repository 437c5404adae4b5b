// XML text and the fixed parts of a workbook, shared by the in-memory and streaming writers.

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

// XML 1.0 forbids these characters, and readers turn a carriage return into a line feed:
// they are written the OOXML way (_x000D_).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters being escaped.
const INVALID_XML = /[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same characters, tested first.
const NEEDS_ESCAPE = /[&<>_\x00-\x08\x0b-\x1f\ufffe\uffff]/;

/** Escape text for XML, and control characters and literal `_xHHHH_` the OOXML way. */
export function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(
      INVALID_XML,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** {@link escapeText} for attribute values. */
export const escapeAttr = (text: string) =>
  escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

/**
 * The column letters of a zero-based index: 0 → A, 26 → AA.
 *
 * @example
 * ```ts
 * import { columnLetter } from "@linli/adapters";
 * [columnLetter(0), columnLetter(25), columnLetter(26)]; // ["A", "Z", "AA"]
 * ```
 */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/**
 * An A1-style reference from 0-based row and column indexes; with a second pair, a range.
 *
 * @example
 * ```ts
 * import { cellRef } from "@linli/adapters";
 * [cellRef(0, 0), cellRef(0, 0, 0, 7), cellRef(1, 2, 1_048_575, 2)]; // ["A1", "A1:H1", "C2:C1048576"]
 * ```
 */
export function cellRef(row: number, col: number, toRow?: number, toCol?: number): string {
  const a = `${columnLetter(col)}${row + 1}`;
  return toRow === undefined ? a : `${a}:${columnLetter(toCol ?? col)}${toRow + 1}`;
}

/** The same range with `$` anchors, as defined names want: `'Sheet'!$A$1:$A$3`. */
export function absoluteRef(sheet: string, range: string): string {
  const abs = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

/** A sheet name Excel accepts, unique (case-insensitively) among `used`. */
export function sheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";
  let k = 2;
  while (used.has(base.toLowerCase())) base = `${base.slice(0, 27)}(${k++})`;
  used.add(base.toLowerCase());
  return base;
}

export const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;

export const override = (part: string, type: string) =>
  `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;

/** Content types, package and workbook relationships for `sheets` sheets. */
export function packageParts(sheets: number, shared: boolean): Record<string, string> {
  const n = sheets;
  const wbRels = Array.from({ length: n }, (_, i) =>
    rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`),
  );
  wbRels.push(rel(`rId${n + 1}`, "styles", "styles.xml"));
  if (shared) wbRels.push(rel(`rId${n + 2}`, "sharedStrings", "sharedStrings.xml"));
  const overrides = [
    override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
    override("/xl/styles.xml", "spreadsheetml.styles+xml"),
    ...Array.from({ length: n }, (_, i) =>
      override(`/xl/worksheets/sheet${i + 1}.xml`, "spreadsheetml.worksheet+xml"),
    ),
    ...(shared ? [override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml")] : []),
  ];
  return {
    "xl/_rels/workbook.xml.rels": `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${wbRels.join("")}</Relationships>`,
    "_rels/.rels": `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
    "[Content_Types].xml": `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  };
}
