/**
 * Everything `@linli/core` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import * as core from "linli/core";
 * ```
 *
 * @module
 */
export * from "@linli/core";
