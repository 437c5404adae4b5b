/**
 * Everything `@linli/core` exports, unchanged, for those who install only `linli`.
 *
 * @example
 * ```ts
 * import { validate } from "linli/core";
 * validate("resident", { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" }).ok; // true
 * ```
 *
 * @module
 */
export * from "@linli/core";
