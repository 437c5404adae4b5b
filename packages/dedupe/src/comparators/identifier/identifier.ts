import type { Comparator } from "../../types.js";
import { madeBy } from "../recipe.js";
import { asText } from "../shared.js";

/**
 * An identifier of a record in some system (a form submission, a voucher, an item code): equal
 * after spaces and dashes are dropped and letters upper-cased, or different. Every value counts
 * as valid, so two records with different identifiers in a cannot-link field stay apart.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.identifier();
 * c.normalize(" rk-2022-0105 "); // "RK20220105"
 * c.isValid?.("RK20220105"); // true
 * ```
 */
export function identifier(): Comparator<string> {
  return madeBy("identifier", undefined, {
    id: "identifier",
    cacheRaw: false,
    levels: ["exact", "different"],
    m: [0.99, 0.01],
    normalize(value) {
      const s = asText(value)
        ?.replace(/[\s\-_/]/g, "")
        .toUpperCase();
      return s === "" ? undefined : s;
    },
    features: (key) => key,
    compare: (a, b) => (a === b ? 0 : 1),
    isValid: () => true,
  });
}
