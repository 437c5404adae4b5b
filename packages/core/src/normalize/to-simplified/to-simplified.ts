import { Converter } from "opencc-js/t2cn";
import { expectText } from "../../i18n/argument.js";

let convert: ((text: string) => string) | undefined;

/** First code unit that can start a CJK character (radicals, ideographs, surrogates for ext. B+). */
const CJK_START = 0x2e80;

function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= CJK_START) return true;
  }
  return false;
}

/**
 * Convert traditional Chinese to simplified Chinese (OpenCC, Hong Kong / generic traditional
 * to mainland simplified, phrase-aware), so that 張靜 and 张静 compare equal. Text that is
 * already simplified, and text without Chinese characters, comes back unchanged.
 *
 * The dictionary is loaded on first use, not at import.
 *
 * @example
 * ```ts
 * import { toSimplified } from "@linli/core";
 * toSimplified("張靜"); // "张静"
 * toSimplified("陝西省西安市雁塔區"); // "陕西省西安市雁塔区"
 * ```
 */
export function toSimplified(s: string): string {
  expectText("toSimplified", "s", s);
  if (!hasCjk(s)) return s;
  convert ??= Converter({ from: "hk", to: "cn" });
  const out = convert(s);
  return out === s ? s : out;
}
