// A thread that normalises raw values for the DuckDB engine (see threads.ts): it gets the
// recipes of the fields' comparators once, then batches of raw values, and answers their keys.
import { serveRequests } from "@linli/core/node";
import { comparatorOf } from "../comparators/from-recipe.js";
import type { Recipe } from "../comparators/recipe.js";
import { normalizeValue } from "../engine/encode.js";

/** A batch of one field's raw values: texts as they are, other values as JSON. */
export interface NormalizeJob {
  readonly field: number;
  readonly texts: readonly string[];
  readonly jsons: readonly string[];
}

/** The keys of a batch's texts and JSON values. */
export interface NormalizeAnswer {
  readonly texts: (string | undefined)[];
  readonly jsons: (string | undefined)[];
}

let fields: (((v: unknown) => string | undefined) | undefined)[] = [];
serveRequests<readonly (Recipe | null)[], NormalizeJob, NormalizeAnswer>({
  setup(recipes) {
    fields = recipes.map((r) => {
      if (!r) return undefined;
      const c = comparatorOf(r);
      // Several values (phones) repeat their parts: each part is normalised once.
      const parts = new Map<string, string | undefined>();
      const part = (v: unknown) => {
        if (typeof v !== "string") return c.normalize(v);
        if (parts.has(v)) return parts.get(v);
        const k = c.normalize(v);
        parts.set(v, k);
        return k;
      };
      return (v: unknown) => normalizeValue(c, v, part);
    });
  },
  answer({ field, texts, jsons }) {
    const normalize = fields[field]!;
    return { texts: texts.map(normalize), jsons: jsons.map((j) => normalize(JSON.parse(j))) };
  },
});
