import { expectText } from "../../i18n/argument.js";

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
/** Full-width forms sit at a fixed distance above their ASCII counterparts. */
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

function isFullWidth(code: number): boolean {
  return (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) || code === IDEOGRAPHIC_SPACE;
}

/**
 * Turn full-width ASCII (U+FF01–U+FF5E, as typed with a Chinese input method: `１２３`, `ＡＢＣ`,
 * `（`, `＠`) into plain ASCII, and the ideographic space U+3000 into a normal space.
 * Chinese punctuation without an ASCII twin (`。`, `、`, `“`) is left alone.
 *
 * Returns the very same string when there is nothing to change, so it costs one scan on
 * clean input.
 *
 * @example
 * ```ts
 * import { toHalfWidth } from "@linli/core";
 * toHalfWidth("１３８　００１３　８０００"); // "138 0013 8000"
 * toHalfWidth("ＡＢＣ（东区）"); // "ABC(东区)"
 * ```
 */
export function toHalfWidth(s: string): string {
  expectText("toHalfWidth", "s", s);
  const n = s.length;
  let i = 0;
  while (i < n && !isFullWidth(s.charCodeAt(i))) i++;
  if (i === n) return s;

  let out = s.slice(0, i);
  let start = i;
  for (; i < n; i++) {
    const code = s.charCodeAt(i);
    if (!isFullWidth(code)) continue;
    if (start < i) out += s.slice(start, i);
    out += String.fromCharCode(code === IDEOGRAPHIC_SPACE ? 0x20 : code - FULL_WIDTH_OFFSET);
    start = i + 1;
  }
  return start < n ? out + s.slice(start) : out;
}
