import type { Need } from "@linli/core";
import { matchMessage } from "../messages.js";
import { type Line, round } from "../model/lines.js";
import type { MatchIssue } from "../types.js";
import type { Mutable } from "../volunteers/tasks.js";

type NeedItem = NonNullable<Need["items"]>[number];

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
      // A copy without the old figures, then the new ones (assigned: no spreads of parts).
      const copy: Mutable<NeedItem> = { ...item };
      if ("allocated" in copy) delete copy.allocated;
      if ("delivered" in copy) delete copy.delivered;
      // The category matching went by, from the catalogue when the need gave none.
      if (copy.category === undefined && l.category) copy.category = l.category;
      if (allocated > 0) copy.allocated = allocated;
      if (l.delivered > 0) copy.delivered = round(l.delivered);
      return copy;
    });
    const fulfilment = deliveredAll ? "complete" : deliveredAny ? "partial" : "none";
    const done = fulfilment === "complete" && need.status !== "cancelled";
    const at = lastDelivery.get(need.meta.id);
    const status = done
      ? "fulfilled"
      : allocatedAny && need.status === "open"
        ? "assigned"
        : need.status;
    const updated: Mutable<Need> = { ...need };
    updated.items = items;
    updated.fulfilment = fulfilment;
    updated.status = status;
    if (done && at && !need.fulfilledAt) updated.fulfilledAt = at;
    return updated;
  });
}
