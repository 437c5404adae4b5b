/**
 * 资源对接: match needs with stock, pledges and volunteers. Priority allocation by an
 * explicit, versioned score with reasons in zh-CN and en; delivery tasks assigned to
 * volunteers on shift; feedback of deliveries into needs and stock. Fair mode (a linear
 * program solved by HiGHS) is in `@linli/match/fair`.
 *
 * @example
 * ```ts
 * import { match } from "@linli/match";
 * const plan = match({ needs: [], stock: [] }, { asOf: "2022-01-05T08:00:00+08:00" });
 * plan.unmet.length; // 0
 * ```
 *
 * @module
 */
export { DEFAULT_EXACT_ONLY, DEFAULT_SUBSTITUTIONS } from "./candidates/candidates.js";
export { deliveryMovement, movementId } from "./feedback/movements.js";
export { type MatchMessageCode, matchMessage } from "./messages.js";
export { type Rollup, type RollupRow, rollup } from "./rollup/rollup.js";
export { inputHash } from "./run/hash.js";
export { match } from "./run/match.js";
export { type Priority, priority } from "./score/score.js";
export {
  PRIORITY_ALGORITHM,
  PRIORITY_V1,
  type PriorityWeights,
  type PriorityWeightsPatch,
  type Urgency,
} from "./score/weights.js";
export type * from "./types.js";
export { type Measure, Units } from "./units/units.js";
export { DEFAULT_SKILL_RULES, naturalCompare } from "./volunteers/tasks.js";
