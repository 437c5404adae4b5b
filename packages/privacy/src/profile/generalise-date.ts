import { expectArgument, parseDate } from "@linli/core";

/** A calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

/** Read the calendar day at the start of a date or date-time (as written, no time zone). */
export function readDay(value: unknown): Day | undefined {
  if (typeof value !== "string") return undefined;
  let m = ISO.exec(value);
  if (!m) {
    // Records that did not pass validation may hold 1985/3/2 or 1985年3月2日.
    const r = parseDate(value);
    if (!r.ok) return undefined;
    m = ISO.exec(r.value);
    if (!m) return undefined;
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

/** The as-of day of age bands: a Date (its UTC day), a `YYYY-MM-DD` text, or today. */
export function asOfDay(asOf: Date | string | undefined): Day {
  if (typeof asOf === "string") {
    const d = readDay(asOf);
    if (!d) throw new RangeError(`asOf: expected YYYY-MM-DD, got "${asOf}"`);
    return d;
  }
  const date = asOf ?? new Date();
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Age in whole years on `at`, or `undefined` when born after `at`. */
export function ageOn(birth: Day, at: Day): number | undefined {
  let age = at.year - birth.year;
  if (at.month < birth.month || (at.month === birth.month && at.day < birth.day)) age--;
  return age < 0 ? undefined : age;
}

/**
 * The age band of a birth date at an as-of date: `"60-69"` for 10-year bands, `"90+"` from
 * the top code up. `undefined` when the date cannot be read or lies after the as-of date.
 *
 * @example
 * ```ts
 * import { ageBand } from "@linli/privacy";
 * ageBand("1955-03-02", { asOf: "2022-01-05" }); // "60-69"
 * ageBand("1930-01-01", { asOf: "2022-01-05" }); // "90+"
 * ageBand("1955-03-02", { asOf: "2022-01-05", bandWidth: 5 }); // "65-69"
 * ```
 */
export function ageBand(
  birthDate: unknown,
  options: { asOf?: Date | string; bandWidth?: number; topCode?: number | false } = {},
): string | undefined {
  expectArgument("ageBand", "options", "options", options);
  return ageBandOn(birthDate, asOfDay(options.asOf), options.bandWidth, options.topCode);
}

/** {@link ageBand} with the as-of day already read. */
export function ageBandOn(
  birthDate: unknown,
  at: Day,
  bandWidth = 10,
  topCode: number | false = 90,
): string | undefined {
  const birth = readDay(birthDate);
  if (!birth) return undefined;
  const age = ageOn(birth, at);
  if (age === undefined) return undefined;
  if (topCode !== false && age >= topCode) return `${topCode}+`;
  const low = Math.floor(age / bandWidth) * bandWidth;
  return bandWidth === 1 ? String(low) : `${low}-${low + bandWidth - 1}`;
}

/** A date cut to its month (`2022-01`) or year (`2022`). */
export function coarseDate(value: unknown, to: "month" | "year"): string | undefined {
  const d = readDay(value);
  if (!d) return undefined;
  const year = String(d.year).padStart(4, "0");
  return to === "year" ? year : `${year}-${String(d.month).padStart(2, "0")}`;
}
