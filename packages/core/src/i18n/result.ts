import type { Issue } from "./issue.js";

/**
 * The outcome of checking or normalising one value. `ok` means the value is usable; it may
 * still carry warnings (e.g. a credit code whose checksum fails, as some early codes do).
 *
 * @example
 * ```ts
 * import { parseDate } from "@linli/core";
 * const r = parseDate("1985年3月2日");
 * if (r.ok) console.log(r.value); // "1985-03-02"
 * else console.log(r.issues.map((i) => i.message["zh-CN"]));
 * ```
 */
export type Result<T, D = undefined> =
  | {
      readonly ok: true;
      readonly value: T;
      readonly details: D;
      readonly warnings: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A successful {@link Result}.
 *
 * @example
 * ```ts
 * import { ok } from "@linli/core";
 * const r = ok("13800138000");
 * if (r.ok) r.value;
 * ```
 */
export function ok<T>(value: T, warnings?: readonly Issue[]): Result<T, undefined>;
export function ok<T, D>(value: T, warnings: readonly Issue[], details: D): Result<T, D>;
export function ok<T, D>(value: T, warnings: readonly Issue[] = [], details?: D): Result<T, D> {
  return { ok: true, value, details: details as D, warnings };
}

/**
 * A failed {@link Result}.
 *
 * @example
 * ```ts
 * import { fail, issue } from "@linli/core";
 * const r = fail(issue("phone.empty"));
 * ```
 */
export function fail<T = never, D = never>(...issues: Issue[]): Result<T, D> {
  return { ok: false, issues };
}
