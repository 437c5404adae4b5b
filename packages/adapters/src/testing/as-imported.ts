import { columns, type EntityName, entities, phoneKind } from "@linli/core";
import { complete, completionPlan } from "../record/complete.js";

/**
 * A record as an import completes it: defaults for empty columns, a missing birth date and
 * sex read from a valid citizen ID, and each phone's kind told by its number. For round-trip
 * tests, whose records are generated without regard to what their IDs and numbers say.
 */
export function asImported<T extends Record<string, unknown>>(entity: EntityName, record: T): T {
  const byKey = new Map(columns(entities[entity]).map((c) => [c.key, c]));
  const out = structuredClone(record);
  complete(completionPlan(byKey, undefined, undefined, true), out, undefined);
  const phones = (out as Record<string, unknown>).phones;
  if (Array.isArray(phones)) {
    for (const p of phones as { number: string; kind?: string }[]) p.kind = phoneKind(p.number);
  }
  return out;
}
