import { expectText } from "../../i18n/argument.js";
import { normalizeWhitespace } from "../normalize-whitespace/normalize-whitespace.js";
import { toHalfWidth } from "../to-half-width/to-half-width.js";

/**
 * The default clean-up for a spreadsheet cell or form answer: full-width ASCII to half-width
 * ({@link toHalfWidth}), then trimmed, with whitespace runs collapsed and zero-width characters
 * dropped ({@link normalizeWhitespace}).
 *
 * Returns the very same string when it is already clean.
 *
 * @example
 * ```ts
 * import { normalizeText } from "@linli/core";
 * normalizeText("　３号楼　　２单元\u200b "); // "3号楼 2单元"
 * ```
 */
export function normalizeText(s: string): string {
  expectText("normalizeText", "s", s);
  return normalizeWhitespace(toHalfWidth(s));
}
