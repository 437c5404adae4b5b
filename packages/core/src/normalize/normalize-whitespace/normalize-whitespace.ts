import { expectText } from "../../i18n/argument.js";

/** Characters that render as nothing and only get in the way of matching. */
function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0xfeff || code === 0x2060;
}

/** The characters `\s` matches, minus U+FEFF (treated as zero-width, not as a space). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Trim a cell, collapse every run of whitespace (tabs, line breaks, no-break spaces U+00A0,
 * ideographic spaces U+3000 …) to one ASCII space, and drop zero-width characters (U+200B–U+200D,
 * U+2060 and the byte-order mark U+FEFF) that spreadsheets and web forms leave behind.
 *
 * Returns the very same string when it is already clean.
 *
 * @example
 * ```ts
 * import { normalizeWhitespace } from "@linli/core";
 * normalizeWhitespace("  张\u200b三 \t\n 李四\u00a0"); // "张三 李四"
 * normalizeWhitespace("\ufeff绿地世纪城"); // "绿地世纪城"
 * ```
 */
export function normalizeWhitespace(s: string): string {
  expectText("normalizeWhitespace", "s", s);
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x20) {
      // A single inner ASCII space is already normal.
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 0x20) break;
      if (isSpace(s.charCodeAt(i + 1)) || isZeroWidth(s.charCodeAt(i + 1))) break;
    } else if (isSpace(code) || isZeroWidth(code)) {
      break;
    }
  }
  return i === n ? s : rebuild(s);
}

function rebuild(s: string): string {
  let out = "";
  let segment = -1;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const space = isSpace(code);
    if (space || isZeroWidth(code)) {
      if (segment >= 0) {
        out += s.slice(segment, i);
        segment = -1;
      }
      if (space && out.length > 0) pendingSpace = true;
      continue;
    }
    if (segment < 0) {
      if (pendingSpace) out += " ";
      pendingSpace = false;
      segment = i;
    }
  }
  return segment >= 0 ? out + s.slice(segment) : out;
}
