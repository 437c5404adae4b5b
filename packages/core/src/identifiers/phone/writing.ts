// How people write phone numbers: the one definition behind compactPhone, checkPhone's
// extension, the canonical PHONE_PATTERN and the constraint of phone questions in XLSForms.

/**
 * The ways of writing a phone number that linli reads: what may stand between the digits,
 * the words before an extension, and how many digits the canonical number has.
 *
 * @example
 * ```ts
 * import { PHONE_WRITING } from "@linli/core";
 * PHONE_WRITING.separators.includes("-"); // true: 029-8888-6666
 * PHONE_WRITING.digits; // { min: 3, max: 20 }
 * ```
 */
export const PHONE_WRITING = {
  /** Put between digits (once full-width forms are folded): dashes, dots, slashes, brackets. */
  separators: "-‐‑‒–—―.·()[]/",
  /**
   * Spaces that keyboards type: ordinary, no-break, thin and ideographic (full-width). On
   * import every other Unicode space is dropped as well.
   */
  spaces: " \u00a0\u2009\u202f\u3000",
  /** Words before an extension at the end (`转 801`, `ext. 12`), longest first; any case. */
  extensions: ["分机号", "分机", "转", "extension", "ext.", "ext", "x", "#"],
  /** Digits of an extension. */
  extensionDigits: { min: 1, max: 6 },
  /** Digits of the canonical number (after an optional `+`). */
  digits: { min: 3, max: 20 },
} as const;

// Escaped as XML Schema, Java and JavaScript regular expressions all read them.
const REGEX_SPECIAL = /[\\^.*+?()[\]{}|-]/g;
const quoted = (s: string) => s.replace(REGEX_SPECIAL, "\\$&");
const chars = (s: string) => [...s].map(quoted).join("");

/** A separator between digits (JavaScript; spaces are removed apart, with every `\s`). */
export const PHONE_SEPARATOR = new RegExp(`[${chars(PHONE_WRITING.separators)}]`, "g");

/** An extension at the end of a number (JavaScript): the digits are group 1. */
export const PHONE_EXTENSION = new RegExp(
  `\\s*(?:${PHONE_WRITING.extensions.map(quoted).join("|")})\\s*(\\d{${PHONE_WRITING.extensionDigits.min},${PHONE_WRITING.extensionDigits.max}})$`,
  "i",
);

/** The canonical form: digits dialled at home, or `+` and the international number. */
export const CANONICAL_PHONE = new RegExp(
  `^\\+?[0-9]{${PHONE_WRITING.digits.min},${PHONE_WRITING.digits.max}}$`,
);

// A character and its full-width form (U+FF01–FF5E), which NFKC folds back to it.
const wide = (c: string) => {
  const code = c.charCodeAt(0);
  return code > 0x20 && code < 0x7f ? c + String.fromCharCode(code + 0xfee0) : c;
};
// A character in either case, each also full width.
const both = (s: string) =>
  [...s]
    .map((c) => (/[a-z]/i.test(c) ? c.toLowerCase() + c.toUpperCase() : c))
    .map((cs) => [...cs].map(wide).join(""))
    .join("");

/**
 * The phone numbers linli reads as they are written, as one regular expression with no flags,
 * no escapes of classes (`\d`, `\s`) and no lookarounds, so that XPath's `regex()` (ODK,
 * KoboToolbox, Enketo) reads it as JavaScript does. Built from {@link PHONE_WRITING}: every
 * number `checkPhone` accepts matches (spaces, dashes, brackets, `+86`, `0086`, full-width
 * digits, an extension) when it is written with what keyboards type; it checks the shape
 * only, and `checkPhone` decides on import.
 *
 * @example
 * ```ts
 * import { phoneWritingPattern } from "@linli/core";
 * const re = new RegExp(phoneWritingPattern());
 * re.test("029-8888 6666"); // true
 * re.test("+86 138 0013 8000"); // true
 * re.test("138OO138OOO"); // false
 * ```
 */
export function phoneWritingPattern(): string {
  const w = PHONE_WRITING;
  const sep = `[${chars(both(w.spaces + w.separators))}]`;
  const space = `[${chars(both(w.spaces))}]`;
  const digit = `[0-9${chars("０１２３４５６７８９")}]`;
  const ext = w.extensions
    .map((e) =>
      [...e].map((c) => (both(c).length > 1 ? `[${chars(both(c))}]` : quoted(c))).join(""),
    )
    .join("|");
  const { min, max } = w.digits;
  const x = w.extensionDigits;
  return `^${sep}*([${chars(both("+"))}]${sep}*)?(${digit}${sep}*){${min},${max}}(${space}*(${ext})${space}*${digit}{${x.min},${x.max}}${space}*)?$`;
}
