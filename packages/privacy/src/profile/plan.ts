import type { Issue, Localized, PiiClass } from "@linli/core";
import { privacyIssue } from "../errors.js";
import type { Leaf, SharedValueForm } from "./leaf.js";
import type { FieldKind, ResolvedProfile } from "./types.js";

/**
 * One field of a shared view: what it holds and how the profile changed it. Exporters use
 * it for headers (its `label` names the shared form, e.g. 年龄段 for birth dates in bands).
 *
 * @example
 * ```ts
 * import { profilePlan } from "@linli/privacy";
 * const birth = profilePlan("resident", "partner-ngo").fields.find((f) => f.path === "birthDate");
 * birth?.form; // "age-band"
 * birth?.label.en; // "Age band"
 * ```
 */
export interface SharedField {
  /** Dotted path in the record, e.g. `address.building`, `identifiers.value`. */
  readonly path: string;
  /** Column key of the flat view, where the field is a column. */
  readonly column?: string;
  readonly kind: FieldKind;
  readonly pii: PiiClass;
  readonly action: "keep" | "mask" | "generalise" | "pseudonymise";
  readonly form: SharedValueForm;
  readonly label: Localized;
}

/**
 * What a profile does to one entity: the fields that remain and their forms, the fields
 * dropped, and whether the output is still a canonical record.
 *
 * `view` is `"canonical"` when every kept value is unchanged and no required field is
 * dropped: the output still validates against the entity's schema. Otherwise it is a
 * `"shared"` view: masked IDs, pseudonyms, age bands and cut addresses do not match the
 * schema's patterns, and exporters must label it as such (see `exportLog`) rather than pass
 * it off as records.
 *
 * @example
 * ```ts
 * import { profilePlan } from "@linli/privacy";
 * profilePlan("resident", "internal").view; // "canonical"
 * profilePlan("resident", "partner-ngo").view; // "shared"
 * ```
 */
export interface ProfilePlan {
  readonly profile: ResolvedProfile;
  readonly entity: string;
  readonly view: "canonical" | "shared";
  readonly fields: readonly SharedField[];
  /** Paths (or column keys) of fields the profile leaves out. */
  readonly dropped: readonly string[];
  /** Whether any field is replaced by pseudonymous keys. */
  readonly pseudonymised: boolean;
  /** E.g. `profile.noSecret` when pseudonymised fields are dropped for want of a secret. */
  readonly warnings: readonly Issue[];
}

/** Summarise compiled leaves into a {@link ProfilePlan}. */
export function summarise(
  profile: ResolvedProfile,
  entity: string,
  leaves: readonly Leaf[],
  hasPseudonymizer: boolean,
  keyOf: (leaf: Leaf) => string,
): ProfilePlan {
  const fields: SharedField[] = [];
  const dropped: string[] = [];
  const unkeyed: string[] = [];
  let canonical = true;
  const listed = new Set<string>();
  const formOf = (leaf: Leaf) =>
    leaf.form === "pseudonym" && !hasPseudonymizer ? undefined : leaf.form;
  for (const leaf of leaves) {
    let form = formOf(leaf);
    if (leaf.form === "pseudonym" && !hasPseudonymizer && !unkeyed.includes(keyOf(leaf))) {
      unkeyed.push(keyOf(leaf));
    }
    // A field whose object loses a required personal field goes with that object.
    if (leaf.vitals?.some((v) => formOf(v) === undefined)) form = undefined;
    if (form === undefined) {
      if (!dropped.includes(keyOf(leaf))) dropped.push(keyOf(leaf));
      if (leaf.info.required) canonical = false;
      continue;
    }
    if (form !== "value") canonical = false;
    const { path, column, kind, pii } = leaf.info;
    // Options of a union (the identifier schemes) repeat their fields.
    const seen = `${column ?? path} ${form}`;
    if (listed.has(seen)) continue;
    listed.add(seen);
    fields.push({
      path,
      ...(column ? { column } : {}),
      kind,
      pii,
      action: leaf.action.action as SharedField["action"],
      form,
      label: leaf.label,
    });
  }
  const warnings =
    unkeyed.length > 0
      ? [
          privacyIssue("profile.noSecret", "warning", {
            profile: profile.name,
            fields: unkeyed.join(", "),
          }),
        ]
      : [];
  return {
    profile,
    entity,
    view: canonical ? "canonical" : "shared",
    fields,
    dropped,
    pseudonymised: fields.some((f) => f.form === "pseudonym"),
    warnings,
  };
}
