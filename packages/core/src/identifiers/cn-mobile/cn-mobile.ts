import { expectText } from "../../i18n/argument.js";
import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import { PHONE_SEPARATOR } from "../phone/writing.js";
import { removeSpaces, toAscii } from "../shared/text.js";

/**
 * Drop what people put between the digits of a phone number: spaces, dashes, dots, slashes
 * and brackets (`PHONE_WRITING`; fold full-width forms first, e.g. with `toHalfWidth`).
 *
 * @example
 * ```ts
 * import { compactPhone } from "@linli/core";
 * compactPhone("(029) 8888-6666"); // "02988886666"
 * ```
 */
export function compactPhone(text: string): string {
  expectText("compactPhone", "text", text);
  return removeSpaces(text).replace(PHONE_SEPARATOR, "");
}

/**
 * Check a mainland China mobile number and return its 11 digits.
 *
 * Accepts the ways people write them: `138 0013 8000`, `138-0013-8000`, `+86 13800138000`,
 * `0086-138…`, `86138…`, `(+86) 138.0013.8000`, full-width digits. Errors: `phone.empty`,
 * `phone.invalid` (letters or other stray characters), `phone.cnMobile.foreign` (a country
 * code other than +86), `phone.cnMobile.prefix` (not starting with 13–19) and
 * `phone.cnMobile.length` (not 11 digits).
 *
 * @example
 * ```ts
 * import { checkCnMobile } from "@linli/core";
 * const r = checkCnMobile("+86 138-0013-8000");
 * if (r.ok) r.value; // "13800138000"
 * const short = checkCnMobile("1380013800");
 * if (!short.ok) short.issues[0]?.message["zh-CN"]; // "手机号应为11位数字，当前为10位"
 * ```
 */
export function checkCnMobile(input: string): Result<string> {
  const raw = toAscii(input);
  const compact = compactPhone(raw);
  if (compact === "") return fail(issue("phone.empty"));
  if (!/^\+?\d+$/.test(compact)) return fail(issue("phone.invalid", "error", { input: raw }));

  let digits = compact;
  if (digits.startsWith("+") || digits.startsWith("00")) {
    const international = digits.replace(/^(\+|00)/, "");
    if (!international.startsWith("86")) return fail(issue("phone.cnMobile.foreign"));
    digits = international.slice(2);
  } else if (/^861\d{10}$/.test(digits)) {
    digits = digits.slice(2);
  }
  // A trunk 0 before a mobile number (long-distance dialling habit) is harmless.
  if (/^01[3-9]\d{9}$/.test(digits)) digits = digits.slice(1);

  if (!digits.startsWith("1")) {
    return fail(issue("phone.cnMobile.prefix", "error", { prefix: digits.slice(0, 2) }));
  }
  if (digits.length !== 11) {
    return fail(issue("phone.cnMobile.length", "error", { length: digits.length }));
  }
  if (!/^1[3-9]/.test(digits)) {
    return fail(issue("phone.cnMobile.prefix", "error", { prefix: digits.slice(0, 2) }));
  }
  return ok(digits);
}
