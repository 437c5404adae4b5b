import { expectArgument } from "@linli/core";
import { DEFAULT_CAP } from "../engine/block.js";
import { resolveComparator } from "../engine/resolve.js";
import { DEFAULT_THRESHOLD, type DedupeOptions } from "../options.js";
import type { Comparator, Profile } from "../types.js";
import type { SqlColumn } from "./types.js";

/** One compared field of a {@link LinkagePlan}. */
export interface PlanField {
  readonly name: string;
  /** Its columns' prefix in the SQL: `f0`, `f1`, … */
  readonly column: string;
  readonly comparator: string;
  readonly levels: readonly string[];
  /**
   * Columns the SQL compares besides the key, or `null` when the comparator has no SQL form
   * and its levels are computed in TypeScript (DuckDB only).
   */
  readonly columns: readonly SqlColumn[] | null;
  /** Term-frequency adjustment: per key and level (`tf_f*` tables), or over shared tokens. */
  readonly termFrequency: "key" | "tokens" | null;
  /** Whether some key holds several values (phones): pairs then take their best level. */
  readonly multi: boolean;
}

/** One blocking rule of a {@link LinkagePlan}. */
export interface PlanRule {
  readonly name: string;
  /** Its block-key table: `bk_r0`, `bk_r1`, … */
  readonly table: string;
  /** Blocks larger than this are skipped. */
  readonly cap: number;
  /** Bit of the rule in `pairs.rules` when its pairs train m (0 when they do not). */
  readonly bit: number;
}

/**
 * The linkage a profile asks for, as both executors read it: fields with their levels and
 * SQL columns, blocking rules with their caps, which rules train m, the threshold and the
 * weight below which two records are never joined through others. JSON-serialisable (the
 * Spark directory keeps it as `plan.json`); the comparators themselves stay in
 * {@link CompiledPlan}.
 */
export interface LinkagePlan {
  readonly format: "linli-linkage-plan";
  readonly version: 1;
  readonly profile: string;
  readonly records: number;
  readonly fields: readonly PlanField[];
  readonly rules: readonly PlanRule[];
  /** Only pairs of records from different groups (sources, sides of a link). */
  readonly across: boolean;
  readonly threshold: number;
  /** log2 odds of the threshold: pairs at or above it are match edges. */
  readonly minLogit: number;
  /** Two records whose own pair is at or below this log2 odds are never joined through others. */
  readonly splitWeight: number;
}

/** A plan with the comparators its SQL is written from. */
export interface CompiledPlan {
  readonly plan: LinkagePlan;
  readonly comparators: readonly Comparator[];
}

/**
 * Compile a profile for the SQL executors. `facts` are what only the data says: how many
 * records, and which fields have keys with several values.
 *
 * @example
 * ```ts
 * import { residentProfile } from "@linli/dedupe";
 * import { compilePlan } from "@linli/dedupe/sql";
 * const { plan } = compilePlan(residentProfile(), { threshold: 0.95 }, {
 *   records: 120_000,
 *   multi: [false, false, true, false, false, false],
 *   across: false,
 * });
 * plan.rules.map((r) => r.name); // ["citizen-id", "citizen-id-body", "phone+surname", …]
 * ```
 */
export function compilePlan(
  profile: Profile,
  options: DedupeOptions,
  facts: { readonly records: number; readonly multi: readonly boolean[]; readonly across: boolean },
): CompiledPlan {
  expectArgument("compilePlan", "profile", "object", profile);
  expectArgument("compilePlan", "options", "object", options);
  expectArgument("compilePlan", "facts", "object", facts);
  const comparators = profile.fields.map((f) =>
    resolveComparator(f.comparator, options.comparators),
  );
  const training = new Set((profile.training ?? []).map((t) => t.rule));
  let bit = 1;
  const threshold =
    options.threshold ?? options.params?.threshold ?? profile.threshold ?? DEFAULT_THRESHOLD;
  const plan: LinkagePlan = {
    format: "linli-linkage-plan",
    version: 1,
    profile: profile.name,
    records: facts.records,
    fields: profile.fields.map((spec, i) => {
      const c = comparators[i]!;
      return {
        name: spec.name,
        column: `f${i}`,
        comparator: c.id,
        levels: [...c.levels],
        columns: c.sql ? [...c.sql.columns] : null,
        termFrequency: spec.termFrequency ? (c.tokens ? "tokens" : "key") : null,
        multi: facts.multi[i] ?? false,
      };
    }),
    rules: profile.blocking.map((rule, i) => {
      const b = training.has(rule.name) ? bit : 0;
      if (b) bit *= 2;
      return { name: rule.name, table: `bk_r${i}`, cap: rule.maxBlockSize ?? DEFAULT_CAP, bit: b };
    }),
    across: facts.across,
    threshold,
    minLogit: Math.log2(threshold / (1 - threshold)),
    splitWeight: options.splitWeight ?? -8,
  };
  return { plan, comparators };
}
