import { parseDateTime } from "@linli/core";
import type { Comparator } from "../../types.js";
import { madeBy } from "../recipe.js";
import { asText } from "../shared.js";

/** Options of {@link time}. */
export interface TimeOptions {
  /** Levels by distance in hours, after the same minute. Default `[1, 24, 72]`. */
  readonly withinHours?: readonly number[];
  /** Zone of times written without one. Default `"+08:00"`. */
  readonly timeZone?: string;
}

const MINUTE_MS = 60_000;

/**
 * Moments of events (a need reported, a shift's start, a check, a stock movement), in any
 * format `parseDateTime` reads: 2022/1/5 14:30, 2022-01-05T14:30:00+08:00, 下午2:30, Excel
 * serials. The key is the minute (UTC), so one moment written in two zones agrees. Levels:
 * `exact` (same minute), `within-1h`, `within-24h`, `within-72h` (by default), `different`.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.time();
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("2022/1/5 14:30"), f("2022-01-05T15:10:00+08:00"))]; // "within-1h"
 * ```
 */
export function time(options: TimeOptions = {}): Comparator<number> {
  const within = options.withinHours ?? [1, 24, 72];
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  return madeBy("time", options, {
    id: "time",
    levels: ["exact", ...within.map((h) => `within-${h}h`), "different"],
    m: [
      0.7,
      ...within.map((_, i) => (0.28 * 2 ** -i) / within.reduce((s, _w, k) => s + 2 ** -k, 0)),
      0.02,
    ],
    normalize(value) {
      const s = typeof value === "number" ? value : asText(value);
      if (s === undefined) return undefined;
      const r = parseDateTime(s, zone);
      if (!r.ok) return undefined;
      const t = Date.parse(r.value);
      return Number.isNaN(t) ? undefined : String(Math.floor(t / MINUTE_MS));
    },
    features: (key) => Number(key),
    compare(a, b) {
      const hours = Math.abs(a - b) / 60;
      if (hours === 0) return 0;
      for (let i = 0; i < within.length; i++) if (hours <= within[i]!) return 1 + i;
      return 1 + within.length;
    },
  });
}
