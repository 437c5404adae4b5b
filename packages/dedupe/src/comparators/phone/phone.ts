import { checkPhone } from "@linli/core";
import type { Comparator } from "../../types.js";
import { damerauLevenshtein } from "../damerau-levenshtein/damerau-levenshtein.js";
import { madeBy } from "../recipe.js";
import { asText } from "../shared.js";

// A Chinese mobile number already in canonical form needs no parsing.
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Phone numbers written any way (138-0013-8000, +86 138 0013 8000, 029 8888 6666), read with
 * `checkPhone` (China by default); numbers it rejects keep their digits. Levels: exact; same
 * last eight digits (a landline with and without its area code); one edit; different.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.phone();
 * c.normalize("+86 138-0013-8000"); // "13800138000"
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("13800138000"), f("13800183000"))]; // "one-edit"
 * ```
 */
export function phone(options: { defaultCountry?: string } = {}): Comparator<string> {
  const check = { defaultCountry: options.defaultCountry ?? "CN" };
  return madeBy("phone", options, {
    id: "phone",
    cacheRaw: false,
    levels: ["exact", "last-8", "one-edit", "different"],
    normalize(value) {
      const s = asText(value);
      if (s === undefined) return undefined;
      if (MOBILE.test(s)) return s;
      const r = checkPhone(s, check);
      if (r.ok) return r.value;
      const digits = s.replace(/\D/g, "");
      return digits.length >= 7 ? digits : undefined;
    },
    features: (key) => key,
    compare(a, b) {
      if (a === b) return 0;
      if (a.length >= 8 && b.length >= 8 && a.slice(-8) === b.slice(-8)) return 1;
      return damerauLevenshtein(a, b, 1) <= 1 ? 2 : 3;
    },
    // Keys are ASCII: digits, or E.164 with its plus sign.
    sql: {
      columns: [],
      values: () => [],
      levels: (a, b, d) => [
        null,
        `${d.length(a("key"))} >= 8 AND ${d.length(b("key"))} >= 8 AND ${d.right(a("key"), 8)} = ${d.right(b("key"), 8)}`,
        `${d.editDistance(a("key"), b("key"), 1, true)} <= 1`,
      ],
    },
  });
}
