import { inPriorityOrder } from "../model/lines.js";
import type { AllocationState } from "./state.js";

/**
 * Priority allocation: lines in order of their priority score (then due first, reported first,
 * by id), each given as much as its candidates hold, best candidate first. Partial fulfilment
 * is allowed. Deterministic: the order is total.
 */
export function allocateByPriority(state: AllocationState): void {
  // A stable sort: the lines still wanting, in the order of all lines.
  const order = inPriorityOrder(state.lines).filter((l) => state.wanted(l.index) > 0);
  for (const l of order) state.fill(l.index);
}
