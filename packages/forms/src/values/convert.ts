import { compactPhone, toHalfWidth } from "@linli/core";
import type { FieldSpec } from "../fields/spec.js";

/**
 * What a form control holds: text for most widgets, the chosen values for checkboxes.
 *
 * @example
 * ```ts
 * import type { RawValue } from "@linli/forms";
 * const name: RawValue = "王伟";
 * const vulnerabilities: RawValue = ["dialysis", "disabled"];
 * ```
 */
export type RawValue = string | readonly string[];

/** The empty value of a field. */
export const emptyOf = (spec: FieldSpec): RawValue => (spec.multiple ? [] : "");

/** Whether a control holds nothing. */
export const isBlank = (raw: RawValue | undefined): boolean =>
  raw === undefined || (typeof raw === "string" ? raw.trim() === "" : raw.length === 0);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");

/** `2024-01-05T14:30` from a `datetime-local` control → `2024-01-05T14:30:00+08:00`. */
function withOffset(local: string): string {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return local;
  const at = new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  const off = -at.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

/**
 * The value a control's input stands for in a record, or `undefined` when the control is
 * blank. Text is trimmed; digits typed on a Chinese keyboard's full-width layout become ASCII
 * in numbers, phones and IDs; phone separators are dropped; a number that does not parse stays
 * text so that validation names the problem.
 */
export function toValue(spec: FieldSpec, raw: RawValue | undefined): unknown {
  if (isBlank(raw) || raw === undefined) return undefined;
  if (typeof raw !== "string") {
    const order = spec.options?.map((o) => o.value);
    const picked = raw.filter((v) => v !== "");
    return order ? order.filter((v) => picked.includes(v)) : picked;
  }
  const text = raw.trim();
  switch (spec.widget) {
    case "citizen-id":
      return toHalfWidth(text).replace(/\s+/g, "").toUpperCase();
    case "tel":
      return compactPhone(toHalfWidth(text));
    case "datetime":
      return withOffset(text);
  }
  if (spec.node.kind === "number") {
    const n = toHalfWidth(text).replace(/,/g, "");
    return NUMBER.test(n) ? Number(n) : text;
  }
  return text;
}

/** The current moment as ISO 8601 with the local UTC offset, e.g. `2024-01-05T14:30:00+08:00`. */
export function localDateTime(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const local = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}`;
  return withOffset(`${local}:${p(now.getSeconds())}`);
}
