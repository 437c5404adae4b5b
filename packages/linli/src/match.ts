/**
 * Everything `@linli/match` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import { match } from "linli/match";
 * match({ needs: [] }, { asOf: "2022-01-05T08:00:00+08:00" }).allocations.length; // 0
 * ```
 *
 * @module
 */
export * from "@linli/match";
