/**
 * Benchmark tools for matching: a seeded generator of a lockdown day in a sealed district
 * (communities, needs, stock lots, pledges, volunteers and shifts at any scale and scarcity),
 * and the measures the benchmark records, with their linear-programming optima (HiGHS).
 *
 * @example
 * ```ts
 * import { generateLockdown } from "@linli/match/benchmark";
 * const day = generateLockdown({ needs: 10_000, lots: 2_000, supply: 0.3 });
 * ```
 *
 * @module
 */
export { generateLockdown, type Lockdown, type LockdownOptions } from "./benchmark/generate.js";
export { type PlanBounds, type PlanQuality, planBounds, planQuality } from "./benchmark/quality.js";
