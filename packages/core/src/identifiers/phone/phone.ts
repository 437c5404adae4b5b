import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from "libphonenumber-js/max";
import { expectArgument, expectText } from "../../i18n/argument.js";
import type { Issue } from "../../i18n/issue.js";
import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import { checkCnMobile, compactPhone } from "../cn-mobile/cn-mobile.js";
import { isMasked, toAscii } from "../shared/text.js";
import { PHONE_EXTENSION } from "./writing.js";

// The full ("max") metadata, not "min": with "min", Chinese landlines without an area code
// ("88886666") or with a digit too many pass, about twice as many random Hong Kong, Taiwan,
// Japanese and Korean numbers count as valid as really exist, and mobile/landline is unknown
// for most countries. It costs ~20 kB more gzipped, paid only by apps that call checkPhone.

/**
 * What {@link checkPhone} learnt about a number.
 *
 * @example
 * ```ts
 * import { checkPhone, type PhoneDetails } from "@linli/core";
 * const r = checkPhone("+44 20 7946 0958");
 * const d: PhoneDetails | undefined = r.ok ? r.details : undefined;
 * // { country: "GB", kind: "landline", e164: "+442079460958" }
 * ```
 */
export interface PhoneDetails {
  /** ISO 3166 alpha-2 country, when the number belongs to one (not for +800 and the like). */
  readonly country?: string;
  /**
   * `mobile` or `landline`; `other` for service numbers (400/800, toll-free, VoIP…) and where
   * the numbering plan does not tell the two apart (the US and Canada).
   */
  readonly kind: "mobile" | "landline" | "other";
  /** The number in international E.164 form, e.g. `+8613800138000`. */
  readonly e164?: string;
  /** An extension written after the number (`转 123`, `ext. 123`), kept out of `value`. */
  readonly extension?: string;
}

/**
 * Options of {@link checkPhone}.
 *
 * @example
 * ```ts
 * import { checkPhone } from "@linli/core";
 * checkPhone("9123 4567", { defaultCountry: "HK" }); // value "+85291234567"
 * ```
 */
export interface CheckPhoneOptions {
  /** ISO 3166 alpha-2 country assumed for numbers without `+`/`00` prefix. Default `"CN"`. */
  readonly defaultCountry?: string;
}

/**
 * Whether a country (ISO 3166 alpha-2, any case) has a numbering plan {@link checkPhone} knows,
 * so that it can be the `defaultCountry` of numbers written without a country code.
 *
 * @example
 * ```ts
 * import { isPhoneCountry } from "@linli/core";
 * isPhoneCountry("us"); // true
 * isPhoneCountry("XX"); // false
 * ```
 */
export function isPhoneCountry(code: string): boolean {
  expectText("isPhoneCountry", "code", code);
  return /^[a-z]{2}$/i.test(code) && isSupportedCountry(code.toUpperCase());
}

/** A dash and 1–6 digits at the end: how an extension is often written (010-6552 9988-801). */
const DASHED_EXTENSION = /^(.*\d)\s*[-‐‑‒–—―]\s*(\d{1,6})\s*$/;

/**
 * A Chinese landline followed by a dash and an extension (029-88881234-123), which is no valid
 * number as a whole: the landline, with the extension kept apart as `转` would be.
 */
function dashedExtension(
  raw: string,
  options: CheckPhoneOptions,
): Result<string, PhoneDetails> | undefined {
  const m = DASHED_EXTENSION.exec(raw);
  if (!m) return undefined;
  const front = checkPhone(m[1]!, options);
  if (!front.ok || front.details.kind !== "landline" || front.details.country !== "CN") {
    return undefined;
  }
  const extension = m[2]!;
  return ok(front.value, [...front.warnings, issue("phone.extension", "warning", { extension })], {
    ...front.details,
    extension,
  });
}

/**
 * Check a phone number from anywhere and return it in a canonical form: numbers in mainland
 * China (mobile and landline) as the digits dialled at home (`13800138000`, `02988886666`),
 * other numbers in E.164 (`+85291234567`). Every `value` matches `^\+?[0-9]{3,20}$`.
 *
 * Chinese mobile numbers follow the rules of {@link checkCnMobile}; other numbers are
 * validated with libphonenumber's full metadata. Errors: `phone.empty`, `phone.invalid`,
 * `phone.masked` (digits hidden, as in `138****8000`) and the `phone.cnMobile.*` codes; an extension gives the warning `phone.extension` and is
 * returned in `details.extension` (after `转`, `ext.`, `#`…, or after a dash at the end of a
 * Chinese landline: `029-88881234-123`).
 *
 * @throws RangeError if `options.defaultCountry` is not a country libphonenumber knows.
 *
 * @example
 * ```ts
 * import { checkPhone } from "@linli/core";
 * const home = checkPhone("029-8888 6666");
 * if (home.ok) home.value; // "02988886666", details.kind "landline"
 * const hk = checkPhone("+852 9123 4567");
 * if (hk.ok) hk.value; // "+85291234567", details.country "HK"
 * const us = checkPhone("(202) 456-1111", { defaultCountry: "US" });
 * if (us.ok) us.value; // "+12024561111"
 * ```
 */
export function checkPhone(
  input: string,
  options: CheckPhoneOptions = {},
): Result<string, PhoneDetails> {
  expectText("checkPhone", "input", input);
  expectArgument("checkPhone", "options", "options", options);
  const country = (options.defaultCountry ?? "CN").toUpperCase();
  if (!isSupportedCountry(country)) {
    throw new RangeError(`checkPhone: unknown defaultCountry "${options.defaultCountry}"`);
  }
  let raw = toAscii(input);
  // Before extensions: the x of 138xxxx8000 is no extension mark.
  if (isMasked(compactPhone(raw))) return fail(issue("phone.masked", "error", { input: raw }));
  const warnings: Issue[] = [];
  const ext = PHONE_EXTENSION.exec(raw);
  if (ext && ext.index > 0) {
    raw = raw.slice(0, ext.index);
    warnings.push(issue("phone.extension", "warning", { extension: ext[1] }));
  }
  const extension = ext && ext.index > 0 ? { extension: ext[1]! } : {};

  let compact = compactPhone(raw);
  if (compact === "") return fail(issue("phone.empty"));
  if (!/^\+?\d+$/.test(compact)) return fail(issue("phone.invalid", "error", { input: raw }));
  if (compact.startsWith("00")) compact = `+${compact.slice(2)}`;

  let national: string | undefined;
  if (compact.startsWith("+86")) national = compact.slice(3);
  else if (!compact.startsWith("+") && country === "CN") {
    national = /^861\d{10}$/.test(compact) ? compact.slice(2) : compact;
  }
  if (national !== undefined) {
    const mobile = national.replace(/^0(?=1[3-9]\d{9}$)/, "");
    // "1" then 3–9 is a mobile; 11 digits from "1" was meant as one. "10…" is Beijing.
    if (/^1[3-9]/.test(mobile) || (mobile.startsWith("1") && mobile.length === 11)) {
      const r = checkCnMobile(mobile);
      if (!r.ok) return r;
      return ok(r.value, warnings, {
        country: "CN",
        kind: "mobile",
        e164: `+86${r.value}`,
        ...extension,
      });
    }
  }

  const parsed = parsePhoneNumberFromString(compact, {
    defaultCountry: country as CountryCode,
    extract: false,
  });
  if (!parsed?.isValid()) {
    return (
      (!ext && dashedExtension(raw, options)) ||
      fail(issue("phone.invalid", "error", { input: raw }))
    );
  }

  if (parsed.countryCallingCode === "86") {
    const domestic = parsed.formatNational().replace(/\D/g, "");
    return ok(domestic, warnings, {
      country: "CN",
      kind: parsed.getType() === "FIXED_LINE" ? "landline" : "other",
      e164: parsed.number,
      ...extension,
    });
  }
  const type = parsed.getType();
  return ok(parsed.number, warnings, {
    ...(parsed.country ? { country: parsed.country } : {}),
    kind: type === "MOBILE" ? "mobile" : type === "FIXED_LINE" ? "landline" : "other",
    e164: parsed.number,
    ...extension,
  });
}
