/**
 * Everything `@linli/privacy` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import { builtinProfileNames } from "linli/privacy";
 * builtinProfileNames.length > 0; // true
 * ```
 *
 * @module
 */
export * from "@linli/privacy";
