import { checkCreditCode } from "@linli/core";
import type { Comparator } from "../../types.js";
import { damerauLevenshtein } from "../damerau-levenshtein/damerau-levenshtein.js";
import { madeBy } from "../recipe.js";
import { asText } from "../shared.js";

/**
 * GB 32100 unified social credit codes. Levels: exact, one edit, different. `isValid` (for the
 * cannot-link rule) is true when the code checks without a checksum warning.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.creditCode();
 * c.normalize(" 91350100m000100y43 "); // "91350100M000100Y43"
 * c.isValid?.("91350100M000100Y43"); // true
 * ```
 */
export function creditCode(): Comparator<string> {
  return madeBy("creditCode", undefined, {
    id: "credit-code",
    cacheRaw: false,
    levels: ["exact", "one-edit", "different"],
    normalize(value) {
      const s = asText(value)?.toUpperCase().replace(/[\s-]/g, "");
      return s === undefined || s.length < 9 ? undefined : s;
    },
    features: (key) => key,
    compare: (a, b) => (a === b ? 0 : damerauLevenshtein(a, b, 1) <= 1 ? 1 : 2),
    sql: {
      columns: [],
      values: () => [],
      levels: (a, b, d) => [null, `${d.editDistance(a("key"), b("key"), 1)} <= 1`],
    },
    isValid(key) {
      const r = checkCreditCode(key);
      return r.ok && r.warnings.length === 0;
    },
  });
}
