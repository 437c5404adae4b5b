/**
 * Everything `@linli/dedupe` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import * as dedupe from "linli/dedupe";
 * ```
 *
 * @module
 */
export * from "@linli/dedupe";
