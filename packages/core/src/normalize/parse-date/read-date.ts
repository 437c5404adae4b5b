import type { Issue } from "../../i18n/issue.js";
import { issue, type MessageCode } from "../../i18n/message.js";
import type { MessageParams } from "../../i18n/types.js";
import { chineseNumeral } from "../chinese-numeral/chinese-numeral.js";
import { normalizeText } from "../normalize-text/normalize-text.js";
import { civilFromDays, daysInMonth, formatDate } from "./calendar.js";
import { fromExcelSerial, MAX_SERIAL_1900, MAX_SERIAL_1904 } from "./excel-serial.js";
import { readTime, type TimeRead } from "./read-time.js";

/**
 * Options of {@link parseDate} (and of {@link parseDateTime}).
 *
 * @example
 * ```ts
 * import { type ParseDateOptions, parseDate } from "@linli/core";
 * const european: ParseDateOptions = { order: "dmy", today: "2020-06-01" };
 * parseDate("02/03/85", european); // value "1985-03-02", with a date.centuryAssumed warning
 * ```
 */
export interface ParseDateOptions {
  /**
   * The order of day, month and year when the text alone does not tell: `"dmy"` for 02/03/1985
   * meaning 2 March, `"mdy"` for 3 February. Four-digit years written first are always read as
   * year-month-day. Without it, a date such as 02/03/1985 fails with `date.ambiguous`.
   */
  readonly order?: "ymd" | "dmy" | "mdy";
  /** Read numbers and five-digit numeric text as Excel serial dates. Default `true`. */
  readonly excelSerial?: boolean;
  /** Excel serials count from 1904-01-01 (old Mac workbooks) instead of 1900-01-01. */
  readonly date1904?: boolean;
  /**
   * `YYYY-MM-DD` taken as today when a date has no year (3月2日) or a two-digit year (85-3-2).
   * Default: the current date.
   */
  readonly today?: string;
}

/** A calendar date read from a value, with the time of day that followed it, if any. */
export interface DateRead {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly time?: TimeRead;
  readonly warnings: readonly Issue[];
}

export type DateOutcome =
  | { readonly ok: true; readonly date: DateRead }
  | { readonly ok: false; readonly issue: Issue };

const SERIAL = /^\d{5}(?:\.\d+)?$/;
const CN_WEEKDAY = /^\s*\(?(?:星期|周|礼拜|禮拜)[一二三四五六七日天]\)?\s*/;

/** Built on first use, once: composed patterns would otherwise run code at import. */
function compile() {
  const Y = "\\d{4}|\\d{2}|[〇零○一二三四五六七八九]{2,4}";
  const M = "\\d{1,2}|[一二三四五六七八九十]{1,2}";
  const D = "\\d{1,2}|[一二三四五六七八九十]{1,3}";
  const TIME = "(?:(?:\\s+|T)(.+))?";
  const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  return {
    compact: new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${TIME}$`, "i"),
    // 850301: six digits, as old 15-digit citizen IDs and some systems write a date.
    short: /^(\d{2})(\d{2})(\d{2})$/,
    numeric3: new RegExp(
      `^(\\d{1,4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,4})\\.?${TIME}$`,
      "i",
    ),
    numeric2: new RegExp(`^(\\d{1,4})\\s*([-/.])\\s*(\\d{1,4})\\.?${TIME}$`, "i"),
    // After 日/号 a time may follow directly (3月2日14:30); without it, only after a space.
    chinese: new RegExp(
      `^(?:(${Y})\\s*年\\s*)?(${M})\\s*月\\s*(${D})(?:\\s*[日号號](.*)|(\\s.*)?)$`,
    ),
    incomplete: new RegExp(
      `^(?:(?:${Y})\\s*年\\s*(?:(?:${M})\\s*月份?)?|(?:${M})\\s*月份?|\\d{4})$`,
    ),
    nameDmy: new RegExp(
      `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]*([a-z]{3,9})\\.?[\\s\\-/.,]*(\\d{4}|\\d{2})${TIME}$`,
      "i",
    ),
    nameMdy: new RegExp(
      `^${WEEKDAY}([a-z]{3,9})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})(?:(?:\\s+|,\\s*)(.+))?$`,
      "i",
    ),
  };
}
let patterns: ReturnType<typeof compile> | undefined;

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function failure(code: MessageCode, params: MessageParams): DateOutcome {
  return { ok: false, issue: issue(code, "error", params) };
}

/** Arabic or Chinese digits; NaN when neither. */
function num(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (chineseNumeral(text) ?? Number.NaN);
}

function monthFromName(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((full) => full.startsWith(lower)) + 1;
}

function todayYear(options: ParseDateOptions): number {
  if (options.today === undefined) return new Date().getFullYear();
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(options.today);
  if (!m) throw new RangeError(`parseDate: options.today must be YYYY-MM-DD, got ${options.today}`);
  return Number(m[1]);
}

/** Two-digit years land within 89 years before and 10 years after today. */
export function pivotYear(yy: number, options: ParseDateOptions): number {
  const latest = todayYear(options) + 10;
  return latest - ((((latest - yy) % 100) + 100) % 100);
}

interface Parts {
  readonly value: string;
  /** Four-digit (or longer) year, or a two-digit one with `shortYear`, or none. */
  readonly year: number | undefined;
  readonly shortYear: boolean;
  readonly month: number;
  readonly day: number;
  readonly timeText: string | undefined;
}

function complete(p: Parts, options: ParseDateOptions): DateOutcome {
  const { value, month, day } = p;
  const warnings: Issue[] = [];
  let year = p.year;
  if (year === undefined) {
    year = todayYear(options);
    warnings.push(issue("date.yearAssumed", "warning", { value, year }));
  } else if (p.shortYear) {
    year = pivotYear(year, options);
    warnings.push(issue("date.centuryAssumed", "warning", { value, year }));
  }
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) {
    return failure("date.format", { value });
  }
  if (year < 1000 || year > 9999) return failure("date.year", { value, year });
  if (month < 1 || month > 12) return failure("date.month", { value, month });
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return failure("date.invalid", { value, year, month, day, days });
  const timeText = p.timeText?.trim();
  if (timeText === undefined || timeText === "") {
    return { ok: true, date: { year, month, day, warnings } };
  }
  const t = readTime(timeText);
  if (!t.ok) {
    const params = t.offset === undefined ? { value, time: timeText } : { value, offset: t.offset };
    return failure(t.code, params);
  }
  return { ok: true, date: { year, month, day, time: t.time, warnings } };
}

function ambiguous(value: string, first: string, second: string): DateOutcome {
  return failure("date.ambiguous", { value, first, second });
}

/** a/b/year: which of a and b is the month, from the options or from values above 12. */
function yearLast(
  value: string,
  a: number,
  b: number,
  year: number,
  shortYear: boolean,
  timeText: string | undefined,
  options: ParseDateOptions,
): DateOutcome {
  const { order } = options;
  const base = { value, year, shortYear, timeText };
  if (order === "dmy" || (order !== "mdy" && a > 12 && b <= 12)) {
    return complete({ ...base, month: b, day: a }, options);
  }
  if (order === "mdy" || a === b || b > 12) return complete({ ...base, month: a, day: b }, options);
  const y = shortYear ? pivotYear(year, options) : year;
  return ambiguous(value, formatDate(y, b, a), formatDate(y, a, b));
}

function numeric3(value: string, m: RegExpExecArray, options: ParseDateOptions): DateOutcome {
  const [, as = "", , bs = "", cs = "", timeText] = m;
  const a = Number(as);
  const b = Number(bs);
  const c = Number(cs);
  if (as.length === 4 && cs.length <= 2) {
    return complete({ value, year: a, shortYear: false, month: b, day: c, timeText }, options);
  }
  if (cs.length === 4 && as.length <= 2) return yearLast(value, a, b, c, false, timeText, options);
  if (as.length > 2 || cs.length > 2) return failure("date.format", { value });
  const order = options.order ?? (a > 31 ? "ymd" : c > 31 ? undefined : "none");
  if (order === "ymd") {
    return complete({ value, year: a, shortYear: true, month: b, day: c, timeText }, options);
  }
  if (order !== "none") return yearLast(value, a, b, c, true, timeText, options);
  return ambiguous(
    value,
    formatDate(pivotYear(a, options), b, c),
    formatDate(pivotYear(c, options), b, a),
  );
}

function numeric2(value: string, m: RegExpExecArray, options: ParseDateOptions): DateOutcome {
  const [, as = "", , bs = "", timeText] = m;
  if ((as.length === 4 && bs.length <= 2) || (bs.length === 4 && as.length <= 2)) {
    return failure("date.incomplete", { value });
  }
  if (as.length > 2 || bs.length > 2) return failure("date.format", { value });
  const [month, day] =
    options.order === "dmy" ? [Number(bs), Number(as)] : [Number(as), Number(bs)];
  return complete({ value, year: undefined, shortYear: false, month, day, timeText }, options);
}

function chinese(value: string, m: RegExpExecArray, options: ParseDateOptions): DateOutcome {
  const [, ys, ms = "", ds = "", afterMarker, afterSpace] = m;
  const timeText = (afterMarker ?? afterSpace)?.replace(CN_WEEKDAY, "");
  const year = ys === undefined ? undefined : num(ys);
  const shortYear = ys !== undefined && ys.length === 2;
  return complete({ value, year, shortYear, month: num(ms), day: num(ds), timeText }, options);
}

function named(
  value: string,
  dayText: string,
  monthName: string,
  yearText: string,
  timeText: string | undefined,
  options: ParseDateOptions,
): DateOutcome {
  const month = monthFromName(monthName);
  if (month === 0) return failure("date.format", { value });
  const shortYear = yearText.length === 2;
  const parts = { value, year: Number(yearText), shortYear, month, day: Number(dayText), timeText };
  return complete(parts, options);
}

function readSerial(serial: number, value: string, options: ParseDateOptions): DateOutcome {
  const date1904 = options.date1904 === true;
  const r = fromExcelSerial(serial, date1904);
  if (!r.ok) {
    if (r.reason === "leapDay") return failure("date.excelLeapDay", { value });
    const max = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
    return failure("date.serialRange", { value, min: date1904 ? 0 : 1, max });
  }
  const [year, month, day] = civilFromDays(r.days);
  const ms = r.msOfDay;
  const time: TimeRead = {
    hour: Math.floor(ms / 3_600_000),
    minute: Math.floor(ms / 60_000) % 60,
    second: Math.floor(ms / 1000) % 60,
    ms: ms % 1000,
  };
  return { ok: true, date: { year, month, day, time, warnings: [] } };
}

/** Six digits in the order of `options.order`: yyMMdd unless ddMMyy or MMddyy is said. */
function shortCompact(value: string, m: RegExpExecArray, options: ParseDateOptions): DateOutcome {
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [year, month, day] =
    options.order === "dmy" ? [c, b, a] : options.order === "mdy" ? [c, a, b] : [a, b, c];
  // 198503 is no day of month 85: not a date of this kind at all.
  if (month < 1 || month > 12) return failure("date.format", { value });
  return complete({ value, year, shortYear: true, month, day, timeText: undefined }, options);
}

function readText(value: string, options: ParseDateOptions): DateOutcome {
  patterns ??= compile();
  let m = patterns.numeric3.exec(value);
  if (m) return numeric3(value, m, options);
  m = patterns.compact.exec(value);
  if (m) {
    const [, y = "", mo = "", d = "", timeText] = m;
    const parts = { value, year: Number(y), shortYear: false, month: Number(mo), day: Number(d) };
    return complete({ ...parts, timeText }, options);
  }
  m = patterns.short.exec(value);
  if (m) return shortCompact(value, m, options);
  m = patterns.chinese.exec(value);
  if (m) return chinese(value, m, options);
  m = patterns.numeric2.exec(value);
  if (m) return numeric2(value, m, options);
  if (patterns.incomplete.test(value)) return failure("date.incomplete", { value });
  m = patterns.nameDmy.exec(value);
  if (m) return named(value, m[1] ?? "", m[2] ?? "", m[3] ?? "", m[4], options);
  m = patterns.nameMdy.exec(value);
  if (m) return named(value, m[2] ?? "", m[1] ?? "", m[3] ?? "", m[4], options);
  return failure("date.format", { value });
}

/** Read a calendar date (and the time after it) from a cell: text, number or Excel serial. */
export function readDate(input: string | number, options: ParseDateOptions): DateOutcome {
  if (typeof input === "number") {
    const value = String(input);
    if (!Number.isFinite(input)) return failure("date.format", { value });
    // 19850302 typed into a number cell is a compact date, far beyond the last Excel serial.
    if (Number.isInteger(input) && input >= 10_000_000) return readText(value, options);
    if (options.excelSerial === false) return readText(value, options);
    return readSerial(input, value, options);
  }
  const value = normalizeText(input);
  if (value === "") return failure("date.empty", {});
  if (options.excelSerial !== false && SERIAL.test(value)) {
    return readSerial(Number(value), value, options);
  }
  return readText(value, options);
}
