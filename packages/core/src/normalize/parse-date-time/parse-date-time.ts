import { checkArgument, expectArgument, isTextOrNumber } from "../../i18n/argument.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import { formatDate, formatTime } from "../parse-date/calendar.js";
import { type ParseDateOptions, readDate } from "../parse-date/read-date.js";
import { offsetFor } from "./time-zone.js";

/**
 * Options of {@link parseDateTime}: those of {@link parseDate}, plus the time zone.
 *
 * @example
 * ```ts
 * import { type ParseDateTimeOptions, parseDateTime } from "@linli/core";
 * const london: ParseDateTimeOptions = { timeZone: "Europe/London", order: "dmy" };
 * parseDateTime("05/07/2020 14:30", london); // value "2020-07-05T14:30:00+01:00"
 * ```
 */
export interface ParseDateTimeOptions extends ParseDateOptions {
  /**
   * The zone of times written without an offset: a fixed offset (`"+08:00"`, `"Z"`) or an IANA
   * name (`"Asia/Shanghai"`, `"Europe/London"`). Default `"+08:00"`, China Standard Time.
   */
  readonly timeZone?: string;
}

/**
 * Read a date and time as exports and forms write them and return ISO 8601 with an offset,
 * e.g. `2020-01-05T14:30:21+08:00`.
 *
 * Accepts every date {@link parseDate} accepts, followed by a time (14:30, 14:30:21.5,
 * 2:30 PM, 下午2:30, 14时30分) and optionally an offset. Times with an offset or `Z` keep it;
 * others get `options.timeZone` (default `+08:00`). A date alone means midnight. Excel serials
 * carry the time in their fraction (43835.6042 → 14:30). Milliseconds appear only when non-zero.
 * Fails with the same codes as {@link parseDate}.
 *
 * @example
 * ```ts
 * import { parseDateTime } from "@linli/core";
 * parseDateTime("2020/1/5 14:30:21"); // value "2020-01-05T14:30:21+08:00" (问卷星 export)
 * parseDateTime("2020-01-05T06:30:21Z"); // value "2020-01-05T06:30:21Z"
 * parseDateTime("1985年3月2日"); // value "1985-03-02T00:00:00+08:00"
 * parseDateTime(43835.5, { timeZone: "Europe/London" }); // value "2020-01-05T12:00:00+00:00"
 * ```
 */
export function parseDateTime(
  input: string | number,
  options: ParseDateTimeOptions = {},
): Result<string> {
  checkArgument(isTextOrNumber(input), "parseDateTime", "input", "text", input);
  expectArgument("parseDateTime", "options", "options", options);
  const r = readDate(input, options);
  if (!r.ok) return fail(r.issue);
  const { year, month, day, time, warnings } = r.date;
  const hour = time?.hour ?? 0;
  const minute = time?.minute ?? 0;
  const second = time?.second ?? 0;
  const offset =
    time?.offset ?? offsetFor(options.timeZone ?? "+08:00", year, month, day, hour, minute, second);
  const iso = `${formatDate(year, month, day)}T${formatTime(hour, minute, second, time?.ms ?? 0)}`;
  return ok(iso + offset, warnings);
}
