/**
 * Everything `@linli/adapters` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import * as adapters from "linli/adapters";
 * ```
 *
 * @module
 */
export * from "@linli/adapters";
