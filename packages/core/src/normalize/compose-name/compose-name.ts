import { expectArgument } from "../../i18n/argument.js";
import { normalizeName } from "../normalize-name/normalize-name.js";

/**
 * The parts of a person's name as files give them in columns of their own: 姓 and 名,
 * First / Middle / Last Name, family and given name.
 *
 * @example
 * ```ts
 * import type { NameParts } from "@linli/core";
 * const parts: NameParts = { family: "Malik", given: "Fatima" };
 * ```
 */
export interface NameParts {
  readonly family?: string;
  readonly given?: string;
  readonly middle?: string;
}

/** Scripts that write the family name first and without spaces: Han, Hiragana, Katakana, Hangul. */
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}]/u;

/**
 * One name from its parts, in the order the culture writes it: Chinese, Japanese and Korean
 * family name first and without a space (王 + 伟 → 王伟), other scripts given name first,
 * with spaces (Fatima + Malik → Fatima Malik). `undefined` when no part holds a letter.
 *
 * @example
 * ```ts
 * import { composeName } from "@linli/core";
 * composeName({ family: "王", given: "伟" }); // "王伟"
 * composeName({ given: "Jigme", middle: "Thinlye", family: "Namgyal" }); // "Jigme Thinlye Namgyal"
 * ```
 */
export function composeName(parts: NameParts): string | undefined {
  expectArgument("composeName", "parts", "record", parts);
  const family = parts.family?.trim() ?? "";
  const given = parts.given?.trim() ?? "";
  const middle = parts.middle?.trim() ?? "";
  const all = [family, middle, given].join("");
  if (all === "") return undefined;
  const eastAsian = EAST_ASIAN.test(all) && !LATIN_LETTER.test(all);
  const name = eastAsian
    ? `${family}${middle}${given}`
    : [given, middle, family].filter((p) => p !== "").join(" ");
  return normalizeName(name);
}
