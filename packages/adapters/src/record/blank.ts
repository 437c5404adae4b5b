/**
 * What scripts and databases write for a missing value: pandas (`nan`, `NaN`, `NaT`, `<NA>`)
 * and SQL (`NULL`). No register holds them as a value. Not Python's `None`: it is also a
 * word, and a choice's label (a need's fulfilment "None").
 */
const MISSING = new Set(["nan", "NaN", "NaT", "<NA>", "NULL", "null"]);

/**
 * Whether a cell holds nothing: empty, only spaces, or a missing-value marker a script wrote.
 * The common filled cell is decided on its first character, without a trimmed copy.
 */
export function isBlankCell(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  if (c > 32 && c !== 0x3000 && c !== 0xa0) {
    // n, N, <: the first letters of the markers.
    return text.length <= 4 && (c === 110 || c === 78 || c === 60) && MISSING.has(text);
  }
  const t = text.trim();
  return t === "" || MISSING.has(t);
}

/** Whether every cell of a row holds nothing (see {@link isBlankCell}). */
export function isBlankRow(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i]!)) return false;
  return true;
}
