import { parsePartialDate } from "@linli/core";
import type { Comparator } from "../../types.js";
import { damerauLevenshtein } from "../damerau-levenshtein/damerau-levenshtein.js";
import { madeBy } from "../recipe.js";
import { asText, sameChars } from "../shared.js";

/** Options of {@link date}. */
export interface DateOptions {
  /** Levels by distance in days, after the exact, swap and typo levels. Default `[31]`. */
  readonly withinDays?: readonly number[];
  /** Field order for ambiguous dates like 02/03/1985 (passed to `parseDate`). */
  readonly order?: "dmy" | "mdy";
}

/**
 * Parsed date: the digits YYYYMMDD (YYYYMM or YYYY for a date known to the month or the
 * year) and, when it is a real date to the day, its day number.
 */
export interface DateFeatures {
  readonly digits: string;
  readonly day: number;
}

const DAY_MS = 86_400_000;

/**
 * Dates in any format `parsePartialDate` reads (1985年3月2日, 1985/3/2, 19850302, Excel
 * serials, and dates known only to the month or the year: 1985.3, 1985年3月, 1985).
 * Levels: exact; day and month swapped (1985-03-02 / 1985-02-03); one typed digit wrong or two
 * adjacent digits swapped; within N days; the same month, or the same year, where one date is
 * known only that far (1991-11 agrees with 1991-11-23, not with 1991-12-01); different.
 * Impossible dates such as 19851302 keep their digits, so a typo still compares. Two dates
 * `conflict` (for a profile's conflicts) when they are more than a year and more than two
 * typing errors apart.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.date();
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("1985年3月2日"), f("1985-02-03"))]; // "day-month-swap"
 * c.levels[c.compare(f("19850302"), f("19850312"))]; // "one-digit"
 * c.levels[c.compare(f("1991年11月"), f("1991-11-23"))]; // "same-month"
 * ```
 */
export function date(options: DateOptions = {}): Comparator<DateFeatures> {
  const within = options.withinDays ?? [31];
  const parseOptions = options.order ? { order: options.order } : {};
  return madeBy("date", options, {
    id: "date",
    levels: [
      "exact",
      "day-month-swap",
      "one-digit",
      ...within.map((d) => `within-${d}d`),
      "same-month",
      "same-year",
      "different",
    ],
    normalize(value) {
      const s = asText(value);
      if (s === undefined) return undefined;
      const r = parsePartialDate(s, parseOptions);
      if (r.ok) return r.value.replaceAll("-", "");
      const digits = s.replace(/\D/g, "");
      return digits.length === 8 ? digits : undefined;
    },
    features(key) {
      if (key.length < 8) return { digits: key, day: Number.NaN };
      const y = Number(key.slice(0, 4));
      const m = Number(key.slice(4, 6));
      const d = Number(key.slice(6, 8));
      const t = Date.UTC(y, m - 1, d);
      const real = new Date(t);
      const valid = real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
      return { digits: key, day: valid ? t / DAY_MS : Number.NaN };
    },
    compare(a, b) {
      const x = a.digits;
      const y = b.digits;
      const known = Math.min(x.length, y.length);
      if (known < 8) {
        // As far as the less precise date is known: agreeing there is all it can say.
        if (!sameChars(x, 0, y, 0, known)) return 5 + within.length;
        return known === 6 ? 3 + within.length : 4 + within.length;
      }
      if (x === y) return 0;
      // Compared in place, not sliced: random pairs for u call this hundreds of thousands of times.
      if (sameChars(x, 0, y, 0, 4) && sameChars(x, 4, y, 6, 2) && sameChars(x, 6, y, 4, 2)) {
        return 1;
      }
      if (damerauLevenshtein(x, y, 1) <= 1) return 2;
      const gap = Math.abs(a.day - b.day);
      for (let i = 0; i < within.length; i++) if (gap <= within[i]!) return 3 + i;
      return 5 + within.length;
    },
    conflict: (a, b) => yearsApart(a, b),
    // Keys are eight ASCII digits; the day number is NULL for an impossible date.
    sql: {
      columns: [{ name: "day", type: "double" }],
      values: (f) => [Number.isNaN(f.day) ? null : f.day],
      levels: (a, b, d) => [
        null,
        `${d.substr(a("key"), 1, 4)} = ${d.substr(b("key"), 1, 4)} AND ${d.substr(a("key"), 5, 2)} = ${d.substr(b("key"), 7, 2)} AND ${d.substr(a("key"), 7, 2)} = ${d.substr(b("key"), 5, 2)}`,
        `${d.editDistance(a("key"), b("key"), 1, true)} <= 1`,
        ...within.map((w) => `abs(${a("day")} - ${b("day")}) <= ${d.double(w)}`),
      ],
    },
  });
}

/** Day and month of YYYYMMDD swapped. */
const swapDayMonth = (x: string) => x.slice(0, 4) + x.slice(6, 8) + x.slice(4, 6);

/**
 * Two birth dates of different people: more than a year apart, and not two typing errors
 * apart (a digit, two digits swapped, day and month swapped) — a record linked to both
 * through a third may carry one error each way.
 */
function yearsApart(a: DateFeatures, b: DateFeatures): boolean {
  const x = a.digits;
  const y = b.digits;
  if (x === y) return false;
  if (x.length < 8 || y.length < 8) {
    // Known to the month or the year: only the years can disagree, by more than one typo.
    const yx = x.slice(0, 4);
    const yy = y.slice(0, 4);
    return Math.abs(Number(yx) - Number(yy)) > 1 && damerauLevenshtein(yx, yy, 1) > 1;
  }
  const gap = Math.abs(a.day - b.day);
  const years = Number.isNaN(gap)
    ? Math.abs(Number(x.slice(0, 4)) - Number(y.slice(0, 4))) > 1
    : gap > 366;
  if (!years) return false;
  return damerauLevenshtein(x, y, 2) > 2 && damerauLevenshtein(swapDayMonth(x), y, 1) > 1;
}
