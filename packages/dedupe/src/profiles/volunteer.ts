import { Volunteer } from "@linli/core";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { Profile } from "../types.js";
import { personBlocking, personConflicts, personFields, personTraining } from "./resident.js";

/**
 * Default profile for volunteers: name, citizen ID, phones, birth date and gender (volunteers
 * have no home address in the model), with the person blocking rules of the resident profile.
 *
 * @example
 * ```ts
 * import { dedupe, volunteerProfile } from "@linli/dedupe";
 * const { clusters } = dedupe(
 *   [{ name: "李娜", phones: [{ number: "13912345678" }] }, { name: "李 娜", phones: [{ number: "139-1234-5678" }] }],
 *   { profile: volunteerProfile() },
 * );
 * ```
 */
export function volunteerProfile(): Profile {
  return {
    name: "volunteer",
    fields: personFields(Volunteer),
    blocking: personBlocking,
    cannotLink: ["citizenId"],
    conflicts: personConflicts,
    identifying: ["citizenId", "phone"],
    threshold: DEFAULT_THRESHOLD,
    training: personTraining,
    context: { phone: 1 },
  };
}
