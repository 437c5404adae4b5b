import { checkArgument, expectArgument, isTextOrNumber } from "../../i18n/argument.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import { formatDate } from "./calendar.js";
import { type ParseDateOptions, readDate } from "./read-date.js";

/**
 * Read a date as people and spreadsheets write it and return it as `YYYY-MM-DD`.
 *
 * Accepts 1985-03-02, 1985/3/2, 1985.3.2, 1985年3月2日, 1985年3月2号, 一九八五年三月二日,
 * 19850302, full-width digits, 2 Mar 1985 / March 2, 1985, a time after the date
 * ("2020/1/5 14:30", ISO 8601 "2020-01-05T14:30:00Z"; checked, then dropped) and Excel serial
 * numbers — a number, or five-digit text such as "43835" — in the 1900 system (including the
 * 1900-02-29 that Excel invents at serial 60) or, with `date1904`, the 1904 system.
 *
 * Fails with a code saying why: `date.empty`, `date.format` (not a date), `date.incomplete`
 * (no day: 1985年3月), `date.month` / `date.invalid` (no such month or day, 1985-02-30),
 * `date.year`, `date.ambiguous` (02/03/1985 without `order`), `date.time` / `date.offset` (bad
 * time after the date), `date.excelLeapDay`, `date.serialRange`. A date without a year
 * (3月2日) or with a two-digit year (85-3-2) is accepted with a `date.yearAssumed` /
 * `date.centuryAssumed` warning.
 *
 * @example
 * ```ts
 * import { parseDate } from "@linli/core";
 * parseDate("1985年3月2日"); // { ok: true, value: "1985-03-02", … }
 * parseDate(43835); // { ok: true, value: "2020-01-05", … } (Excel serial)
 * parseDate("02/03/1985", { order: "dmy" }); // value "1985-03-02"
 * const r = parseDate("1985-02-30");
 * if (!r.ok) r.issues[0]?.message["zh-CN"]; // "“1985-02-30”不是真实存在的日期：1985年2月只有 28 天…"
 * ```
 */
export function parseDate(input: string | number, options: ParseDateOptions = {}): Result<string> {
  checkArgument(isTextOrNumber(input), "parseDate", "input", "text", input);
  expectArgument("parseDate", "options", "options", options);
  const r = readDate(input, options);
  if (!r.ok) return fail(r.issue);
  return ok(formatDate(r.date.year, r.date.month, r.date.day), r.date.warnings);
}
