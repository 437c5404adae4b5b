import { expectArgument } from "@linli/core";
import { groupIds } from "../dedupe/dedupe.js";
import { block } from "../engine/block.js";
import { encodeField } from "../engine/encode.js";
import { resolveComparator } from "../engine/resolve.js";
import type { DedupeOptions } from "../options.js";
import { resolveProfile } from "../profiles/index.js";

/** Candidate pairs of a profile's blocking rules: `a[i] < b[i]`, each pair once. */
export interface CandidatePairs {
  readonly a: Uint32Array;
  readonly b: Uint32Array;
  /** Pairs each rule produced (before removing repeats across rules). */
  readonly byRule: Readonly<Record<string, number>>;
  /** Blocks each rule skipped for being larger than its cap. */
  readonly skippedBlocks: Readonly<Record<string, number>>;
}

/**
 * The pairs blocking would compare, without scoring them: to check how many true pairs a set
 * of blocking rules keeps, or how many comparisons it costs.
 *
 * @example
 * ```ts
 * import { candidatePairs } from "@linli/dedupe";
 * const { a, b } = candidatePairs(
 *   [{ name: "王伟", phones: [{ number: "13800138000" }] }, { name: "汪伟", phones: [{ number: "13800138000" }] }],
 *   { profile: "resident" },
 * );
 * [a[0], b[0]]; // [0, 1] — same phone
 * ```
 */
export function candidatePairs(
  records: readonly unknown[],
  options: DedupeOptions = {},
): CandidatePairs {
  expectArgument("candidatePairs", "records", "list", records);
  expectArgument("candidatePairs", "options", "options", options);
  const profile = resolveProfile(options.profile);
  const fields = new Map(
    profile.fields.map((spec) => [
      spec.name,
      encodeField(records, spec, resolveComparator(spec.comparator, options.comparators)),
    ]),
  );
  const group =
    options.sources && options.acrossSourcesOnly ? groupIds(options.sources) : undefined;
  const c = block(profile.blocking, fields, records, group ? { group } : {});
  const n = records.length;
  const a = new Uint32Array(c.keys.length);
  const b = new Uint32Array(c.keys.length);
  for (let i = 0; i < c.keys.length; i++) {
    const k = c.keys[i]!;
    a[i] = Math.floor(k / n);
    b[i] = k - a[i]! * n;
  }
  return { a, b, byRule: c.byRule, skippedBlocks: c.skipped };
}
