import type { Need, SupplyCategory } from "@linli/core";
import { expectArgument } from "@linli/core";

/**
 * One community and category of a hub's roll-up, counted in need lines: requested, allocated
 * in full (delivered ones included), partly allocated, delivered in full, unmet (anything
 * still to allocate), urgent unmet, and the hours the oldest unmet line has waited.
 *
 * @example
 * ```ts
 * import type { RollupRow } from "@linli/match";
 * const row: Pick<RollupRow, "community" | "unmet"> = { community: "丈八社区", unmet: 3 };
 * ```
 */
export interface RollupRow {
  readonly community: string;
  readonly category: SupplyCategory | "unknown";
  readonly requested: number;
  readonly allocated: number;
  readonly partial: number;
  readonly delivered: number;
  readonly unmet: number;
  readonly urgentUnmet: number;
  /** Hours since the oldest unmet line was reported; undefined when none is unmet or dates are missing. */
  readonly oldestUnmetHours?: number;
}

/**
 * A hub's roll-up: rows per community and category, and one total row per community.
 *
 * @example
 * ```ts
 * import type { Rollup } from "@linli/match";
 * const empty: Rollup = { rows: [], communities: [], asOf: "2022-01-05T08:00:00+08:00" };
 * ```
 */
export interface Rollup {
  readonly rows: readonly RollupRow[];
  /** Per community, every category together (category `unknown` unused). */
  readonly communities: readonly Omit<RollupRow, "category">[];
  readonly asOf: string;
}

const OPEN = new Set<Need["status"]>(["open", "assigned", "in-progress"]);

type Acc = { -readonly [K in keyof RollupRow]: RollupRow[K] };

/**
 * The roll-up of needs (as a match plan leaves them: quantities allocated and delivered on
 * every item) by community and category. Cancelled needs are left out.
 *
 * @example
 * ```ts
 * import { rollup } from "@linli/match";
 * const r = rollup(
 *   [{ meta: { id: "n-1", schemaVersion: "0.0.0" }, requesterName: "张静", category: "medicine",
 *      status: "open", priority: "urgent", reportedAt: "2022-01-04T08:00:00+08:00",
 *      items: [{ name: "降压药", category: "medicine", quantity: 2, unit: "盒" }],
 *      deliveryAddress: { community: "丈八社区" } }],
 *   "2022-01-05T08:00:00+08:00",
 * );
 * r.rows[0]; // { community: "丈八社区", category: "medicine", requested: 1, unmet: 1, urgentUnmet: 1, oldestUnmetHours: 24, … }
 * ```
 */
export function rollup(needs: readonly Need[], asOf: string): Rollup {
  expectArgument("rollup", "needs", "list", needs);
  expectArgument("rollup", "asOf", "text", asOf);
  const at = Date.parse(asOf);
  const rows = new Map<string, Acc>();
  const totals = new Map<string, Acc>();
  const acc = (m: Map<string, Acc>, community: string, category: Acc["category"]) => {
    const k = `${community}\u0000${category}`;
    let r = m.get(k);
    if (!r) {
      r = {
        community,
        category,
        requested: 0,
        allocated: 0,
        partial: 0,
        delivered: 0,
        unmet: 0,
        urgentUnmet: 0,
      };
      m.set(k, r);
    }
    return r;
  };
  for (const need of needs) {
    if (need.status === "cancelled") continue;
    const community = need.deliveryAddress?.community ?? need.meta.source ?? "";
    const since = Date.parse(need.reportedAt ?? need.meta.createdAt ?? "");
    for (const item of need.items ?? []) {
      const requested = item.quantity ?? 1;
      const allocated = item.allocated ?? 0;
      const delivered = item.delivered ?? 0;
      const unmet = OPEN.has(need.status) && allocated < requested;
      for (const r of [
        acc(rows, community, item.category ?? "unknown"),
        acc(totals, community, "unknown"),
      ]) {
        r.requested++;
        if (allocated >= requested) r.allocated++;
        else if (allocated > 0) r.partial++;
        if (delivered >= requested) r.delivered++;
        if (!unmet) continue;
        r.unmet++;
        if (need.priority === "urgent") r.urgentUnmet++;
        if (Number.isFinite(since)) {
          const hours = Math.max(0, Math.floor((at - since) / 3_600_000));
          r.oldestUnmetHours = Math.max(r.oldestUnmetHours ?? 0, hours);
        }
      }
    }
  }
  const order = (a: Acc, b: Acc) =>
    a.community.localeCompare(b.community, "zh-CN") || a.category.localeCompare(b.category);
  return {
    rows: [...rows.values()].sort(order),
    communities: [...totals.values()].sort(order).map(({ category: _c, ...rest }) => rest),
    asOf,
  };
}
