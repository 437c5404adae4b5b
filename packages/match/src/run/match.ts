import { expectArgument } from "@linli/core";
import { allocateByPriority } from "../allocate/priority.js";
import { AllocationState } from "../allocate/state.js";
import { PRIORITY_ALGORITHM } from "../score/weights.js";
import type { MatchInput, MatchOptions, MatchPlan } from "../types.js";
import { finish } from "./finish.js";
import { prepare } from "./prepare.js";

/**
 * Match needs with stock, pledges and volunteers by priority: each need line, in order of its
 * priority score, gets what the best lots within reach still hold; allocations become
 * delivery tasks, assigned to volunteers on delivery shifts. Earlier allocations and delivery
 * outcomes are taken into account first, so running again never allocates the same stock
 * twice. Deterministic: the same input and options give the same plan.
 *
 * @example
 * ```ts
 * import { match } from "@linli/match";
 * const plan = match(
 *   {
 *     needs: [{ meta: { id: "n-1", schemaVersion: "0.0.0" }, requesterName: "张静", category: "groceries-delivery",
 *       status: "open", priority: "urgent", items: [{ name: "大米", quantity: 5, unit: "公斤" }],
 *       deliveryAddress: { community: "丈八社区", compound: "绿地世纪城", building: "3", unit: "2", room: "301" } }],
 *     stock: [{ meta: { id: "m-1", schemaVersion: "0.0.0" }, kind: "donation-in", itemName: "大米",
 *       quantity: 100, unit: "公斤", toName: "丈八街道仓库", occurredAt: "2022-01-04T10:00:00+08:00" }],
 *   },
 *   { asOf: "2022-01-05T08:00:00+08:00" },
 * );
 * plan.allocations[0]?.quantity; // 5
 * plan.allocations[0]?.reasons?.map((r) => r["zh-CN"]).join(" · "); // "紧急 · 中心仓库 丈八街道仓库"
 * ```
 */
export function match(input: MatchInput, options: MatchOptions = {}): MatchPlan {
  expectArgument("match", "input", "object", input);
  expectArgument("match", "options", "options", options);
  const p = prepare(input, options);
  const state = new AllocationState(p.lines, p.lots, p.cand);
  allocateByPriority(state);
  return finish(
    p,
    state,
    { mode: "priority", algorithm: PRIORITY_ALGORITHM.name, version: PRIORITY_ALGORITHM.version },
    options,
  );
}
