import { expectText } from "../../i18n/argument.js";
import { normalizeText } from "../normalize-text/normalize-text.js";

const MIDDLE_DOT = "\u00b7";

// The character class lists the separators people type between the parts of Uyghur, Tibetan
// and foreign names: U+00B7 (the one on ID cards), U+0387, U+2022 •, U+2027 ‧, U+2219 ∙,
// U+22C5 ⋅, U+30FB ・, U+318D ㆍ, U+FF65 ･. Literals, so that importing compiles nothing eagerly.
const MAY_CHANGE = /[ .\u00b7\u0387\u2022\u2027\u2219\u22c5\u30fb\u318d\uff65]/;
const DOT_RUN =
  / ?[\u00b7\u0387\u2022\u2027\u2219\u22c5\u30fb\u318d\uff65](?: ?[\u00b7\u0387\u2022\u2027\u2219\u22c5\u30fb\u318d\uff65])* ?/g;
// A full stop is a typing substitute for the dot only between two Chinese characters.
const HAN_FULL_STOP = /(?<=\p{Script=Han}) ?\. ?(?=\p{Script=Han})/gu;
const HAN_SPACE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

/**
 * Normalise a person's name for storage and matching: {@link normalizeText} first, then
 * - spaces between Chinese characters removed ("王 伟" → "王伟", "欧阳 娜娜" → "欧阳娜娜"),
 * - every middle-dot look-alike (·•‧・･ …, and a full stop between Chinese characters) turned
 *   into U+00B7 without spaces around it ("买买提 · 艾力" → "买买提·艾力"),
 * - Latin names keep single spaces and their case ("John  Smith" → "John Smith").
 *
 * Traditional characters are kept; combine with {@link toSimplified} when matching across them.
 *
 * @example
 * ```ts
 * import { normalizeName } from "@linli/core";
 * normalizeName(" 王　伟 "); // "王伟"
 * normalizeName("买买提 • 艾力"); // "买买提·艾力"
 * normalizeName("John  Smith"); // "John Smith"
 * ```
 */
export function normalizeName(s: string): string {
  expectText("normalizeName", "s", s);
  const text = normalizeText(s);
  if (!MAY_CHANGE.test(text)) return text;
  return text
    .replace(DOT_RUN, MIDDLE_DOT)
    .replace(HAN_FULL_STOP, MIDDLE_DOT)
    .replace(HAN_SPACE, "");
}
