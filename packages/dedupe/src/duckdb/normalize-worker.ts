// A thread that normalises raw values for the DuckDB engine (see threads.ts): it gets the
// recipes of the fields' comparators once, then batches of raw values, and answers their keys.
import { parentPort } from "node:worker_threads";
import { comparators } from "../comparators/index.js";
import type { Recipe } from "../comparators/recipe.js";
import { normalizeValue } from "../engine/encode.js";
import type { Comparator } from "../types.js";

/** A batch of one field's raw values: texts as they are, other values as JSON. */
export interface NormalizeJob {
  readonly id: number;
  readonly field: number;
  readonly texts: readonly string[];
  readonly jsons: readonly string[];
}

/** What the normalising thread sends. */
export type ToNormalizer =
  | { type: "setup"; recipes: readonly (Recipe | null)[] }
  | { type: "job"; job: NormalizeJob };

/** What a normalising thread answers. */
export type FromNormalizer =
  | { type: "ready" }
  | {
      type: "done";
      id: number;
      texts: (string | undefined)[];
      jsons: (string | undefined)[];
    }
  | { type: "failed"; id: number; error: string };

type Factory = (argument?: unknown) => Comparator;

const port = parentPort;
if (port) {
  let fields: (((v: unknown) => string | undefined) | undefined)[] = [];
  port.on("message", (m: ToNormalizer) => {
    if (m.type === "setup") {
      try {
        fields = m.recipes.map((r) => {
          if (!r) return undefined;
          const make = (comparators as unknown as Record<string, Factory>)[r.factory]!;
          const c = "argument" in r ? make(r.argument) : make();
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
        port.postMessage({ type: "ready" } satisfies FromNormalizer);
      } catch (e) {
        port.postMessage({ type: "failed", id: -1, error: String(e) } satisfies FromNormalizer);
      }
      return;
    }
    const { id, field, texts, jsons } = m.job;
    try {
      const normalize = fields[field]!;
      const answer: FromNormalizer = {
        type: "done",
        id,
        texts: texts.map(normalize),
        jsons: jsons.map((j) => normalize(JSON.parse(j))),
      };
      port.postMessage(answer);
    } catch (e) {
      port.postMessage({ type: "failed", id, error: String(e) } satisfies FromNormalizer);
    }
  });
}
