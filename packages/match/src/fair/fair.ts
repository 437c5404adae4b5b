import { expectArgument } from "@linli/core";
import { allocateByPriority } from "../allocate/priority.js";
import { AllocationState, floorStep } from "../allocate/state.js";
import { byPriority } from "../model/lines.js";
import { finish } from "../run/finish.js";
import { prepare } from "../run/prepare.js";
import type { MatchInput, MatchOptions, MatchPlan } from "../types.js";
import { type HighsRuntime, loadHighs } from "./highs.js";
import { buildLp, type Lp, run, scoreObjective, solveLp } from "./lp.js";

/**
 * Options of fair mode: those of priority matching, and the HiGHS runtime to use.
 *
 * @example
 * ```ts
 * import type { FairOptions } from "@linli/match/fair";
 * const options: FairOptions = { asOf: "2022-01-05T08:00:00+08:00", reach: { maxKm: 3 } };
 * ```
 */
export interface FairOptions extends MatchOptions {
  /** A loaded HiGHS runtime. Default: loaded from the `highs` package on first use. */
  readonly highs?: HighsRuntime;
}

/**
 * The name and version of fair mode, recorded on its allocations and match runs.
 *
 * @example
 * ```ts
 * import { FAIR_ALGORITHM } from "@linli/match/fair";
 * FAIR_ALGORITHM.version; // "1"
 * ```
 */
export const FAIR_ALGORITHM = { name: "linli-match fair", version: "1" } as const;

/** Each community's mean share of its urgent lines' demand given so far (program lines). */
export function urgentShares(lp: Lp, given: (j: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [c, members] of lp.urgentByCommunity) {
    let s = 0;
    for (const j of members) s += Math.min(1, given(j) / lp.demand[j]!);
    out.set(c, s / members.length);
  }
  return out;
}

/**
 * Fair mode for a hub. Two linear programs over the same allocation: the first finds the
 * largest share `t*` of urgent demand (each urgent line counted by the fraction it gets) that
 * every community can receive at once; the second, holding every community at `t*` or more,
 * finds the most priority-weighted allocation. Whole units are then given in three passes:
 * urgent lines of the community furthest below `t*` first, one unit at a time; then every
 * line up to what the second program gave it, from the depots it routed; then priority
 * allocation of whatever is left. Allocations made in the first pass carry the reason
 * "公平模式：保障…社区的紧急需求".
 *
 * @example
 * ```ts
 * import { matchFair } from "@linli/match/fair";
 * const plan = await matchFair({ needs: [], stock: [] }, { asOf: "2022-01-05T08:00:00+08:00" });
 * plan.run.figures?.find((f) => f.name === "fair.bestWorstShare"); // undefined when nothing is urgent
 * ```
 */
export async function matchFair(input: MatchInput, options: FairOptions = {}): Promise<MatchPlan> {
  expectArgument("matchFair", "input", "object", input);
  expectArgument("matchFair", "options", "options", options);
  const highs = options.highs ?? (await loadHighs());
  const p = prepare(input, options);
  const state = new AllocationState(p.lines, p.lots, p.cand);
  const figures: [string, number][] = [];
  const lp = buildLp(state);
  if (lp.lines.length > 0) {
    const { best, y, x } = solveFair(highs, lp, state);
    if (best !== undefined) figures.push(["fair.bestWorstShare", round4(best)]);
    figures.push(["fair.lpColumns", lp.lines.length + lp.pairs.length]);
    giveFairly(state, lp, y, x, best ?? 0);
    guided(state, lp, y, x);
    const shares = urgentShares(lp, (j) => state.given[lp.lines[j]!]! * lp.factor[j]!);
    if (shares.size) {
      let worst = 1;
      for (const s of shares.values()) worst = Math.min(worst, s);
      figures.push(["fair.worstShare", round4(worst)]);
    }
  }
  allocateByPriority(state);
  return finish(
    p,
    state,
    {
      mode: "fair",
      algorithm: FAIR_ALGORITHM.name,
      version: FAIR_ALGORITHM.version,
      parameters: [["fair.share", "mean fraction of urgent lines per community"]],
      figures,
    },
    options,
  );
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Stage 1 (max t) then stage 2 (max weighted total with t ≥ t*), on one model. */
function solveFair(
  highs: HighsRuntime,
  lp: Lp,
  state: AllocationState,
): { best?: number; y: Float64Array; x: Float64Array } {
  const shared = lp.urgentByCommunity.size > 0;
  const L = lp.lines.length;
  const columns = L + lp.pairs.length + (shared ? 1 : 0);
  const scores = scoreObjective(lp, state, columns);
  let best: number | undefined;
  const first = new Float64Array(columns);
  if (shared) first[columns - 1] = 1;
  const { model, tColumn } = solveLp(highs, lp, state, shared ? first : scores, shared);
  try {
    if (shared) {
      best = run(highs, model)[tColumn]!;
      model.changeColBounds(tColumn, Math.max(0, best - 1e-7), 1);
      model.changeColsCost({ kind: "range", from: 0, to: columns - 1 }, scores);
    }
    const sol = run(highs, model);
    return {
      ...(best !== undefined ? { best } : {}),
      y: sol.slice(0, L),
      x: sol.slice(L, L + lp.pairs.length),
    };
  } finally {
    model.dispose();
  }
}

/** Budgets in base units per group-node pair, from the second program's routing. */
function budgets(lp: Lp, x: Float64Array): Map<number, number> {
  const b = new Map<number, number>();
  lp.pairs.forEach((pair, p) => {
    if (x[p]! > 1e-9) b.set(pair, x[p]!);
  });
  return b;
}

/**
 * Take up to `units` for program line `j` from its candidates: first where its group has
 * budget on the lot's node, then (when `anywhere`) from any candidate.
 */
function takeRouted(
  state: AllocationState,
  lp: Lp,
  j: number,
  units: number,
  budget: Map<number, number>,
  anywhere: boolean,
): number {
  const li = lp.lines[j]!;
  const f = lp.factor[j]!;
  const g = lp.groupOf[j]!;
  let left = units;
  let got = 0;
  for (const pass of anywhere ? [0, 1] : [0]) {
    for (let c = state.cand.start[li]!; c < state.cand.end[li]! && left > 0; c++) {
      const key = g * lp.nodes + lp.nodeOf[state.cand.lot[c]!]!;
      const b = budget.get(key) ?? 0;
      const cap = pass === 0 ? floorStep(b / f + 1e-6, state.lines[li]!.step) : left;
      if (cap <= 0) continue;
      const q = state.take(li, c, Math.min(left, cap));
      if (q > 0) {
        budget.set(key, Math.max(0, b - q * f));
        left -= q;
        got += q;
      }
    }
  }
  return got;
}

/** Pass 1: lift the community furthest below t*, one unit of one urgent line at a time. */
function giveFairly(
  state: AllocationState,
  lp: Lp,
  y: Float64Array,
  x: Float64Array,
  best: number,
) {
  if (!lp.urgentByCommunity.size || best <= 0) return;
  const budget = budgets(lp, x);
  const given = (j: number) => state.given[lp.lines[j]!]! * lp.factor[j]!;
  const shares = urgentShares(lp, given);
  const active = new Set([...lp.urgentByCommunity.keys()].filter((c) => shares.get(c)! < best));
  const stuck = new Set<number>();
  while (active.size) {
    let community = "";
    let low = Number.POSITIVE_INFINITY;
    for (const c of active) {
      const s = shares.get(c)!;
      if (s < low || (s === low && c < community)) {
        low = s;
        community = c;
      }
    }
    const members = lp.urgentByCommunity.get(community)!;
    // The line furthest below what the program gave it, then the smallest (most share per unit).
    let pick = -1;
    let pickKey = Number.NEGATIVE_INFINITY;
    for (const j of members) {
      if (stuck.has(j) || state.wanted(lp.lines[j]!) <= 0) continue;
      const k = (y[j]! - given(j)) / lp.demand[j]! - 1e-6 * lp.demand[j]!;
      if (k > pickKey) {
        pickKey = k;
        pick = j;
      }
    }
    if (pick < 0) {
      active.delete(community);
      continue;
    }
    const li = lp.lines[pick]!;
    const q = takeRouted(state, lp, pick, state.lines[li]!.step, budget, true);
    if (q <= 0) {
      stuck.add(pick);
      continue;
    }
    state.fairFor.set(li, community);
    const s =
      (shares.get(community)! * members.length + (q * lp.factor[pick]!) / lp.demand[pick]!) /
      members.length;
    shares.set(community, s);
    if (s >= best - 1e-9) active.delete(community);
  }
}

/** Pass 2: every line, in priority order, up to what the second program gave it, from its routed depots. */
function guided(state: AllocationState, lp: Lp, y: Float64Array, x: Float64Array) {
  const budget = budgets(lp, x);
  // What pass 1 already used counts against the routing too.
  lp.lines.forEach((li, j) => {
    const used = state.given[li]! * lp.factor[j]!;
    if (used <= 0) return;
    let left = used;
    for (let c = state.cand.start[li]!; c < state.cand.end[li]! && left > 0; c++) {
      const key = lp.groupOf[j]! * lp.nodes + lp.nodeOf[state.cand.lot[c]!]!;
      const b = budget.get(key) ?? 0;
      const d = Math.min(b, left);
      budget.set(key, b - d);
      left -= d;
    }
  });
  const index = new Map<number, number>();
  lp.lines.forEach((li, j) => {
    index.set(li, j);
  });
  const order = [...lp.lines].map((li) => state.lines[li]!).sort(byPriority);
  for (const line of order) {
    const j = index.get(line.index)!;
    const target = floorStep(y[j]! / lp.factor[j]! + 1e-6, line.step) - state.given[line.index]!;
    if (target > 0) takeRouted(state, lp, j, target, budget, false);
  }
}
