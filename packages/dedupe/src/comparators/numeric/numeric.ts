import type { Comparator } from "../../types.js";
import { madeBy } from "../recipe.js";
import { asText } from "../shared.js";

/** Options of {@link numeric}. */
export interface NumericOptions {
  /** Absolute-difference levels, smallest first. Default `[1]`. */
  readonly within?: readonly number[];
}

/**
 * Numbers: exact, within each absolute difference, different. Non-numeric values are missing.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.numeric({ within: [1, 5] });
 * c.levels; // ["exact", "within-1", "within-5", "different"]
 * c.compare(c.features("42"), c.features("45")); // 2
 * ```
 */
export function numeric(options: NumericOptions = {}): Comparator<number> {
  const within = options.within ?? [1];
  return madeBy("numeric", options, {
    id: "numeric",
    levels: ["exact", ...within.map((d) => `within-${d}`), "different"],
    normalize(value) {
      const s = asText(value);
      if (s === undefined) return undefined;
      const n = Number(s.replace(/,/g, ""));
      return Number.isFinite(n) ? String(n) : undefined;
    },
    features: (key) => Number(key),
    compare(a, b) {
      if (a === b) return 0;
      const d = Math.abs(a - b);
      for (let i = 0; i < within.length; i++) if (d <= within[i]!) return i + 1;
      return within.length + 1;
    },
    sql: {
      columns: [{ name: "value", type: "double" }],
      values: (x) => [x],
      levels: (a, b, d) => [
        null,
        ...within.map((w) => `abs(${a("value")} - ${b("value")}) <= ${d.double(w)}`),
      ],
    },
  });
}
