import type { Allocation, DeliveryTask } from "@linli/core";
import { matchMessage } from "../messages.js";
import type { MatchIssue } from "../types.js";

/** Allocations that hold their stock: not yet delivered, released or expired. */
export const HOLDING = new Set<Allocation["status"]>(["proposed", "reserved", "picked-up"]);

/** Earlier allocations brought up to date with the delivery tasks' outcomes and the time. */
export interface Ledger {
  /** Every earlier allocation, with its status now. */
  readonly allocations: readonly Allocation[];
  /** When each delivered allocation was delivered, and by which task. */
  readonly deliveredBy: ReadonlyMap<string, { task?: DeliveryTask; at?: string }>;
  /** Per need id and item index (`n-1#0`): allocated (holding and delivered) and delivered. */
  readonly lines: ReadonlyMap<string, { allocated: number; delivered: number }>;
  /** Need ids that have any earlier allocation: their quantities come from the ledger. */
  readonly needs: ReadonlySet<string>;
  readonly issues: readonly MatchIssue[];
}

const FINAL = new Set<Allocation["status"]>(["delivered", "cancelled", "failed"]);

/**
 * Apply delivery outcomes and reservation expiry to earlier allocations: a delivered task
 * delivers its allocations, a failed or cancelled one releases them, and proposed or reserved
 * allocations past their reserved-until time are released.
 */
export function ledger(
  allocations: readonly Allocation[],
  tasks: readonly DeliveryTask[],
  asOf: number,
): Ledger {
  const issues: MatchIssue[] = [];
  const byId = new Map<string, Allocation>();
  for (const a of allocations) byId.set(a.meta.id, a);
  const deliveredBy = new Map<string, { task?: DeliveryTask; at?: string }>();
  const sortedTasks = [...tasks].sort((x, y) => x.meta.id.localeCompare(y.meta.id));
  for (const t of sortedTasks) {
    const to =
      t.status === "delivered"
        ? "delivered"
        : t.status === "failed"
          ? "failed"
          : t.status === "cancelled"
            ? "cancelled"
            : undefined;
    for (const id of t.allocationIds) {
      const a = byId.get(id);
      if (!a) {
        issues.push({
          code: "issue.unknown-allocation",
          text: matchMessage("issue.unknown-allocation", { task: t.meta.id, id }),
        });
        continue;
      }
      if (!to || FINAL.has(a.status)) continue;
      byId.set(id, { ...a, status: to, deliveryTaskId: a.deliveryTaskId ?? t.meta.id });
      if (to === "delivered") deliveredBy.set(id, { task: t, ...at(t.deliveredAt) });
    }
  }
  const lines = new Map<string, { allocated: number; delivered: number }>();
  const needs = new Set<string>();
  const out: Allocation[] = [];
  for (const a0 of [...byId.values()].sort((x, y) => x.meta.id.localeCompare(y.meta.id))) {
    let a = a0;
    const until = a.reservedUntil ? Date.parse(a.reservedUntil) : Number.POSITIVE_INFINITY;
    if ((a.status === "proposed" || a.status === "reserved") && until < asOf) {
      issues.push({
        code: "issue.expired",
        text: matchMessage("issue.expired", { id: a.meta.id, until: a.reservedUntil! }),
      });
      a = { ...a, status: "cancelled" };
    }
    if (a.status === "delivered" && !deliveredBy.has(a.meta.id)) deliveredBy.set(a.meta.id, {});
    out.push(a);
    needs.add(a.needId);
    const key = `${a.needId}#${a.itemIndex}`;
    const line = lines.get(key) ?? { allocated: 0, delivered: 0 };
    if (HOLDING.has(a.status) || a.status === "delivered") line.allocated += a.quantity;
    if (a.status === "delivered") line.delivered += a.quantity;
    lines.set(key, line);
  }
  return { allocations: out, deliveredBy, lines, needs, issues };
}

const at = (s: string | undefined) => (s ? { at: s } : {});
