/** English messages of the XLSForm writer. The keys here define its message codes. */
export const en = {
  "xlsform.citizenId":
    "A citizen ID has 18 characters: 17 digits and a check character (a digit or X) that matches them",
  "xlsform.phone":
    "Enter an 11-digit mobile number, a landline with its area code, or + country code and number; spaces and dashes are fine",
  "xlsform.email": "Enter an email address such as name@example.org",
  "xlsform.url": "Enter a web address starting with http:// or https://",
  "xlsform.maxLength": "At most {maximum, plural, one {# character} other {# characters}}",
  "xlsform.minLength": "At least {minimum, plural, one {# character} other {# characters}}",
  "xlsform.format": "{field} is not in the expected format",
  "xlsform.unknownEntity": 'Unknown entity "{entity}"; expected one of {expected}',
  "xlsform.ambiguousName":
    'A rule reads "{field}", but the XLSForm has more than one question named "{name}"',
} as const;

/**
 * A message code of the XLSForm writer.
 *
 * @example
 * ```ts
 * import type { XlsFormMessageCode } from "@linli/forms/xlsform";
 * const code: XlsFormMessageCode = "xlsform.citizenId";
 * ```
 */
export type XlsFormMessageCode = keyof typeof en;
