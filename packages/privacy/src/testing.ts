/**
 * Test utilities for anything that writes shared data (exports, merge reports): check that
 * no direct identifier of the input reaches an output.
 *
 * @example
 * ```ts
 * import { leaks } from "@linli/privacy/testing";
 * leaks({ name: "王小伟" }, "姓名\n王*伟\n", "resident", "partner-ngo"); // []
 * ```
 *
 * @module
 */
export { type Leak, type LeaksOptions, leaks } from "./testing/leaks.js";
