import { columns, type EntityName, entities } from "@linli/core";
import { complete, completionPlan } from "../record/complete.js";

/**
 * A record as an import completes it: defaults for empty columns, and a missing birth date
 * and sex read from a valid citizen ID. For round-trip tests, whose records are generated
 * without regard to what their IDs say.
 */
export function asImported<T extends Record<string, unknown>>(entity: EntityName, record: T): T {
  const byKey = new Map(columns(entities[entity]).map((c) => [c.key, c]));
  const out = structuredClone(record);
  complete(completionPlan(byKey, undefined, undefined, true), out, undefined);
  return out;
}
