import type { XlsxStyle } from "./write-types.js";
import { escapeAttr, NS, XML_HEAD } from "./write-xml.js";

const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  general: 0,
  integer: 1,
  decimal: 2,
  text: 49,
};
const CUSTOM_FORMATS: Readonly<Record<string, string>> = {
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm:ss",
};

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';

/** Style id 1: text format, what plain string cells get (so IDs stay text when edited). */
export const TEXT_STYLE = 1;

/**
 * The `styles.xml` of a workbook being written: styles become `cellXfs` indexes, equal
 * styles share one. Index 0 is the default and 1 the text format.
 */
export class StyleSheet {
  private readonly fonts = [DEFAULT_FONT];
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  private readonly numFmts: string[] = [];
  private readonly xfs: string[] = [];
  private readonly byKey = new Map<string, number>();

  constructor() {
    this.id({});
    this.id({ numFmt: "text" });
  }

  /** The `cellXfs` index of a style. */
  id(style: XlsxStyle | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify(style, Object.keys(style).sort());
    const hit = this.byKey.get(key);
    if (hit !== undefined) return hit;
    const numFmtId = this.numFmt(style.numFmt);
    const fontId = this.font(style);
    const fillId = style.fill ? this.add(this.fills, fillXml(style.fill)) : 0;
    const borderId = style.border ? this.add(this.borders, BORDER) : 0;
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) attrs += ' applyNumberFormat="1"';
    if (fontId) attrs += ' applyFont="1"';
    if (fillId) attrs += ' applyFill="1"';
    if (borderId) attrs += ' applyBorder="1"';
    if (style.quotePrefix) attrs += ' quotePrefix="1"';
    const align = alignment(style);
    const xf = align ? `<xf ${attrs} applyAlignment="1">${align}</xf>` : `<xf ${attrs}/>`;
    const id = this.xfs.length;
    this.xfs.push(xf);
    this.byKey.set(key, id);
    return id;
  }

  /** The complete `styles.xml`. */
  xml(): string {
    const numFmts =
      this.numFmts.length > 0
        ? `<numFmts count="${this.numFmts.length}">${this.numFmts.join("")}</numFmts>`
        : "";
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS}">${numFmts}` +
      `<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join("")}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join("")}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }

  private add(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  private numFmt(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    const code = CUSTOM_FORMATS[format] ?? format;
    const attr = `formatCode="${escapeAttr(code)}"/>`;
    const existing = this.numFmts.findIndex((x) => x.endsWith(attr));
    if (existing >= 0) return 164 + existing;
    const id = 164 + this.numFmts.length;
    this.numFmts.push(`<numFmt numFmtId="${id}" ${attr}`);
    return id;
  }

  private font(style: XlsxStyle): number {
    if (!style.bold && !style.italic && !style.size && !style.color) return 0;
    const xml =
      "<font>" +
      (style.bold ? "<b/>" : "") +
      (style.italic ? "<i/>" : "") +
      (style.color ? `<color rgb="FF${colour(style.color)}"/>` : "") +
      `<sz val="${style.size ?? 11}"/><name val="Calibri"/><family val="2"/></font>`;
    return this.add(this.fonts, xml);
  }
}

const BORDER =
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
  '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

function colour(rgb: string): string {
  const hex = rgb.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new RangeError(`XLSX colour must be RRGGBB, got "${rgb}"`);
  return hex;
}

const fillXml = (rgb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="FF${colour(rgb)}"/><bgColor indexed="64"/></patternFill></fill>`;

function alignment(style: XlsxStyle): string {
  if (!style.align && !style.valign && !style.wrap) return "";
  return (
    "<alignment" +
    (style.align ? ` horizontal="${style.align}"` : "") +
    (style.valign ? ` vertical="${style.valign}"` : "") +
    (style.wrap ? ' wrapText="1"' : "") +
    "/>"
  );
}
