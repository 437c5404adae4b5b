import type { Comparator } from "../../types.js";
import { damerauLevenshtein } from "../damerau-levenshtein/damerau-levenshtein.js";
import { jaroWinkler } from "../jaro-winkler/jaro-winkler.js";
import { madeBy } from "../recipe.js";
import { asText, jwLevel } from "../shared.js";

/** Options of {@link string}. */
export interface StringOptions {
  /** Levels by edit distance (Damerau-Levenshtein), tried first, e.g. `[1, 2]`. */
  readonly editDistance?: readonly number[];
  /** Levels by Jaro-Winkler similarity, strongest first. Default `[0.92, 0.8]`. */
  readonly jaroWinkler?: readonly number[];
  /** Compare case-sensitively. Default false (lower-cased). */
  readonly caseSensitive?: boolean;
}

/**
 * A generic text comparator: exact, then optional edit-distance levels, then Jaro-Winkler
 * levels, then "different". For names and addresses in alphabetic scripts.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.string({ jaroWinkler: [0.92, 0.8] });
 * c.levels; // ["exact", "jw>=0.92", "jw>=0.8", "different"]
 * c.compare(c.features("martha"), c.features("marhta")); // 1
 * ```
 */
export function string(options: StringOptions = {}): Comparator<string> {
  const edits = options.editDistance ?? [];
  const jws = options.jaroWinkler ?? [0.92, 0.8];
  const maxEdit = edits.reduce((m, d) => Math.max(m, d), 0);
  return madeBy("string", options, {
    id: "string",
    levels: ["exact", ...edits.map((d) => `edits<=${d}`), ...jws.map(jwLevel), "different"],
    normalize(value) {
      const s = asText(value)?.replace(/\s+/g, " ");
      return s === undefined || options.caseSensitive ? s : s.toLowerCase();
    },
    features: (key) => key,
    compare(a, b) {
      if (a === b) return 0;
      let level = 1;
      if (edits.length > 0) {
        const d = damerauLevenshtein(a, b, maxEdit);
        for (const e of edits) {
          if (d <= e) return level;
          level++;
        }
      }
      if (jws.length > 0) {
        const s = jaroWinkler(a, b);
        for (const t of jws) {
          if (s >= t) return level;
          level++;
        }
      }
      return level;
    },
    sql: {
      columns: [],
      values: () => [],
      levels: (a, b, d) => [
        null,
        ...edits.map((e) => `${d.editDistance(a("key"), b("key"), maxEdit)} <= ${e}`),
        ...jws.map((t) => `${d.jaroWinkler(a("key"), b("key"))} >= ${d.double(t)}`),
      ],
    },
  });
}
