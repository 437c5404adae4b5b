// Small records for tests: a need, stock coming in, a place, a volunteer and a shift.
import type { Location, Need, Shift, StockMovement, Volunteer } from "@linli/core";

const meta = (id: string) => ({ id, schemaVersion: "0.0.0" });

export const AS_OF = "2022-01-05T08:00:00+08:00";

export function need(id: string, over: Partial<Need> = {}): Need {
  return {
    meta: meta(id),
    requesterName: "张静",
    category: "groceries-delivery",
    status: "open",
    items: [{ name: "大米", category: "food", quantity: 5, unit: "公斤" }],
    reportedAt: "2022-01-05T06:00:00+08:00",
    deliveryAddress: {
      community: "丈八社区",
      compound: "绿地世纪城",
      building: "3",
      unit: "2",
      room: "301",
    },
    ...over,
  };
}

export function stockIn(id: string, over: Partial<StockMovement> = {}): StockMovement {
  return {
    meta: meta(id),
    kind: "donation-in",
    itemName: "大米",
    quantity: 20,
    unit: "公斤",
    toLocationId: "l-depot",
    occurredAt: "2022-01-04T10:00:00+08:00",
    ...over,
  };
}

export function depot(id: string, over: Partial<Location> = {}): Location {
  return {
    meta: meta(id),
    name: "丈八社区物资点",
    kind: "distribution-point",
    community: "丈八社区",
    compound: "绿地世纪城",
    ...over,
  };
}

export function volunteer(id: string, over: Partial<Volunteer> = {}): Volunteer {
  return { meta: meta(id), name: `志愿者${id}`, skills: ["delivery"], status: "active", ...over };
}

export function shift(id: string, who: string[], over: Partial<Shift> = {}): Shift {
  return {
    meta: meta(id),
    placeName: "丈八社区配送班",
    start: "2022-01-05T09:00:00+08:00",
    end: "2022-01-05T12:00:00+08:00",
    role: "delivery",
    assigneeIds: who,
    ...over,
  };
}
