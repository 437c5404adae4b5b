import { expectText } from "../../i18n/argument.js";

// ISO 7064 MOD 11-2: weight of position i (from the left) is 2^(17 - i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

/**
 * The GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits of a
 * citizen ID: one of `0`–`9` or `X`.
 *
 * @throws RangeError if `first17` is not exactly 17 ASCII digits; this is meant for code that
 * builds IDs (data generators, the 15→18 upgrade), not for checking user input — use
 * {@link checkCitizenId} for that.
 *
 * @example
 * ```ts
 * import { citizenIdCheckChar } from "@linli/core";
 * citizenIdCheckChar("11010519491231002"); // "X"
 * ```
 */
export function citizenIdCheckChar(first17: string): string {
  expectText("citizenIdCheckChar", "first17", first17);
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`citizenIdCheckChar needs 17 digits, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}
