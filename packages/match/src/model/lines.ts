import type { Need, SupplyCategory } from "@linli/core";
import { matchMessage } from "../messages.js";
import { type Priority, priorityScore } from "../score/score.js";
import type { PriorityWeights } from "../score/weights.js";
import type { MatchIssue } from "../types.js";
import { itemKey, type Measure, type Units } from "../units/units.js";
import type { Ledger } from "./ledger.js";
import type { Catalogue } from "./lots.js";
import { householdPlace, type Place } from "./places.js";

/** One item of one need, as matching sees it. */
export interface Line {
  readonly index: number;
  readonly need: Need;
  readonly itemIndex: number;
  readonly name: string;
  readonly key: string;
  readonly supplyItemId?: string;
  readonly category?: SupplyCategory;
  readonly unit?: string;
  readonly measure?: Measure;
  readonly requested: number;
  /** Allocated before this run (holding or delivered), in the need's unit. */
  readonly allocated: number;
  readonly delivered: number;
  /** Still to allocate. */
  readonly outstanding: number;
  /** Allocation granularity: whole units when the request is whole. */
  readonly step: number;
  /** Score, urgency and hours waited; the reasons are written when an allocation needs them. */
  readonly priority: Omit<Priority, "reasons">;
  readonly urgent: boolean;
  readonly place: Place;
  readonly community: string;
  /** Epoch ms the need is due; +∞ when it states none. */
  readonly neededBy: number;
  readonly reportedAt: number;
}

const NEED_TO_SUPPLY: Partial<Record<NonNullable<Need["category"]>, SupplyCategory>> = {
  medicine: "medicine",
  "protective-supplies": "protective-equipment",
};

const OPEN = new Set<Need["status"]>(["open", "assigned", "in-progress"]);

/** Every item line of every need, with what earlier runs allocated and delivered. */
export function needLines(
  needs: readonly Need[],
  ctx: {
    units: Units;
    catalogue: Catalogue;
    ledger: Ledger;
    weights: PriorityWeights;
    asOf: number;
  },
  issues: MatchIssue[],
): Line[] {
  const lines: Line[] = [];
  for (const need of needs) {
    const p = priorityScore(need, ctx.asOf, ctx.weights);
    const place = householdPlace(need.deliveryAddress, undefined);
    const community = place.community ?? need.meta.source ?? "";
    const fromLedger = ctx.ledger.needs.has(need.meta.id);
    const open = OPEN.has(need.status);
    const neededBy = need.neededBy ? Date.parse(need.neededBy) : Number.POSITIVE_INFINITY;
    const reportedAt = Date.parse(need.reportedAt ?? need.meta.createdAt ?? "") || 0;
    (need.items ?? []).forEach((item, itemIndex) => {
      if (item.quantity === undefined && open) {
        issues.push({
          code: "issue.no-quantity",
          text: matchMessage("issue.no-quantity", { need: need.meta.id, line: itemIndex + 1 }),
        });
      }
      const requested = item.quantity ?? 1;
      const l = fromLedger ? ctx.ledger.lines.get(`${need.meta.id}#${itemIndex}`) : undefined;
      const allocated = fromLedger ? (l?.allocated ?? 0) : (item.allocated ?? 0);
      const delivered = fromLedger ? (l?.delivered ?? 0) : (item.delivered ?? 0);
      const cat = ctx.catalogue.get(item.name, item.supplyItemId);
      const name = item.name;
      const category =
        item.category ?? cat?.category ?? (need.category && NEED_TO_SUPPLY[need.category]);
      const unit = item.unit ?? cat?.unit;
      const measure = ctx.units.measure(cat?.name ?? name, unit, cat?.meta.id ?? item.supplyItemId);
      const supplyItemId = item.supplyItemId ?? cat?.meta.id;
      // Field by field (a line per item of every need): spreads of optional parts cost.
      const line: Mutable<Line> = {
        index: lines.length,
        need,
        itemIndex,
        name,
        key: itemKey(cat?.name ?? name),
        requested,
        allocated,
        delivered,
        outstanding: open ? Math.max(0, round(requested - allocated)) : 0,
        step: Number.isInteger(requested) ? 1 : 0.001,
        priority: p,
        urgent: p.urgency === "urgent",
        place,
        community,
        neededBy,
        reportedAt,
      };
      if (supplyItemId) line.supplyItemId = supplyItemId;
      if (category) line.category = category;
      if (unit) line.unit = unit;
      if (measure) line.measure = measure;
      lines.push(line);
    });
  }
  return lines;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Quantities kept to a thousandth, so sums of parts equal their whole. */
export const round = (x: number) => Math.round(x * 1000) / 1000;

/** Lines in priority order: score, then due first, then reported first, then by id. */
export function byPriority(a: Line, b: Line): number {
  return (
    b.priority.score - a.priority.score ||
    a.neededBy - b.neededBy ||
    a.reportedAt - b.reportedAt ||
    (a.need.meta.id < b.need.meta.id ? -1 : a.need.meta.id > b.need.meta.id ? 1 : 0) ||
    a.itemIndex - b.itemIndex
  );
}

// Priority allocation and the records of its plan walk the same lines in the same order.
const orders = new WeakMap<readonly Line[], readonly Line[]>();

/** Every line in priority order (`byPriority`), sorted once per set of lines. */
export function inPriorityOrder(lines: readonly Line[]): readonly Line[] {
  let order = orders.get(lines);
  if (!order) {
    order = [...lines].sort(byPriority);
    orders.set(lines, order);
  }
  return order;
}
