import type { Need } from "@linli/core";
import { matchMessage } from "../messages.js";
import { type Line, round } from "../model/lines.js";
import type { MatchIssue } from "../types.js";

/**
 * Needs with each item's quantities allocated and delivered, their fulfilment (by what was
 * delivered: none, partial, complete), and their status moved on: an open need with an
 * allocation is assigned; one delivered in full is fulfilled.
 */
export function updatedNeeds(
  needs: readonly Need[],
  lines: readonly Line[],
  given: Float64Array,
  lastDelivery: ReadonlyMap<string, string>,
  issues: MatchIssue[],
): Need[] {
  const byNeed = new Map<string, Line[]>();
  for (const l of lines) {
    const a = byNeed.get(l.need.meta.id);
    if (a) a.push(l);
    else byNeed.set(l.need.meta.id, [l]);
  }
  return needs.map((need) => {
    const ls = byNeed.get(need.meta.id);
    if (!ls?.length || !need.items) return need;
    let deliveredAll = true;
    let deliveredAny = false;
    let allocatedAny = false;
    const items = need.items.map((item, i) => {
      const l = ls.find((x) => x.itemIndex === i)!;
      const allocated = round(l.allocated + given[l.index]!);
      if (l.delivered > l.requested) {
        issues.push({
          code: "issue.delivered-more",
          text: matchMessage("issue.delivered-more", {
            need: need.meta.id,
            line: i + 1,
            delivered: l.delivered,
            requested: l.requested,
          }),
        });
      }
      if (l.delivered < l.requested) deliveredAll = false;
      if (l.delivered > 0) deliveredAny = true;
      if (allocated > 0) allocatedAny = true;
      const { allocated: _a, delivered: _d, ...rest } = item;
      return {
        ...rest,
        // The category matching went by, from the catalogue when the need gave none.
        ...(rest.category === undefined && l.category ? { category: l.category } : {}),
        ...(allocated > 0 ? { allocated } : {}),
        ...(l.delivered > 0 ? { delivered: round(l.delivered) } : {}),
      };
    });
    const fulfilment = deliveredAll ? "complete" : deliveredAny ? "partial" : "none";
    const done = fulfilment === "complete" && need.status !== "cancelled";
    const at = lastDelivery.get(need.meta.id);
    const status = done
      ? "fulfilled"
      : allocatedAny && need.status === "open"
        ? "assigned"
        : need.status;
    return {
      ...need,
      items,
      fulfilment,
      status,
      ...(done && at && !need.fulfilledAt ? { fulfilledAt: at } : {}),
    };
  });
}
