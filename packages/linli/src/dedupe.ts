/**
 * Everything `@linli/dedupe` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import { merge, residentProfile } from "linli/dedupe";
 * residentProfile().name; // "resident"
 * merge([]).records.length; // 0
 * ```
 *
 * @module
 */
export * from "@linli/dedupe";
