import type { Issue } from "../../i18n/issue.js";
import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import type { Localized } from "../../i18n/types.js";
import { isLossyNumber, isScientificNotation, removeSpaces, toAscii } from "../shared/text.js";
import { AUTHORITIES, OTHER_TYPE } from "./authorities.js";
import { creditCodeCheckChar } from "./check-char.js";

/**
 * The parts of a unified social credit code.
 *
 * @example
 * ```ts
 * import { checkCreditCode, type CreditCodeDetails } from "@linli/core";
 * const r = checkCreditCode("92340602MA2PBMEM24");
 * const d: CreditCodeDetails | undefined = r.ok ? r.details : undefined;
 * d?.regionCode; // "340602"
 * d?.orgTypeLabel?.en; // "Individual business"
 * ```
 */
export interface CreditCodeDetails {
  /** 1st character: the registration authority, e.g. `"9"` for market regulation. */
  readonly authority: string;
  /** 2nd character: the kind of organisation under that authority, e.g. `"1"` enterprise. */
  readonly orgType: string;
  /** Characters 3–8: GB/T 2260 division code of the registering authority. */
  readonly regionCode: string;
  /** Characters 9–17: the organisation's own code (formerly its GB 11714 organisation code). */
  readonly orgCode: string;
  /** Name of the registration authority. */
  readonly authorityLabel: Localized;
  /** Name of the organisation type, when linli knows it. */
  readonly orgTypeLabel?: Localized;
}

/**
 * Check a unified social credit code (统一社会信用代码, GB 32100-2015) and return it in
 * canonical form: 18 upper-case characters without spaces.
 *
 * Accepts spaces, dashes, full-width and lower-case characters. Errors: `creditCode.empty`,
 * `creditCode.scientificNotation` (Excel turned it into a number), `creditCode.charset`,
 * `creditCode.length`, `creditCode.authority` (unknown first character) and
 * `creditCode.region` (characters 3–8 not digits). A wrong final check character is only a
 * warning, `creditCode.checksum`, because some codes issued early on fail it.
 *
 * @example
 * ```ts
 * import { checkCreditCode } from "@linli/core";
 * const r = checkCreditCode("91 110000 600037341l");
 * if (r.ok) {
 *   r.value; // "91110000600037341L"
 *   r.details.authorityLabel["zh-CN"]; // "市场监管（工商）"
 *   r.details.orgTypeLabel?.["zh-CN"]; // "企业"
 * }
 * const typo = checkCreditCode("91110000600037341N");
 * if (typo.ok) typo.warnings[0]?.code; // "creditCode.checksum"
 * ```
 */
export function checkCreditCode(input: string): Result<string, CreditCodeDetails> {
  const raw = toAscii(input);
  const code = removeSpaces(raw)
    .replace(/[-‐‑–—]/g, "")
    .toUpperCase();
  if (code === "") return fail(issue("creditCode.empty"));
  if (isScientificNotation(code) || isLossyNumber(input)) {
    return fail(issue("creditCode.scientificNotation", "error", { input: raw }));
  }

  const bad = /[^0-9A-HJ-NPQRTUW-Y]/.exec(code);
  if (bad) {
    return fail(issue("creditCode.charset", "error", { char: bad[0], position: bad.index + 1 }));
  }
  if (code.length !== 18) return fail(issue("creditCode.length", "error", { length: code.length }));

  const authority = code[0]!;
  const known = AUTHORITIES[authority];
  if (!known) return fail(issue("creditCode.authority", "error", { char: authority }));
  const regionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) {
    return fail(issue("creditCode.region", "error", { region: regionCode }));
  }

  const warnings: Issue[] = [];
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    warnings.push(issue("creditCode.checksum", "warning", { expected, actual: code[17] }));
  }

  const orgType = code[1]!;
  const orgTypeLabel = known.types[orgType] ?? (orgType === "9" ? OTHER_TYPE : undefined);
  return ok(code, warnings, {
    authority,
    orgType,
    regionCode,
    orgCode: code.slice(8, 17),
    authorityLabel: known.label,
    ...(orgTypeLabel ? { orgTypeLabel } : {}),
  });
}
