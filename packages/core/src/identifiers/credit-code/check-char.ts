import { expectText } from "../../i18n/argument.js";
/** The 31 characters of GB 32100-2015, in value order: no I, O, S, V or Z. */
export const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Weight of position i is 3^i mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * The GB 32100-2015 check character (mod 31) for the first 17 characters of a unified
 * social credit code.
 *
 * @throws RangeError if `first17` is not 17 characters from `0-9A-HJ-NPQRTUWXY`; meant for
 * code that builds credit codes, not for user input — use {@link checkCreditCode} for that.
 *
 * @example
 * ```ts
 * import { creditCodeCheckChar } from "@linli/core";
 * creditCodeCheckChar("91110000600037341"); // "L"
 * ```
 */
export function creditCodeCheckChar(first17: string): string {
  expectText("creditCodeCheckChar", "first17", first17);
  if (!/^[0-9A-HJ-NPQRTUW-Y]{17}$/.test(first17)) {
    throw new RangeError(`creditCodeCheckChar needs 17 code characters, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}
