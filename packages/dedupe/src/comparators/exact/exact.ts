import type { Comparator } from "../../types.js";
import { madeBy } from "../recipe.js";
import { asText } from "../shared.js";

/**
 * Two levels: equal (after trimming, half-width and lower-casing) or different. For codes,
 * sex, state and other closed sets.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.exact();
 * c.compare(c.features(c.normalize("NSW")!), c.features(c.normalize("nsw")!)); // 0
 * ```
 */
export function exact(): Comparator<string> {
  return madeBy("exact", undefined, {
    id: "exact",
    cacheRaw: false,
    levels: ["exact", "different"],
    normalize: (value) => asText(value)?.toLowerCase(),
    features: (key) => key,
    compare: (a, b) => (a === b ? 0 : 1),
    sql: { columns: [], values: () => [], levels: () => [] },
  });
}
