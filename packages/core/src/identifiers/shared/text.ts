/**
 * Turn what people paste into an identifier field into plain ASCII: full-width digits and
 * letters become half-width (NFKC), and a leading apostrophe (Excel's "keep as text" mark)
 * is dropped. Non-strings (a number straight from a spreadsheet) are stringified so that the
 * damage they carry can be reported instead of thrown on.
 */
export function toAscii(input: unknown): string {
  const text = typeof input === "string" ? input : input == null ? "" : String(input);
  return text
    .normalize("NFKC")
    .trim()
    .replace(/^['‘’]/, "");
}

/** Remove every kind of space, including the no-break and zero-width ones Excel exports. */
export function removeSpaces(text: string): string {
  return text.replace(/[\s\u200b-\u200d\ufeff]/g, "");
}

/**
 * Whether a value looks like a long number that Excel displayed in scientific notation
 * ("6.10113E+17", "6.10113e17", "6E+17"). The decimal mark or the "+" is required so that
 * codes that merely contain an "E" are not mistaken for it.
 */
export function isScientificNotation(compact: string): boolean {
  return /^\d+(?:[.,]\d+E\+?|E\+)\d{1,2}$/i.test(compact);
}

/** Whether a value is a JavaScript number too large to hold every digit of an identifier. */
export function isLossyNumber(input: unknown): boolean {
  return typeof input === "number" && !Number.isSafeInteger(input);
}

/** Characters that stand for hidden digits: 138****8000, 138●●●●8000, 138xxxx8000. */
const MASK_RUN = /[*●•×]{2}|[xX]{2}/;
const MASKED_SHAPE = /^\+?[\d*●•×xX]+$/;

/**
 * Whether a compact value (no spaces) is an identifier with some of its digits hidden, as
 * lists published or passed outside an office show them (138****8000, 610102********123X):
 * at least three digits, and two or more masking characters in a row. Such a value cannot
 * reach or identify anyone, whatever its length.
 */
export function isMasked(compact: string): boolean {
  if (!MASKED_SHAPE.test(compact) || !MASK_RUN.test(compact)) return false;
  let digits = 0;
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && ++digits >= 3) return true;
  }
  return false;
}
