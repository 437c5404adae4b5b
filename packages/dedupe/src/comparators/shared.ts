import { toHalfWidth } from "@linli/core";

/** A raw cell as trimmed half-width text; `undefined` for empty, null and non-scalar values. */
export function asText(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== "string") return undefined;
  const s = toHalfWidth(value).trim();
  return s === "" ? undefined : s;
}

/** Name of a similarity level, e.g. "jw>=0.92". */
export const jwLevel = (t: number) => `jw>=${t}`;
