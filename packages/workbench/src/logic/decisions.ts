import type { EntityName } from "@linli/core";
import { type MergeDecisions, parseDecisions } from "@linli/dedupe";
import type { Decisions } from "../worker/protocol.js";

/** The decisions as the file `linli merge --decisions` reads (see `parseDecisions`). */
export function decisionsJson(entity: EntityName, d: Decisions): string {
  const file: MergeDecisions = { format: "linli-decisions", version: 1, entity, ...d };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Decisions read back from such a file, or the reason it is not one. */
export function parseDecisionsFile(
  text: string,
  file: string,
): { decisions: Decisions } | { error: Error } {
  try {
    const d = parseDecisions(text, file);
    return { decisions: { mustLink: d.mustLink, cannotLink: d.cannotLink } };
  } catch (e) {
    return { error: e as Error };
  }
}
