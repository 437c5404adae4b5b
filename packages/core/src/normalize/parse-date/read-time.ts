/** A time of day read from text, with the UTC offset it was written with, if any. */
export interface TimeRead {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly ms: number;
  /** `"Z"` or `"+08:00"` style, when the text carried one. */
  readonly offset?: string;
}

export type TimeOutcome =
  | { readonly ok: true; readonly time: TimeRead }
  | {
      readonly ok: false;
      readonly code: "date.format" | "date.time" | "date.offset";
      /** The offset text, for `date.offset`. */
      readonly offset?: string;
    };

/** Built on first use, once: composed patterns would otherwise run code at import. */
function compile() {
  const meridiem = "(?:(上午|早上|凌晨|中午|下午|晚上)\\s*)?";
  const offset = "(?:\\s*(z|utc|gmt|(?:utc|gmt)?[+-]\\d{1,2}(?::?\\d{2})?))?";
  return {
    // 14:30, 14:30:21, 14:30:21.123, 2:30 PM, 下午2:30, with an optional offset.
    clock: new RegExp(
      `^${meridiem}(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,9}))?)?(?:\\s*([ap])\\.?m\\.?)?${offset}$`,
      "i",
    ),
    // 14时30分21秒, 14点30分, 2点半, 下午3点.
    chinese: new RegExp(
      `^${meridiem}(\\d{1,2})\\s*[时時点點]\\s*(?:(半)|(\\d{1,2})\\s*分?(?:\\s*(\\d{1,2})\\s*秒)?)?$`,
    ),
  };
}
let patterns: ReturnType<typeof compile> | undefined;
const OFFSET_PARTS = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

function toHour(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  switch (meridiem.toLowerCase()) {
    case "上午":
    case "早上":
    case "凌晨":
    case "a":
      return hour === 12 ? 0 : hour > 12 ? -1 : hour;
    case "中午":
      return hour < 11 ? hour + 12 : hour;
    default:
      return hour < 12 ? hour + 12 : hour;
  }
}

/** `+8` → `+08:00`, `z`/`UTC` → `Z`; `undefined` when out of range. */
export function normalizeOffset(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower === "z" || lower === "utc" || lower === "gmt") return "Z";
  const m = OFFSET_PARTS.exec(text);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 18 || minutes > 59) return undefined;
  return `${m[1]}${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

function build(
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
  offsetText: string | undefined,
): TimeOutcome {
  if (hour < 0 || hour > 23 || minute > 59 || second > 59) return { ok: false, code: "date.time" };
  // Sub-millisecond digits are dropped, not rounded, so 59.9999 never rolls into the next minute.
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, "0"));
  if (offsetText === undefined) return { ok: true, time: { hour, minute, second, ms } };
  const offset = normalizeOffset(offsetText);
  if (offset === undefined) return { ok: false, code: "date.offset", offset: offsetText };
  return { ok: true, time: { hour, minute, second, ms, offset } };
}

/** Read the time that follows a date ("14:30:21", "下午2点半", "2:30 PM +08:00"). */
export function readTime(text: string): TimeOutcome {
  patterns ??= compile();
  const clock = patterns.clock.exec(text);
  if (clock) {
    const hour = toHour(Number(clock[2]), clock[1] ?? clock[6]);
    const second = clock[4] === undefined ? 0 : Number(clock[4]);
    return build(hour, Number(clock[3]), second, clock[5], clock[7]);
  }
  const zh = patterns.chinese.exec(text);
  if (zh) {
    const hour = toHour(Number(zh[2]), zh[1]);
    const minute = zh[3] !== undefined ? 30 : zh[4] === undefined ? 0 : Number(zh[4]);
    const second = zh[5] === undefined ? 0 : Number(zh[5]);
    return build(hour, minute, second, undefined, undefined);
  }
  return { ok: false, code: "date.format" };
}
