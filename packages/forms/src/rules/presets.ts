import type { EntityName } from "@linli/core";
import type { Rule } from "./conditions.js";

const inQuarantine = { field: "quarantine.status", in: ["in-quarantine"] } as const;
const quarantined = {
  field: "quarantine.status",
  in: ["in-quarantine", "health-monitoring", "released"],
} as const;

const presets: Partial<Record<EntityName, readonly Rule[]>> = {
  resident: [
    { field: "quarantine.place", visibleWhen: inQuarantine },
    {
      field: "quarantine.site",
      visibleWhen: { all: [inQuarantine, { field: "quarantine.place", in: ["centralised"] }] },
    },
    { field: "quarantine.start", visibleWhen: quarantined },
    { field: "quarantine.end", visibleWhen: quarantined },
  ],
  need: [
    {
      field: "items",
      visibleWhen: {
        field: "category",
        in: ["groceries-delivery", "medicine", "protective-supplies", "other"],
      },
    },
  ],
};

/**
 * The rules linli forms apply to an entity unless told otherwise: quarantine details only
 * for residents whose status needs them; requested items only for needs of things.
 *
 * @example
 * ```ts
 * import { defaultRules } from "@linli/forms";
 * defaultRules("resident")[0];
 * // { field: "quarantine.place", visibleWhen: { field: "quarantine.status", in: ["in-quarantine"] } }
 * ```
 */
export function defaultRules(entity: EntityName): readonly Rule[] {
  return presets[entity] ?? [];
}
