import type { FieldSpec } from "../fields/spec.js";

/**
 * Fill other fields from a valid citizen ID: its birth date and sex. Field names are column
 * keys at the top level, property names inside a repeat item. A target the person has edited
 * by hand is left alone.
 *
 * @example
 * ```ts
 * import type { Derivation } from "@linli/forms";
 * const derive: Derivation = { from: "citizenId", birthDate: "birthDate", sex: "gender" };
 * ```
 */
export interface Derivation {
  readonly from: string;
  readonly birthDate?: string;
  readonly sex?: string;
}

const parentOf = (s: FieldSpec) => s.path.slice(0, -1).join(".");

/** The derivations a set of fields supports: a citizen ID beside a birth date and a gender. */
export function defaultDerivations(specs: readonly FieldSpec[]): Derivation[] {
  const out: Derivation[] = [];
  for (const id of specs) {
    if (id.widget !== "citizen-id") continue;
    const siblings = specs.filter((s) => parentOf(s) === parentOf(id));
    const find = (last: string, ok: (s: FieldSpec) => boolean) =>
      siblings.find((s) => s.path[s.path.length - 1] === last && ok(s))?.name;
    const birthDate = find(
      "birthDate",
      (s) =>
        s.node.kind === "string" && (s.node.format === "date" || s.node.format === "date-partial"),
    );
    const sex = find(
      "gender",
      (s) =>
        s.node.kind === "enum" &&
        s.node.values.includes("male") &&
        s.node.values.includes("female"),
    );
    if (birthDate || sex) {
      out.push({ from: id.name, ...(birthDate ? { birthDate } : {}), ...(sex ? { sex } : {}) });
    }
  }
  return out;
}
