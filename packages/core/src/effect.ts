/**
 * Effect Schema versions of every linli entity, generated from the zod schemas.
 * `effect` is an optional peer dependency: install it to use this entry point.
 *
 * @example
 * ```ts
 * import { Schema } from "effect";
 * import { parseOptions, Resident } from "@linli/core/effect";
 * const decode = Schema.decodeUnknownExit(Resident, parseOptions);
 * ```
 *
 * @module
 */
export * from "./generated/effect.js";
