// An opening row or cell tag (any namespace prefix) and its attributes.
const TAG = /<(?:[\w.-]+:)?(row|c)([\s/>][^>]*)/g;
// A reference in the attributes: `r="AB12"` (a cell) or `r="12"` (a row).
const REF = /\br\s*=\s*["']([A-Za-z]{0,3})(\d{0,7})/;

/** The columns and rows a sheet's cells reach; 0 when it has no cells. */
export interface Used {
  readonly columns: number;
  readonly rows: number;
}

/**
 * The used range of a sheet (Excel's term), from its cells (with or without references), as
 * the XML arrives in pieces. Merged areas are spread only over it, so a merge up to column XFD in a sheet of
 * three columns costs three cells a row, not 16,384.
 */
export class UsedRange {
  private columns = 0;
  private rows = 0;
  private tail = "";
  /** The current row and column; cells without a reference follow the one before. */
  private row = 0;
  private column = 0;

  /** Scan a piece; a tag cut at its end is kept for the next one. */
  push(piece: string): void {
    const text = this.tail.length === 0 ? piece : this.tail + piece;
    const lt = text.lastIndexOf("<");
    // Only an open tag is carried over, never a long text after a complete one.
    const cut = lt >= 0 && text.indexOf(">", lt) < 0 ? lt : text.length;
    this.scan(cut === text.length ? text : text.slice(0, cut));
    this.tail = text.slice(cut);
  }

  /** The range once every piece is in. */
  end(): Used {
    this.scan(this.tail);
    this.tail = "";
    return { columns: this.columns, rows: this.rows };
  }

  private scan(text: string): void {
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      const ref = REF.exec(m[2]!);
      if (m[1] === "row") {
        const r = ref?.[2] ? Number(ref[2]) : 0;
        this.row = r > this.row ? r : this.row + 1;
        this.column = 0;
        continue;
      }
      let c = this.column + 1;
      if (ref?.[1]) {
        const letters = ref[1].toUpperCase();
        c = 0;
        for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
      }
      this.column = c;
      if (c > this.columns) this.columns = c;
      if (this.row > this.rows) this.rows = this.row;
    }
  }
}

/** {@link UsedRange} of a whole sheet's XML. */
export function usedRange(xml: string): Used {
  const u = new UsedRange();
  u.push(xml);
  return u.end();
}
