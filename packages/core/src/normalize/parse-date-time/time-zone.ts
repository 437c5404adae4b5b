import { normalizeOffset } from "../parse-date/read-time.js";

const FIXED = /^(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?)$/i;
const formatters = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC in `zone` at the instant `utcMs`. */
function offsetAt(zone: string, utcMs: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(utcMs)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 0,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  return `${sign}${hh}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * The UTC offset (`+08:00`, `Z`) of a wall-clock time in `timeZone`, which is either a fixed
 * offset (`+08:00`, `-0500`, `Z`, `UTC`) or an IANA zone (`Asia/Shanghai`, `Europe/London`;
 * daylight saving time included). A wall time that a DST change skips gets the later offset.
 * Throws a RangeError for an unknown zone: that is a mistake in the calling code, not the data.
 */
export function offsetFor(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): string {
  if (FIXED.test(timeZone)) {
    const fixed = normalizeOffset(timeZone);
    if (fixed !== undefined) return fixed;
    throw new RangeError(`parseDateTime: invalid timeZone offset "${timeZone}"`);
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Luxon's fixOffset: guess, correct once, and settle gaps on the larger offset.
  const o1 = offsetAt(timeZone, wall);
  const o2 = offsetAt(timeZone, wall - o1 * 60_000);
  if (o1 === o2) return formatOffset(o1);
  const o3 = offsetAt(timeZone, wall - o2 * 60_000);
  return formatOffset(o2 === o3 ? o2 : Math.max(o2, o3));
}
