import { expectArgument, expectText } from "@linli/core";

// A header cell is a label; a cell holding an ID number, a phone or an e-mail address is a
// person's data. Digits are counted after removing the separators people type in them.
const SEPARATORS = /[\s\-()（）+.]/g;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ID_LIKE = /^\d{17}[\dXx]$|^\d{15}$/;

/**
 * Whether a cell holds a personal value rather than a label: an ID number (18 or 15
 * characters), a phone or any other number of 7 digits or more, or an e-mail address. Used
 * to tell a header row from a first row of data, and to keep such text out of shared outputs.
 *
 * @example
 * ```ts
 * import { looksLikeValue } from "@linli/adapters";
 * looksLikeValue("13800138000"); // true
 * looksLikeValue("110101199003077777"); // true
 * looksLikeValue("联系电话"); // false
 * looksLikeValue("2024年"); // false
 * ```
 */
export function looksLikeValue(cell: string): boolean {
  expectText("looksLikeValue", "cell", cell);
  const text = cell.trim();
  if (text.length < 5 || text.length > 254) return false;
  if (EMAIL.test(text)) return true;
  const compact = text.replace(SEPARATORS, "");
  if (ID_LIKE.test(compact)) return true;
  return /^\d{7,}$/.test(compact);
}

/**
 * Whether a row looks like a record rather than a header: one of its cells holds a
 * personal value ({@link looksLikeValue}).
 *
 * @example
 * ```ts
 * import { looksLikeDataRow } from "@linli/adapters";
 * looksLikeDataRow(["王伟", "110101199003077777", "13800138000"]); // true
 * looksLikeDataRow(["姓名", "身份证号", "联系电话"]); // false
 * ```
 */
export function looksLikeDataRow(cells: readonly string[]): boolean {
  expectArgument("looksLikeDataRow", "cells", "texts", cells);
  for (const c of cells) if (looksLikeValue(c)) return true;
  return false;
}
