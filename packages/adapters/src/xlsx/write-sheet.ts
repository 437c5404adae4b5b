import { isFormulaRisk } from "../csv/formula.js";
import { type StyleSheet, TEXT_STYLE } from "./write-styles.js";
import type {
  XlsxCell,
  XlsxSheetOptions,
  XlsxStyle,
  XlsxStyledCell,
  XlsxValidation,
} from "./write-types.js";
import {
  cellRef,
  columnLetter,
  escapeAttr,
  escapeText,
  NS,
  REL_NS,
  XML_HEAD,
} from "./write-xml.js";

/** Shared strings of a workbook being written, up to `limit` distinct ones. */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  /** The index of a text in the table, or `undefined` when the table is full without it. */
  id(text: string): number | undefined {
    let k = this.index.get(text);
    if (k === undefined) {
      if (this.list.length >= this.limit) return undefined;
      k = this.list.length;
      this.list.push(text);
      this.index.set(text, k);
    }
    return k;
  }

  xml(): string {
    const si = this.list.map(
      (s) => `<si><t${needsPreserve(s) ? ' xml:space="preserve"' : ""}>${escapeText(s)}</t></si>`,
    );
    return `${XML_HEAD}<sst xmlns="${NS}" count="${this.list.length}" uniqueCount="${this.list.length}">${si.join("")}</sst>`;
  }
}

const isStyled = (c: XlsxCell): c is XlsxStyledCell => typeof c === "object" && c !== null;

/** Column styles resolved once: the style ids plain values of each kind get. */
interface ColumnIds {
  str: number;
  risky: number;
  num: number;
  inline: boolean;
}

/** Writes one worksheet's XML: the part before the rows, each row, and the part after. */
export class SheetXml {
  private readonly cols: ColumnIds[];
  private readonly letters: string[] = [];
  private readonly neutralize: boolean;

  constructor(
    private readonly options: XlsxSheetOptions,
    private readonly styles: StyleSheet,
    private readonly strings: SharedStrings | undefined,
    neutralize: boolean,
  ) {
    this.neutralize = neutralize;
    this.cols = (options.columns ?? []).map((c) => {
      const base = c?.style;
      const str = base ? styles.id(base) : TEXT_STYLE;
      const riskyStyle: XlsxStyle = { ...(base ?? { numFmt: "text" }), quotePrefix: true };
      return {
        str,
        risky: styles.id(riskyStyle),
        num: base ? str : 0,
        inline: c?.strings === "inline",
      };
    });
  }

  private letter(ci: number): string {
    let l = this.letters[ci];
    if (l === undefined) {
      l = columnLetter(ci);
      this.letters[ci] = l;
    }
    return l;
  }

  /** Everything before `<sheetData>`'s rows. */
  head(): string {
    const o = this.options;
    let xml = `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">`;
    if (o.print?.fitToWidth) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    const fr = o.freeze?.rows ?? 0;
    const fc = o.freeze?.columns ?? 0;
    if (fr > 0 || fc > 0) {
      const top = cellRef(fr, fc);
      const pane = fr > 0 && fc > 0 ? "bottomRight" : fr > 0 ? "bottomLeft" : "topRight";
      xml +=
        `<sheetViews><sheetView workbookViewId="0"><pane${fc > 0 ? ` xSplit="${fc}"` : ""}${fr > 0 ? ` ySplit="${fr}"` : ""} topLeftCell="${top}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`;
    }
    const cols = (o.columns ?? [])
      .map((c, i) => {
        if (!c || (c.width === undefined && !c.style && !c.hidden)) return "";
        const width = c.width !== undefined ? ` width="${round(c.width)}" customWidth="1"` : "";
        const style = c.style ? ` style="${this.cols[i]!.str}"` : "";
        return `<col min="${i + 1}" max="${i + 1}"${width}${style}${c.hidden ? ' hidden="1"' : ""}/>`;
      })
      .join("");
    if (cols) xml += `<cols>${cols}</cols>`;
    return `${xml}<sheetData>`;
  }

  /** One row, 0-based `index`. */
  row(index: number, cells: readonly XlsxCell[]): string {
    const r = index + 1;
    const height = this.options.heights?.[index];
    let xml = height ? `<row r="${r}" ht="${height}" customHeight="1">` : `<row r="${r}">`;
    // A cell right after the previous one needs no reference (readers count on); one after
    // a gap names its place.
    let next = 0;
    for (let ci = 0; ci < cells.length; ci++) {
      const cell = cells[ci];
      if (cell === null || cell === undefined || cell === "") continue;
      const at = ci === next ? "" : ` r="${this.letter(ci)}${r}"`;
      next = ci + 1;
      let v: unknown = cell;
      let own: XlsxStyle | undefined;
      if (isStyled(cell)) {
        v = cell.value;
        own = cell.style;
        if (v === null || v === undefined || v === "") {
          if (own) xml += `<c${at} s="${this.styles.id(own)}"/>`;
          continue;
        }
      }
      const col = this.cols[ci];
      if (typeof v === "number") {
        if (!Number.isFinite(v)) continue;
        const s = own ? this.styles.id(own) : (col?.num ?? 0);
        xml += s ? `<c${at} s="${s}"><v>${v}</v></c>` : `<c${at}><v>${v}</v></c>`;
      } else if (typeof v === "boolean") {
        const s = own ? this.styles.id(own) : (col?.num ?? 0);
        xml += `<c${at}${s ? ` s="${s}"` : ""} t="b"><v>${v ? 1 : 0}</v></c>`;
      } else {
        const text = String(v);
        const c0 = text.charCodeAt(0);
        // Only = + - @ tab CR and ' can start formula-like text: test the first character first.
        const risky =
          this.neutralize &&
          (c0 === 61 ||
            c0 === 43 ||
            c0 === 45 ||
            c0 === 64 ||
            c0 === 9 ||
            c0 === 13 ||
            c0 === 39) &&
          isFormulaRisk(text);
        const s = own
          ? this.styles.id(risky ? { ...own, quotePrefix: true } : own)
          : risky
            ? (col?.risky ?? this.styles.id({ numFmt: "text", quotePrefix: true }))
            : (col?.str ?? TEXT_STYLE);
        const k = col?.inline ? undefined : this.strings?.id(text);
        if (k !== undefined) {
          xml += `<c${at} s="${s}" t="s"><v>${k}</v></c>`;
        } else {
          const preserve = needsPreserve(text) ? ' xml:space="preserve"' : "";
          xml += `<c${at} s="${s}" t="inlineStr"><is><t${preserve}>${escapeText(text)}</t></is></c>`;
        }
      }
    }
    return `${xml}</row>`;
  }

  /** Everything after the rows; `extra` adds merges and validations known only at the end. */
  tail(extra: Pick<XlsxSheetOptions, "merges" | "validations" | "autoFilter"> = {}): string {
    const o = this.options;
    let xml = "</sheetData>";
    const filter = extra.autoFilter ?? o.autoFilter;
    if (filter) xml += `<autoFilter ref="${filter}"/>`;
    const merges = [...(o.merges ?? []), ...(extra.merges ?? [])];
    if (merges.length > 0) {
      xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
    }
    const validations = [...(o.validations ?? []), ...(extra.validations ?? [])];
    if (validations.length > 0) {
      xml += `<dataValidations count="${validations.length}">${validations.map(validationXml).join("")}</dataValidations>`;
    }
    if (o.print) {
      xml +=
        '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
        `<pageSetup paperSize="9"${o.print.landscape ? ' orientation="landscape"' : ""}${o.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`;
    }
    return `${xml}</worksheet>`;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Whether XML readers would drop some of the text's white space without `xml:space`. */
function needsPreserve(text: string): boolean {
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(text.length - 1);
  return a <= 32 || z <= 32 || text.includes("\n") || text.includes("\t");
}
const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

function formula(v: number | string): string {
  return typeof v === "number" ? String(v) : escapeText(v);
}

function validationXml(v: XlsxValidation): string {
  let attrs = v.type === "any" ? "" : `type="${v.type}"`;
  if (v.operator && v.type !== "list" && v.type !== "any") attrs += ` operator="${v.operator}"`;
  if (v.allowBlank ?? true) attrs += ' allowBlank="1"';
  if (v.prompt) {
    attrs += ' showInputMessage="1"';
    if (v.prompt.title) attrs += ` promptTitle="${escapeAttr(cut(v.prompt.title, 32))}"`;
    attrs += ` prompt="${escapeAttr(cut(v.prompt.text, 255))}"`;
  }
  if (v.error) {
    attrs += ' showErrorMessage="1"';
    if (v.error.style && v.error.style !== "stop") attrs += ` errorStyle="${v.error.style}"`;
    if (v.error.title) attrs += ` errorTitle="${escapeAttr(cut(v.error.title, 32))}"`;
    attrs += ` error="${escapeAttr(cut(v.error.text, 225))}"`;
  }
  attrs += ` sqref="${v.range}"`;
  let body = "";
  if (v.type === "list") {
    const source = v.source ?? `"${(v.list ?? []).join(",").replace(/"/g, '""')}"`;
    body = `<formula1>${escapeText(source)}</formula1>`;
  } else if (v.type !== "any") {
    if (v.min !== undefined) body += `<formula1>${formula(v.min)}</formula1>`;
    if (v.max !== undefined) body += `<formula2>${formula(v.max)}</formula2>`;
  }
  return `<dataValidation ${attrs.trim()}>${body}</dataValidation>`;
}
