import { describe, expectArgument } from "@linli/core";
import type { Pseudonymizer } from "../pseudonym/pseudonymizer.js";
import { compileNode, type Plan, run } from "./compile.js";
import { type EntityInput, type EntitySchema, entityOf, expectEntityInput } from "./entity.js";
import { asOfDay } from "./generalise-date.js";
import type { Leaf, RunContext } from "./leaf.js";
import { type ProfilePlan, summarise } from "./plan.js";
import { expectProfile, resolveProfile } from "./resolve-profile.js";
import type { BuiltinProfileName, ResolvedProfile, SharingProfile } from "./types.js";

/**
 * Options of {@link applyProfile}, {@link profiler} and the row versions.
 *
 * @example
 * ```ts
 * import { generateSecret, type ApplyProfileOptions, pseudonymizer } from "@linli/privacy";
 * const options: ApplyProfileOptions = {
 *   asOf: "2022-01-05",
 *   pseudonymizer: await pseudonymizer(generateSecret()),
 * };
 * ```
 */
export interface ApplyProfileOptions {
  /** The day ages are computed on, for age bands: a Date (its UTC day) or `YYYY-MM-DD`. Default today. */
  readonly asOf?: Date | string;
  /** Makes pseudonymous keys; without it, fields to pseudonymise are dropped. */
  readonly pseudonymizer?: Pseudonymizer;
}

/**
 * A record as shared under a profile: the entity's shape, with fields left out, masked,
 * generalised or pseudonymised. Not a canonical record (see {@link ProfilePlan.view}).
 *
 * @example
 * ```ts
 * import { applyProfile, type SharedRecord } from "@linli/privacy";
 * const shared: SharedRecord = applyProfile("resident", { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王小伟" }, "partner-ngo");
 * shared.name; // "王*伟"
 * ```
 */
export type SharedRecord = Record<string, unknown>;

/**
 * A compiled profile for one entity: call it on each record. `plan` describes the output.
 *
 * @example
 * ```ts
 * import { profiler } from "@linli/privacy";
 * const share = profiler("resident", "public-statistics", { asOf: "2022-01-05" });
 * share.plan.view; // "shared"
 * ```
 */
export interface Profiler {
  (record: unknown): SharedRecord;
  readonly plan: ProfilePlan;
}

interface Compiled {
  readonly root: Plan;
  readonly leaves: readonly Leaf[];
}
const compiledCache = new WeakMap<ResolvedProfile, WeakMap<EntitySchema, Compiled>>();

function compiled(profile: ResolvedProfile, schema: EntitySchema): Compiled {
  let bySchema = compiledCache.get(profile);
  if (!bySchema) {
    bySchema = new WeakMap();
    compiledCache.set(profile, bySchema);
  }
  let c = bySchema.get(schema);
  if (!c) {
    const leaves: Leaf[] = [];
    const root = compileNode(
      { profile, sink: (l) => leaves.push(l) },
      describe(schema),
      [],
      "none",
      undefined,
      true,
    );
    c = { root, leaves };
    bySchema.set(schema, c);
  }
  return c;
}

/**
 * What a profile does to an entity's records, without applying it. See {@link ProfilePlan}.
 *
 * @example
 * ```ts
 * import { profilePlan } from "@linli/privacy";
 * const plan = profilePlan("resident", "partner-ngo");
 * plan.dropped.includes("notes"); // true
 * plan.warnings[0]?.code; // "profile.noSecret": IDs are dropped without a pseudonymizer
 * ```
 */
export function profilePlan(
  entity: EntityInput,
  profile: SharingProfile | BuiltinProfileName,
  options: ApplyProfileOptions = {},
): ProfilePlan {
  expectEntityInput("profilePlan", entity);
  expectProfile("profilePlan", profile);
  expectArgument("profilePlan", "options", "options", options);
  const { name, schema } = entityOf(entity);
  const resolved = resolveProfile(profile);
  return summarise(
    resolved,
    name,
    compiled(resolved, schema).leaves,
    options.pseudonymizer !== undefined,
    (l) => l.info.path,
  );
}

/**
 * Compile a profile for an entity once and get a function that applies it to a record,
 * for streaming exports. Each call returns a new object; the input is never changed. Values
 * that do not fit the schema (a record that failed validation) are treated as free text of
 * their field's PII class, and unknown keys as sensitive free text.
 *
 * @example
 * ```ts
 * import { profiler } from "@linli/privacy";
 * const share = profiler("resident", "partner-ngo", { asOf: "2022-01-05" });
 * share({
 *   meta: { id: "r-1", schemaVersion: "0.0.0" },
 *   name: "王小伟",
 *   birthDate: "1950-03-02",
 *   phones: [{ number: "13800138000" }],
 *   address: { community: "丈八社区", building: "3", unit: "2", room: "301" },
 *   vulnerabilities: ["elderly-living-alone"],
 * });
 * // { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王*伟", birthDate: "70-79",
 * //   phones: [{ number: "138****8000" }], address: { community: "丈八社区", building: "3" },
 * //   vulnerabilities: ["elderly-living-alone"] }
 * ```
 */
export function profiler(
  entity: EntityInput,
  profile: SharingProfile | BuiltinProfileName,
  options: ApplyProfileOptions = {},
): Profiler {
  expectEntityInput("profiler", entity);
  expectProfile("profiler", profile);
  expectArgument("profiler", "options", "options", options);
  const { schema } = entityOf(entity);
  const resolved = resolveProfile(profile);
  const { root } = compiled(resolved, schema);
  const ctx: RunContext = {
    at: asOfDay(options.asOf),
    ...(options.pseudonymizer ? { pseudonymizer: options.pseudonymizer } : {}),
  };
  const noSiblings = () => undefined;
  const fn = (record: unknown) => {
    const out = run(root, record, ctx, noSiblings, true);
    return (typeof out === "object" && out !== null ? out : {}) as SharedRecord;
  };
  let plan: ProfilePlan | undefined;
  return Object.defineProperty(fn, "plan", {
    get: () => (plan ??= profilePlan(entity, profile, options)),
    enumerable: true,
  }) as Profiler;
}

/**
 * Apply a sharing profile to one record and return the shared view (a new object). For many
 * records, compile once with {@link profiler}.
 *
 * @example
 * ```ts
 * import { applyProfile } from "@linli/privacy";
 * applyProfile(
 *   "resident",
 *   { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王小伟", notes: "女儿电话 13900139000" },
 *   "public-statistics",
 * );
 * // { meta: { schemaVersion: "0.0.0" } }
 * ```
 */
export function applyProfile(
  entity: EntityInput,
  record: unknown,
  profile: SharingProfile | BuiltinProfileName,
  options: ApplyProfileOptions = {},
): SharedRecord {
  expectEntityInput("applyProfile", entity);
  expectProfile("applyProfile", profile);
  expectArgument("applyProfile", "options", "options", options);
  const { schema } = entityOf(entity);
  const { root } = compiled(resolveProfile(profile), schema);
  const ctx: RunContext = {
    at: asOfDay(options.asOf),
    ...(options.pseudonymizer ? { pseudonymizer: options.pseudonymizer } : {}),
  };
  const out = run(root, record, ctx, () => undefined, true);
  return (typeof out === "object" && out !== null ? out : {}) as SharedRecord;
}
