import { checkCitizenId } from "@linli/core";
import type { Comparator } from "../../types.js";
import { damerauLevenshtein } from "../damerau-levenshtein/damerau-levenshtein.js";
import { madeBy } from "../recipe.js";
import { asText, sameChars } from "./../shared.js";

const CANONICAL = /^\d{17}[\dX]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** Right check character and a real birth date: a citizen ID as issued. */
function isValid(key: string): boolean {
  if (!CANONICAL.test(key)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (key.charCodeAt(i) - 48) * WEIGHTS[i]!;
  if (CHECK[sum % 11] !== key[17]) return false;
  const y = Number(key.slice(6, 10));
  const m = Number(key.slice(10, 12));
  const d = Number(key.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The 15-digit form of an 18-digit ID (no century, no check character). */
const legacy = (id: string) => (id.length === 18 ? id.slice(0, 6) + id.slice(8, 17) : id);

/**
 * GB 11643 citizen IDs. Normalises like `checkCitizenId` (full-width digits, spaces, lower-case
 * x); unreadable IDs keep their digits so that typos compare. A 15-digit ID (before 1999) is
 * compared with the 15-digit form of an 18-digit one.
 * Levels: exact; same first 17 digits (only the check character differs); one edit (a digit
 * wrong, lost, added or two swapped); two edits; different. `isValid` is true when the check
 * character and birth date are right, which is what the cannot-link rule uses: one typo in
 * a valid ID always breaks its check character, so two different valid IDs are two people.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.citizenId();
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("11010519491231002X"), f("11010519491231002x"))]; // "exact"
 * c.levels[c.compare(f("11010519491231002X"), f("11010519491213002X"))]; // "one-edit"
 * c.isValid?.("11010519491231002X"); // true
 * ```
 */
export function citizenId(): Comparator<string> {
  return madeBy("citizenId", undefined, {
    id: "citizen-id",
    cacheRaw: false,
    levels: ["exact", "check-char", "one-edit", "two-edits", "different"],
    normalize(value) {
      const s = asText(value);
      if (s === undefined) return undefined;
      if (CANONICAL.test(s)) return s;
      const r = checkCitizenId(s);
      // A 15-digit ID stays as it is: upgraded, it would get a check character it never had
      // and look valid even with a typo, which would wrongly trigger the cannot-link rule.
      if (r.ok && !r.details.legacy) return r.value;
      const compact = s.toUpperCase().replace(/[^0-9X]/g, "");
      return compact.length >= 14 && compact.length <= 19 ? compact : undefined;
    },
    features: (key) => key,
    compare(a, b) {
      if (a === b) return 0;
      if (a.length !== b.length && (a.length === 15 || b.length === 15)) {
        a = legacy(a);
        b = legacy(b);
        if (a === b) return 0;
      }
      if (a.length === 18 && b.length === 18 && sameChars(a, 0, b, 0, 17)) return 1;
      const d = damerauLevenshtein(a, b, 2);
      return d <= 1 ? 2 : d <= 2 ? 3 : 4;
    },
    // Keys are ASCII (digits and X). A 15-digit ID against an 18-digit one: both compared in
    // the 15-digit form.
    sql: {
      columns: [],
      values: () => [],
      levels(a, b, d) {
        const len = (x: string) => d.length(x);
        const legacy = (x: string) =>
          `CASE WHEN ${len(x)} = 18 THEN concat(${d.substr(x, 1, 6)}, ${d.substr(x, 9, 9)}) ELSE ${x} END`;
        const old = `(${len(a("key"))} <> ${len(b("key"))} AND (${len(a("key"))} = 15 OR ${len(b("key"))} = 15))`;
        const x = `CASE WHEN ${old} THEN ${legacy(a("key"))} ELSE ${a("key")} END`;
        const y = `CASE WHEN ${old} THEN ${legacy(b("key"))} ELSE ${b("key")} END`;
        return [
          `${old} AND ${legacy(a("key"))} = ${legacy(b("key"))}`,
          `${len(a("key"))} = 18 AND ${len(b("key"))} = 18 AND ${d.substr(a("key"), 1, 17)} = ${d.substr(b("key"), 1, 17)}`,
          `${d.editDistance(x, y, 1, true)} <= 1`,
          `${d.editDistance(x, y, 2, true)} <= 2`,
        ];
      },
    },
    isValid,
  });
}
