import { checkArgument, expectArgument, isTextOrNumber } from "../../i18n/argument.js";
import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import { chineseNumeral } from "../chinese-numeral/chinese-numeral.js";
import { normalizeText } from "../normalize-text/normalize-text.js";
import { formatDate } from "../parse-date/calendar.js";
import { type ParseDateOptions, pivotYear, readDate } from "../parse-date/read-date.js";

/**
 * A date to the day (`1991-11-23`), the month (`1991-11`) or the year (`1991`): ISO 8601 of
 * reduced precision, as birth dates are often known.
 *
 * @example
 * ```ts
 * import { PARTIAL_DATE_PATTERN } from "@linli/core";
 * PARTIAL_DATE_PATTERN.test("1991-11"); // true
 * PARTIAL_DATE_PATTERN.test("1991-13"); // false
 * ```
 */
export const PARTIAL_DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|\d{4}-(?:0[1-9]|1[0-2])|\d{4})$/;

const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
// Two digits too (85年3月): the century is then assumed, as for full dates.
const CN_YEAR = "\\d{4}|[〇零○一二三四五六七八九]{4}|\\d{2}|[〇零○一二三四五六七八九]{2}";
const CN_MONTH = "\\d{1,2}|[一二三四五六七八九十]{1,3}";

interface Patterns {
  readonly yearMonth: RegExp;
  readonly compact: RegExp;
  readonly monthYear: RegExp;
  readonly chinese: RegExp;
  readonly namedFirst: RegExp;
  readonly namedLast: RegExp;
}
let patterns: Patterns | undefined;
const compile = (): Patterns => ({
  yearMonth: /^(\d{4})\s*[-/.]\s*(\d{1,2})\.?$/,
  compact: /^(\d{4})(\d{2})$/,
  monthYear: /^(\d{1,2})\s*[-/.]\s*(\d{4})$/,
  chinese: new RegExp(`^(${CN_YEAR})\\s*年\\s*(?:(${CN_MONTH})\\s*月份?)?$|^(\\d{4})$`),
  namedFirst: /^([a-z]{3,9})\.?,?\s*(\d{4})$/i,
  namedLast: /^(\d{4})\s*[-/ ]\s*([a-z]{3,9})\.?$/i,
});

const num = (s: string): number =>
  /^\d+$/.test(s) ? Number(s) : (chineseNumeral(s.replace(/[〇○]/g, "零")) ?? Number.NaN);

function yearOf(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  // 一九九一: digit by digit, not as a numeral.
  const digits = "零一二三四五六七八九";
  let out = "";
  for (const c of s) {
    const d = digits.indexOf(c === "〇" || c === "○" ? "零" : c);
    if (d < 0) return Number.NaN;
    out += d;
  }
  return Number(out);
}

const monthName = (s: string): number => {
  const lower = s.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => lower.startsWith(m)) + 1;
};

/**
 * Year and month (0 when unknown) of a date written to the month or the year, if it is one,
 * and whether the year was written with two digits.
 */
function readPartial(
  value: string,
): [year: number, month: number, shortYear?: boolean] | undefined {
  patterns ??= compile();
  let m = patterns.yearMonth.exec(value) ?? patterns.compact.exec(value);
  if (m) return [Number(m[1]), Number(m[2])];
  m = patterns.monthYear.exec(value);
  if (m) return [Number(m[2]), Number(m[1])];
  m = patterns.chinese.exec(value);
  if (m) {
    if (m[3] !== undefined) return [Number(m[3]), 0];
    return [yearOf(m[1]!), m[2] === undefined ? 0 : num(m[2]), m[1]!.length === 2];
  }
  m = patterns.namedFirst.exec(value);
  if (m) return [Number(m[2]), monthName(m[1]!) || Number.NaN];
  m = patterns.namedLast.exec(value);
  if (m) return [Number(m[1]), monthName(m[2]!) || Number.NaN];
  return undefined;
}

/**
 * Read a date that may be known only to the month or the year, as birth dates often are:
 * `1991-11-23` as {@link parseDate} reads it, and also 1991.11, 1991/11, 199111, 11/1991,
 * 1991年11月, 一九九一年十一月, Nov 1991, 1991年 and 1991, returned as reduced-precision
 * ISO 8601 (`1991-11`, `1991`). A two-digit year before 年 (85年3月, 八五年) is read as
 * {@link parseDate} reads one, with a `date.centuryAssumed` warning.
 *
 * Fails as {@link parseDate} does, plus `date.month` for a month that does not exist and
 * `date.future` for a year or month after `today`. Six digits are a year and month (199111)
 * when they can be one, else a date with a two-digit year (850301, as 15-digit citizen IDs
 * write it; `date.centuryAssumed`); when both readings hold (200105), the year and month is
 * taken with a `date.sixDigits` warning naming the other.
 *
 * @example
 * ```ts
 * import { parsePartialDate } from "@linli/core";
 * parsePartialDate("1991.11"); // { ok: true, value: "1991-11", … }
 * parsePartialDate("1991年"); // value "1991"
 * parsePartialDate("1991年11月23日"); // value "1991-11-23"
 * parsePartialDate("850301"); // value "1985-03-01", with a date.centuryAssumed warning
 * ```
 */
export function parsePartialDate(
  input: string | number,
  options: ParseDateOptions = {},
): Result<string> {
  checkArgument(isTextOrNumber(input), "parsePartialDate", "input", "text", input);
  expectArgument("parsePartialDate", "options", "options", options);
  const value = typeof input === "number" ? String(input) : normalizeText(input);
  const partial = typeof input === "number" && !Number.isInteger(input) ? undefined : value;
  const read = partial !== undefined ? readPartial(partial) : undefined;
  // 850301 is no year 8503: six digits that are no plausible year and month are a date
  // written yyMMdd, as old 15-digit citizen IDs give it.
  const six = read && /^\d{6}$/.test(value) ? readDate(value, options) : undefined;
  if (six && !plausibleMonth(read![0], read![1], options)) {
    if (six.ok) {
      return ok(formatDate(six.date.year, six.date.month, six.date.day), six.date.warnings);
    }
    // 010229: 2001-02-29 never was, which says more than "year 102".
    if (six.issue.code !== "date.format") return fail(six.issue);
  }
  if (read) {
    const [written, month, shortYear] = read;
    const year = shortYear ? pivotYear(written, options) : written;
    if (!Number.isFinite(year) || !Number.isFinite(month))
      return fail(issue("date.format", "error", { value }));
    if (year < 1000 || year > 9999) return fail(issue("date.year", "error", { value, year }));
    if (month !== 0 && (month < 1 || month > 12))
      return fail(issue("date.month", "error", { value, month }));
    const text = month === 0 ? String(year) : formatDate(year, month, 1).slice(0, 7);
    const today = options.today ?? todayText();
    if (text > today.slice(0, text.length))
      return fail(issue("date.future", "error", { value, read: text, today }));
    if (six?.ok) {
      const other = formatDate(six.date.year, six.date.month, six.date.day);
      return ok(text, [issue("date.sixDigits", "warning", { value, read: text, other })]);
    }
    if (shortYear) return ok(text, [issue("date.centuryAssumed", "warning", { value, year })]);
    return ok(text);
  }
  const r = readDate(input, options);
  if (!r.ok) return fail(r.issue);
  return ok(formatDate(r.date.year, r.date.month, r.date.day), r.date.warnings);
}

/** A year and month a living person may have been born in, up to today. */
function plausibleMonth(year: number, month: number, options: ParseDateOptions): boolean {
  if (!(year >= 1900 && month >= 1 && month <= 12)) return false;
  const text = formatDate(year, month, 1).slice(0, 7);
  return text <= (options.today ?? todayText()).slice(0, 7);
}

function todayText(): string {
  const d = new Date();
  return formatDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
