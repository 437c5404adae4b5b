import type { PiiClass } from "@linli/core";
import { ArgumentError } from "@linli/core";
import { fail, PrivacyError } from "../errors.js";
import { builtinProfileNames, builtinProfiles } from "./builtins.js";
import type { Action, BuiltinProfileName, ResolvedProfile, SharingProfile } from "./types.js";
import { validateProfile } from "./validate-profile.js";

const cache = new WeakMap<SharingProfile, ResolvedProfile>();

/**
 * A profile ready to apply: a built-in one by name, or a profile object validated (a
 * {@link PrivacyError} lists every problem) and merged over the built-in profile it
 * `extends`.
 *
 * @example
 * ```ts
 * import { resolveProfile } from "@linli/privacy";
 * const p = resolveProfile({
 *   name: "deliveries",
 *   description: { "zh-CN": "送货：保留电话", en: "Deliveries: phones kept" },
 *   extends: "partner-ngo",
 *   kinds: { phone: "keep" },
 * });
 * p.kinds.phone; // "keep"
 * p.kinds.name; // "mask", from partner-ngo
 * ```
 */
export function resolveProfile(profile: SharingProfile | BuiltinProfileName): ResolvedProfile {
  let input: SharingProfile;
  if (typeof profile === "string") {
    if (!builtinProfileNames.includes(profile)) {
      fail("profile.unknown", { name: profile, expected: builtinProfileNames.join(", ") });
    }
    input = builtinProfiles[profile];
  } else input = profile;
  const cached = cache.get(input);
  if (cached) return cached;
  const checked = validateProfile(input);
  if (!checked.ok) throw new PrivacyError(checked.issues);
  const base = input.extends ? resolveProfile(input.extends) : undefined;
  const resolved: ResolvedProfile = {
    name: input.name,
    description: input.description,
    ...(input.extends ? { extends: input.extends } : {}),
    classes: { ...base?.classes, ...input.classes } as Record<PiiClass, Action>,
    kinds: { ...base?.kinds, ...input.kinds },
    fields: { ...base?.fields, ...input.fields },
  };
  cache.set(input, resolved);
  return resolved;
}

/** Throw an ArgumentError unless `profile` is a sharing profile or a built-in one's name. */
export function expectProfile(fn: string, profile: unknown): void {
  const ok =
    typeof profile === "string" ||
    (typeof profile === "object" && profile !== null && !Array.isArray(profile));
  if (!ok) {
    throw new ArgumentError(fn, "profile", "profile", profile, {
      names: builtinProfileNames.join(", "),
    });
  }
}
