/** How a data row is let out: as it is, or marked as a totals row or a note below the data. */
export type Release<T> = (item: T, footer?: "totals" | "note") => void;

/**
 * Holds back rows that look like notes below the data (注：…, 填表人：…, and blank rows after
 * them) until it is known whether data follows: if it does they were data after all; at the
 * end of the table they are notes. A totals row (合计) is a footer wherever it is.
 */
export class FooterHold<T> {
  private held: T[] = [];

  constructor(private readonly isBlank: (item: T) => boolean) {}

  /** One row, with the footer kind its cells suggest; `release` gets every row let out. */
  row(item: T, kind: "totals" | "note" | undefined, release: Release<T>): void {
    if (kind === "totals") {
      this.flush(release);
      release(item, "totals");
    } else if (kind === "note" || (this.held.length > 0 && this.isBlank(item))) {
      this.held.push(item);
    } else {
      this.flush(release);
      release(item);
    }
  }

  /** The end of the table: rows still held are notes, blank ones stay blank rows. */
  end(release: Release<T>): void {
    for (const item of this.held) release(item, this.isBlank(item) ? undefined : "note");
    this.held = [];
  }

  /** Whether rows are held back. */
  get holding(): boolean {
    return this.held.length > 0;
  }

  private flush(release: Release<T>): void {
    if (this.held.length === 0) return;
    for (const item of this.held) release(item);
    this.held = [];
  }
}
