/**
 * Everything `@linli/privacy` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import * as privacy from "linli/privacy";
 * ```
 *
 * @module
 */
export * from "@linli/privacy";
