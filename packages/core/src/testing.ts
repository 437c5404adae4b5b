/**
 * fast-check arbitraries of realistic Chinese community records (names, valid citizen IDs,
 * phones, Xi'an-style addresses) for every entity, plus realistic building blocks and a
 * mutation helper for property tests. `fast-check` is an optional peer dependency.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { resident } from "@linli/core/testing";
 * const [sample] = fc.sample(resident, 1);
 * ```
 *
 * @module
 */
export * from "./generated/arbitraries.js";
export * from "./testing/mutate.js";
export * as values from "./testing/values.js";
