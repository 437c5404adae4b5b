import { expectArgument } from "@linli/core";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { SharedStrings, SheetXml } from "./write-sheet.js";
import { StyleSheet } from "./write-styles.js";
import type { XlsxCell, XlsxSheetOptions, XlsxWriteOptions } from "./write-types.js";
import {
  escapeAttr,
  escapeText,
  NS,
  packageParts,
  REL_NS,
  sheetName,
  XML_HEAD,
} from "./write-xml.js";

/**
 * A worksheet being written by {@link XlsxWriter}: add rows in order, then end it.
 *
 * @example
 * ```ts
 * import { XlsxWriter } from "@linli/adapters";
 * const chunks: Uint8Array[] = [];
 * const w = new XlsxWriter((c) => chunks.push(c));
 * const sheet = w.addSheet({ name: "居民", freeze: { rows: 1 } });
 * sheet.row(["姓名"]);
 * sheet.row(["王伟"]);
 * sheet.end({ autoFilter: "A1:A2" });
 * w.end();
 * ```
 */
export interface XlsxSheetWriter {
  /** The sheet name as written (made valid and unique). */
  readonly name: string;
  /** Rows written so far. */
  readonly rowCount: number;
  /** Write the next row (cells from column A). */
  row(cells: readonly XlsxCell[]): void;
  /** Finish the sheet, with its merged areas, dropdowns and filter. */
  end(extra?: Pick<XlsxSheetOptions, "merges" | "validations" | "autoFilter">): void;
}

/** A ZIP entry deflated by a compressor given from outside (zlib in Node). */
class CustomDeflate extends ZipPassThrough {
  private readonly deflate: (chunk: Uint8Array, final: boolean) => Uint8Array;

  constructor(filename: string, deflate: (chunk: Uint8Array, final: boolean) => Uint8Array) {
    super(filename);
    this.compression = 8;
    this.deflate = deflate;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflate(chunk, final) as Uint8Array<ArrayBuffer>, final);
  }
}

/**
 * Rows a worksheet can hold.
 *
 * @example
 * ```ts
 * import { XLSX_MAX_ROWS } from "@linli/adapters";
 * const sheets = Math.ceil(2_000_000 / (XLSX_MAX_ROWS - 1)); // 2: a header row on each
 * ```
 */
export const XLSX_MAX_ROWS = 1_048_576;
const FLUSH_CHARS = 1 << 16;

/**
 * A streaming XLSX writer: sheets are written one after another, row by row, and the
 * compressed bytes go to `sink` as they are made, so memory stays flat however many rows
 * there are (with `strings: "inline"`; shared strings keep a table of distinct texts).
 * {@link writeXlsx} is the same writer collecting the bytes.
 *
 * @example
 * ```ts
 * import { XlsxWriter } from "@linli/adapters";
 * const parts: Uint8Array[] = [];
 * const w = new XlsxWriter((chunk) => parts.push(chunk), { strings: "inline", level: 1 });
 * const s = w.addSheet({ name: "居民", columns: [{ width: 10 }, { width: 21, style: { numFmt: "text" } }] });
 * s.row(["姓名", "身份证号"]);
 * s.row(["王伟", "11010519491231002X"]);
 * s.end();
 * w.end(); // parts now hold the whole .xlsx
 * ```
 */
export class XlsxWriter {
  private readonly zip: Zip;
  private readonly styles = new StyleSheet();
  private readonly strings: SharedStrings | undefined;
  private readonly names: { name: string; hidden: boolean }[] = [];
  private readonly used = new Set<string>();
  private readonly defined: string[] = [];
  private open = false;
  private error: Error | undefined;
  private finished = false;

  constructor(
    sink: (chunk: Uint8Array) => void,
    private readonly options: XlsxWriteOptions = {},
  ) {
    expectArgument("XlsxWriter", "sink", "function", sink);
    expectArgument("XlsxWriter", "options", "options", options);
    this.strings =
      options.strings === "inline" ? undefined : new SharedStrings(options.sharedLimit);
    this.zip = new Zip((err, data) => {
      if (err) this.error = err;
      else if (data.length > 0) sink(data);
    });
    for (const n of options.names ?? []) this.define(n.name, n.ref);
  }

  /** Add a workbook-level defined name (e.g. a list of choices for a dropdown). */
  define(name: string, ref: string): void {
    this.defined.push(`<definedName name="${escapeAttr(name)}">${escapeText(ref)}</definedName>`);
  }

  /** Start the next worksheet. The previous one must have ended. */
  addSheet(options: XlsxSheetOptions): XlsxSheetWriter {
    if (this.open) throw new Error("XlsxWriter: end the current sheet before adding another");
    if (this.finished) throw new Error("XlsxWriter: the workbook has ended");
    const index = this.names.length;
    const name = sheetName(options.name, this.used);
    this.names.push({ name, hidden: options.hidden === true });
    const file = this.entry(`xl/worksheets/sheet${index + 1}.xml`);
    const xml = new SheetXml(
      options,
      this.styles,
      this.strings,
      (this.options.formulas ?? "neutralize") === "neutralize",
    );
    const repeat = options.print?.repeatRows;
    if (repeat) {
      this.defined.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`'${name.replace(/'/g, "''")}'!$${repeat[0] + 1}:$${repeat[1] + 1}`)}</definedName>`,
      );
    }
    let buffer = xml.head();
    let rows = 0;
    this.open = true;
    const flush = (final: boolean) => {
      file.push(new TextEncoder().encode(buffer), final);
      buffer = "";
      this.check();
    };
    return {
      name,
      get rowCount() {
        return rows;
      },
      row: (cells) => {
        if (rows >= XLSX_MAX_ROWS) {
          throw new RangeError(`XlsxWriter: a sheet holds at most ${XLSX_MAX_ROWS} rows`);
        }
        buffer += xml.row(rows++, cells);
        if (buffer.length > FLUSH_CHARS) flush(false);
      },
      end: (extra) => {
        buffer += xml.tail(extra);
        flush(true);
        this.open = false;
      },
    };
  }

  /** Write the workbook parts and finish the archive. */
  end(): void {
    if (this.open) throw new Error("XlsxWriter: end the current sheet first");
    if (this.names.length === 0) throw new RangeError("XlsxWriter: a workbook needs a sheet");
    this.finished = true;
    const sheets = this.names
      .map(
        (n, i) =>
          `<sheet name="${escapeAttr(n.name)}" sheetId="${i + 1}"${n.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
      )
      .join("");
    const defined = this.defined.length
      ? `<definedNames>${this.defined.join("")}</definedNames>`
      : "";
    const parts: Record<string, string> = {
      "xl/workbook.xml": `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr date1904="false"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${defined}</workbook>`,
      "xl/styles.xml": this.styles.xml(),
      ...packageParts(this.names.length, this.strings !== undefined),
    };
    if (this.strings) parts["xl/sharedStrings.xml"] = this.strings.xml();
    for (const [path, text] of Object.entries(parts)) {
      this.entry(path).push(new TextEncoder().encode(text), true);
    }
    this.zip.end();
    this.check();
  }

  private entry(path: string): { push(chunk: Uint8Array, final?: boolean): void } {
    const level = this.options.level ?? 6;
    const f = this.options.deflate
      ? new CustomDeflate(path, this.options.deflate(level))
      : new ZipDeflate(path, { level: level as 6 });
    this.zip.add(f);
    return f;
  }

  private check(): void {
    if (this.error) throw this.error;
  }
}
