import { strToU8, zipSync } from "fflate";

/** A cell value the XLSX writer accepts; `null` and `undefined` leave the cell empty. */
export type XlsxCell = string | number | boolean | null | undefined;

/** One worksheet to write. */
export interface XlsxSheet {
  /** Sheet name; Excel allows at most 31 characters and none of `[]:*?/\`. */
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
}

/** Options of {@link writeXlsx}. */
export interface XlsxWriteOptions {
  /**
   * How strings are stored: `"shared"` (default, what Excel writes) or `"inline"`.
   * Either way string cells get the Text (`@`) format, so Excel never turns an ID into a
   * number when the cell is edited.
   */
  readonly strings?: "shared" | "inline";
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; they are escaped.
const INVALID_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

/** Escape text for XML, and control characters and literal `_xHHHH_` the OOXML way. */
function escapeText(text: string): string {
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

const escapeAttr = (text: string) => escapeText(text).replace(/"/g, "&quot;");

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

function sheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";
  let k = 2;
  while (used.has(base.toLowerCase())) base = `${base.slice(0, 28)}(${k++})`;
  used.add(base.toLowerCase());
  return base;
}

/**
 * Write a minimal, valid XLSX workbook: one or more sheets of string, number and boolean
 * cells. Strings are stored as text (never as numbers), with leading and trailing spaces
 * and line breaks preserved.
 *
 * @example
 * ```ts
 * import { writeXlsx } from "@linli/adapters";
 * const bytes = writeXlsx([{ name: "居民", rows: [["姓名", "身份证号"], ["王伟", "11010519491231002X"]] }]);
 * ```
 */
export function writeXlsx(
  sheets: readonly XlsxSheet[],
  options: XlsxWriteOptions = {},
): Uint8Array {
  if (sheets.length === 0) throw new RangeError("writeXlsx needs at least one sheet");
  const inline = options.strings === "inline";
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  const names = sheets.map((s) => sheetName(s.name, used));

  sheets.forEach((sheet, si) => {
    const parts: string[] = [];
    sheet.rows.forEach((row, ri) => {
      parts.push(`<row r="${ri + 1}">`);
      row.forEach((v, ci) => {
        if (v === null || v === undefined || v === "") return;
        const ref = `${columnLetter(ci)}${ri + 1}`;
        if (typeof v === "number") {
          if (Number.isFinite(v)) parts.push(`<c r="${ref}"><v>${v}</v></c>`);
        } else if (typeof v === "boolean") {
          parts.push(`<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`);
        } else if (inline) {
          parts.push(
            `<c r="${ref}" s="1" t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`,
          );
        } else {
          let k = sharedIndex.get(v);
          if (k === undefined) {
            k = shared.length;
            shared.push(v);
            sharedIndex.set(v, k);
          }
          parts.push(`<c r="${ref}" s="1" t="s"><v>${k}</v></c>`);
        }
      });
      parts.push("</row>");
    });
    files[`xl/worksheets/sheet${si + 1}.xml`] = strToU8(
      `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetData>${parts.join("")}</sheetData></worksheet>`,
    );
  });

  const sheetEntries = names
    .map((n, i) => `<sheet name="${escapeAttr(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  files["xl/workbook.xml"] = strToU8(
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr date1904="false"/><sheets>${sheetEntries}</sheets></workbook>`,
  );
  const n = sheets.length;
  const wbRels = names.map((_, i) =>
    rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`),
  );
  wbRels.push(rel(`rId${n + 1}`, "styles", "styles.xml"));
  if (!inline) wbRels.push(rel(`rId${n + 2}`, "sharedStrings", "sharedStrings.xml"));
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${wbRels.join("")}</Relationships>`,
  );
  files["_rels/.rels"] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
  );
  files["xl/styles.xml"] = strToU8(STYLES);
  if (!inline) {
    const si = shared.map((s) => `<si><t xml:space="preserve">${escapeText(s)}</t></si>`).join("");
    files["xl/sharedStrings.xml"] = strToU8(
      `${XML_HEAD}<sst xmlns="${NS}" count="${shared.length}" uniqueCount="${shared.length}">${si}</sst>`,
    );
  }
  const overrides = [
    override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
    override("/xl/styles.xml", "spreadsheetml.styles+xml"),
    ...names.map((_, i) =>
      override(`/xl/worksheets/sheet${i + 1}.xml`, "spreadsheetml.worksheet+xml"),
    ),
    ...(inline ? [] : [override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml")]),
  ];
  files["[Content_Types].xml"] = strToU8(
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  return zipSync(files, { level: 6 });
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
const override = (part: string, type: string) =>
  `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
