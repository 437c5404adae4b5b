// A thread that compares distinct key pairs for the DuckDB engine (see compare-threads.ts): it
// gets the recipes of the fields' comparators once, each field's keys once, then batches of
// key-id pairs, and answers their levels as the in-memory engine's `compareIds` gives them.
import { parentPort } from "node:worker_threads";
import { comparators } from "../comparators/index.js";
import type { Recipe } from "../comparators/recipe.js";
import { compareIds, type EncodedField } from "../engine/encode.js";
import type { Comparator } from "../types.js";

/** What the comparing thread is sent. */
export type ToComparer =
  | { type: "setup"; recipes: readonly (Recipe | null)[] }
  | { type: "keys"; field: number; keys: readonly string[]; multi: Uint8Array }
  | { type: "job"; id: number; field: number; x: Int32Array; y: Int32Array };

/** What a comparing thread answers. */
export type FromComparer =
  | { type: "ready" }
  | { type: "done"; id: number; levels: Int8Array }
  | { type: "failed"; id: number; error: string };

type Factory = (argument?: unknown) => Comparator;

const port = parentPort;
if (port) {
  let made: (Comparator | undefined)[] = [];
  const fields = new Map<number, EncodedField>();
  port.on("message", (m: ToComparer) => {
    if (m.type === "setup") {
      try {
        made = m.recipes.map((r) => {
          if (!r) return undefined;
          const make = (comparators as unknown as Record<string, Factory>)[r.factory]!;
          return "argument" in r ? make(r.argument) : make();
        });
        port.postMessage({ type: "ready" } satisfies FromComparer);
      } catch (e) {
        port.postMessage({ type: "failed", id: -1, error: String(e) } satisfies FromComparer);
      }
      return;
    }
    if (m.type === "keys") {
      const comparator = made[m.field];
      if (!comparator) return;
      // Only what `compareIds` reads: keys, parts and each key's features, cached here.
      fields.set(m.field, {
        keys: m.keys as string[],
        multi: m.multi,
        comparator,
        features: new Array(m.keys.length),
      } as unknown as EncodedField);
      return;
    }
    const { id, field, x, y } = m;
    try {
      const f = fields.get(field);
      if (!f) throw new Error(`no keys for field ${field}`);
      const levels = new Int8Array(x.length);
      for (let k = 0; k < x.length; k++) levels[k] = compareIds(f, x[k]!, y[k]!);
      port.postMessage({ type: "done", id, levels } satisfies FromComparer, [levels.buffer]);
    } catch (e) {
      port.postMessage({ type: "failed", id, error: String(e) } satisfies FromComparer);
    }
  });
}
