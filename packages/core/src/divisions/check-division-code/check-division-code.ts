import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import { removeSpaces, toAscii } from "../../identifiers/shared/text.js";
import { lookupDivision } from "../lookup-division/lookup-division.js";
import type { Division } from "../types.js";

/**
 * Check an administrative division code: a 6-digit GB/T 2260 code, or a 9- or 12-digit
 * township / village statistics code, whose first 6 digits must be a known county-level or
 * higher division. `value` is the code as digits; `details` is that division.
 *
 * Errors: `division.format` (not 6, 9 or 12 digits) and `division.unknown`.
 *
 * @example
 * ```ts
 * import { checkDivisionCode } from "@linli/core/divisions";
 * const r = checkDivisionCode("610113 001 001");
 * if (r.ok) {
 *   r.value; // "610113001001"
 *   r.details.fullName; // "陕西省西安市雁塔区"
 * }
 * ```
 */
export function checkDivisionCode(input: string): Result<string, Division> {
  const raw = toAscii(input);
  const code = removeSpaces(raw);
  if (!/^\d{6}(?:\d{3}){0,2}$/.test(code)) {
    return fail(issue("division.format", "error", { input: raw }));
  }
  const division = lookupDivision(code.slice(0, 6));
  if (!division) return fail(issue("division.unknown", "error", { code: code.slice(0, 6) }));
  return ok(code, [], division);
}
