import { expectArgument } from "@linli/core";
import { AllocationState } from "../allocate/state.js";
import { type HighsRuntime, loadHighs } from "../fair/highs.js";
import { buildLp, type Lp, run, scoreObjective, solveLp } from "../fair/lp.js";
import { prepare } from "../run/prepare.js";
import type { MatchInput, MatchOptions, MatchPlan } from "../types.js";

/**
 * How good a plan is, in the terms of the benchmark: the priority-weighted total (score × base
 * units allocated), the urgent lines covered (each by the fraction it got), and the worst
 * community's mean share of its urgent lines. Only lines that some stock could serve count.
 *
 * @example
 * ```ts
 * import type { PlanQuality } from "@linli/match/benchmark";
 * const q: PlanQuality = { weighted: 1200, urgentCovered: 40.5, worstShare: 0.8, communities: 3 };
 * ```
 */
export interface PlanQuality {
  readonly weighted: number;
  readonly urgentCovered: number;
  readonly worstShare: number;
  /** Communities with urgent lines that some stock could serve. */
  readonly communities: number;
}

/** The best any plan could do on the same day: each figure is its own linear program's optimum. */
export interface PlanBounds {
  readonly weighted: number;
  readonly urgentCovered: number;
  readonly worstShare: number;
}

function frame(input: MatchInput, options: MatchOptions): { state: AllocationState; lp: Lp } {
  const p = prepare(input, options);
  const state = new AllocationState(p.lines, p.lots, p.cand);
  return { state, lp: buildLp(state) };
}

/**
 * Measure a plan made from `input` and `options` (new allocations only).
 *
 * @example
 * ```ts
 * import { match } from "@linli/match";
 * import { generateLockdown, planQuality } from "@linli/match/benchmark";
 * const day = generateLockdown({ communities: 3, needs: 50, lots: 20, volunteers: 6 });
 * const q = planQuality(day, { asOf: day.asOf }, match(day, { asOf: day.asOf }));
 * q.worstShare <= 1; // true
 * ```
 */
export function planQuality(
  input: MatchInput,
  options: MatchOptions,
  plan: MatchPlan,
): PlanQuality {
  expectArgument("planQuality", "input", "object", input);
  expectArgument("planQuality", "options", "object", options);
  expectArgument("planQuality", "plan", "object", plan);
  const { state, lp } = frame(input, options);
  const got = new Map<string, number>();
  for (const a of plan.allocations) {
    const k = `${a.needId}#${a.itemIndex}`;
    got.set(k, (got.get(k) ?? 0) + a.quantity);
  }
  let weighted = 0;
  let urgentCovered = 0;
  const fraction = new Float64Array(lp.lines.length);
  lp.lines.forEach((li, j) => {
    const line = state.lines[li]!;
    const base = (got.get(`${line.need.meta.id}#${line.itemIndex}`) ?? 0) * lp.factor[j]!;
    weighted += line.priority.score * base;
    fraction[j] = Math.min(1, base / lp.demand[j]!);
    if (line.urgent) urgentCovered += fraction[j]!;
  });
  let worstShare = 1;
  for (const members of lp.urgentByCommunity.values()) {
    let s = 0;
    for (const j of members) s += fraction[j]!;
    worstShare = Math.min(worstShare, s / members.length);
  }
  return { weighted, urgentCovered, worstShare, communities: lp.urgentByCommunity.size };
}

/**
 * The optimum of each figure of {@link planQuality}, by linear programming (HiGHS).
 *
 * @example
 * ```ts
 * import { generateLockdown, planBounds } from "@linli/match/benchmark";
 * const day = generateLockdown({ communities: 3, needs: 50, lots: 20, volunteers: 6 });
 * const best = await planBounds(day, { asOf: day.asOf });
 * best.worstShare <= 1; // true
 * ```
 */
export async function planBounds(
  input: MatchInput,
  options: MatchOptions,
  highs?: HighsRuntime,
): Promise<PlanBounds> {
  expectArgument("planBounds", "input", "object", input);
  expectArgument("planBounds", "options", "object", options);
  if (highs !== undefined) expectArgument("planBounds", "highs", "object", highs);
  const h = highs ?? (await loadHighs());
  const { state, lp } = frame(input, options);
  const L = lp.lines.length;
  if (L === 0) return { weighted: 0, urgentCovered: 0, worstShare: 1 };
  const solve = (objective: (columns: number) => Float64Array, withShare: boolean) => {
    const columns = L + lp.pairs.length + (withShare ? 1 : 0);
    const { model, tColumn } = solveLp(h, lp, state, objective(columns), withShare);
    try {
      const x = run(h, model);
      return withShare ? x[tColumn]! : model.getObjectiveValue();
    } finally {
      model.dispose();
    }
  };
  const weighted = solve((n) => scoreObjective(lp, state, n), false);
  const urgentCovered = solve((n) => {
    const c = new Float64Array(n);
    lp.lines.forEach((li, j) => {
      if (state.lines[li]!.urgent) c[j] = 1 / lp.demand[j]!;
    });
    return c;
  }, false);
  const worstShare = lp.urgentByCommunity.size
    ? solve((n) => {
        const c = new Float64Array(n);
        c[n - 1] = 1;
        return c;
      }, true)
    : 1;
  return { weighted, urgentCovered, worstShare };
}
