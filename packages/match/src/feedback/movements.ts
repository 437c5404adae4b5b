import {
  type Allocation,
  type DeliveryTask,
  expectArgument,
  type Need,
  SCHEMA_VERSION,
  type StockMovement,
} from "@linli/core";
import type { Lot } from "../model/lots.js";

/**
 * The id of the stock movement a delivered allocation writes: the same on every run, so that
 * a movement already in the stock is never written (or taken out) twice.
 *
 * @example
 * ```ts
 * import { movementId } from "@linli/match";
 * movementId("a-7k2m9q1"); // "mv-a-7k2m9q1"
 * ```
 */
export const movementId = (allocationId: string) => `mv-${allocationId}`;

/**
 * The stock movement of a delivered allocation from stock: a distribution out of the lot's
 * depot, batch and expiry, to the need's requester, handled by the task's volunteer.
 *
 * @example
 * ```ts
 * import { deliveryMovement } from "@linli/match";
 * const m = deliveryMovement(
 *   { meta: { id: "a-1", schemaVersion: "0.0.0" }, needId: "n-1", itemIndex: 0, itemName: "大米",
 *     sourceKind: "stock", lotId: "lot-1", quantity: 5, unit: "公斤", status: "delivered",
 *     fromName: "丈八社区物资点" },
 *   { at: "2022-01-05T16:40:00+08:00" },
 * );
 * m.kind; // "distribution-out"
 * ```
 */
export function deliveryMovement(
  a: Allocation,
  context: { at: string; task?: DeliveryTask; need?: Need; lot?: Lot },
): StockMovement {
  expectArgument("deliveryMovement", "a", "object", a);
  expectArgument("deliveryMovement", "context", "object", context);
  const { task, need, lot } = context;
  return {
    meta: { id: movementId(a.meta.id), schemaVersion: SCHEMA_VERSION, source: "linli match" },
    kind: "distribution-out",
    ...(lot?.supplyItemId ? { itemId: lot.supplyItemId } : {}),
    itemName: a.sourceItemName ?? lot?.name ?? a.itemName,
    quantity: a.sourceQuantity ?? a.quantity,
    ...((a.sourceUnit ?? a.unit) ? { unit: (a.sourceUnit ?? a.unit)! } : {}),
    ...(a.fromLocationId ? { fromLocationId: a.fromLocationId } : {}),
    ...(a.fromName ? { fromName: a.fromName } : {}),
    ...(need?.requesterId ? { recipientId: need.requesterId } : {}),
    ...(need ? { recipientName: need.requesterName } : {}),
    occurredAt: context.at,
    ...(lot?.expiry ? { expiry: lot.expiry } : {}),
    ...(lot?.batch ? { batch: lot.batch } : {}),
    ...(task?.volunteerName ? { handledBy: task.volunteerName } : {}),
    notes: task ? `配送任务 ${task.meta.id} · 分配 ${a.meta.id}` : `分配 ${a.meta.id}`,
  };
}
