import type { DeliveryTask } from "@linli/core";
import { describe, expect, it } from "vitest";
import { AS_OF, need, shift, stockIn, volunteer } from "../testing/build.js";
import { match } from "./match.js";

const day = {
  needs: [need("n-1", { priority: "urgent" }), need("n-2"), need("n-3")],
  stock: [stockIn("m-1", { quantity: 12 })],
  volunteers: [volunteer("v-1")],
  shifts: [shift("sh-1", ["v-1"])],
};
const LATER = "2022-01-05T20:00:00+08:00";

const held = (plans: { allocations: readonly { quantity: number; status: string }[] }[]) =>
  plans
    .flatMap((p) => p.allocations)
    .filter((a) => a.status !== "cancelled" && a.status !== "failed")
    .reduce((s, a) => s + a.quantity, 0);

describe("running again", () => {
  it("never allocates stock that earlier allocations hold", () => {
    const first = match(day, { asOf: AS_OF });
    expect(held([first])).toBe(12);
    const again = match(
      { ...day, needs: first.needs, allocations: first.allocations },
      { asOf: AS_OF },
    );
    expect(again.allocations).toEqual([]);
    // New stock goes to what is still open.
    const more = match(
      {
        ...day,
        needs: first.needs,
        stock: [...day.stock, stockIn("m-2", { quantity: 10 })],
        allocations: first.allocations,
      },
      { asOf: AS_OF },
    );
    expect(held([first, more])).toBe(15);
    expect(more.allocations.map((a) => [a.needId, a.quantity])).toEqual([["n-3", 3]]);
  });

  it("writes the stock movements of delivered tasks once, and updates the needs", () => {
    const first = match(day, { asOf: AS_OF });
    const done: DeliveryTask[] = first.tasks.map((t) =>
      t.needId === "n-1"
        ? {
            ...t,
            status: "delivered",
            deliveredAt: "2022-01-05T10:30:00+08:00",
            proof: { kind: "photo", receivedBy: "张静" },
          }
        : t,
    );
    const second = match(
      { ...day, needs: first.needs, allocations: first.allocations, tasks: done },
      { asOf: LATER },
    );
    expect(second.movements).toEqual([
      expect.objectContaining({
        kind: "distribution-out",
        itemName: "大米",
        quantity: 5,
        occurredAt: "2022-01-05T10:30:00+08:00",
        handledBy: "志愿者v-1",
        recipientName: "张静",
      }),
    ]);
    const n1 = second.needs.find((n) => n.meta.id === "n-1")!;
    expect(n1).toMatchObject({
      status: "fulfilled",
      fulfilment: "complete",
      fulfilledAt: "2022-01-05T10:30:00+08:00",
    });
    expect(n1.items![0]).toMatchObject({ allocated: 5, delivered: 5 });
    expect(second.previous.find((a) => a.needId === "n-1")!.status).toBe("delivered");
    // The earlier reservations of n-2 and n-3 expired at 08:00 next day; at 20:00 they still hold.
    expect(second.allocations).toEqual([]);

    // Fed back again with the movement now in the stock: nothing is taken out twice.
    const third = match(
      {
        ...day,
        needs: second.needs,
        stock: [...day.stock, ...second.movements, stockIn("m-2", { quantity: 5 })],
        allocations: second.previous,
        tasks: done,
      },
      { asOf: LATER },
    );
    expect(third.movements).toEqual([]);
    expect(third.lots.reduce((s, l) => s + l.quantity, 0)).toBe(12);
    expect(third.allocations.map((a) => [a.needId, a.quantity])).toEqual([["n-3", 3]]);
  });

  it("releases the stock of failed tasks and of reservations that expired", () => {
    const first = match(day, { asOf: AS_OF });
    const failed = first.tasks.map((t) =>
      t.needId === "n-1" ? { ...t, status: "failed" as const } : t,
    );
    const next = match(
      { ...day, needs: first.needs, allocations: first.allocations, tasks: failed },
      { asOf: LATER },
    );
    expect(next.previous.find((a) => a.needId === "n-1")!.status).toBe("failed");
    expect(next.allocations.map((a) => [a.needId, a.quantity])).toEqual([["n-1", 5]]);

    const dayAfter = match(
      { ...day, needs: first.needs, allocations: first.allocations },
      { asOf: "2022-01-06T09:00:00+08:00" },
    );
    expect(dayAfter.issues.filter((i) => i.code === "issue.expired")).toHaveLength(3);
    expect(held([dayAfter])).toBe(12);
  });

  it("reports allocations of needs and tasks of allocations it was not given", () => {
    const first = match(day, { asOf: AS_OF });
    const plan = match(
      {
        ...day,
        needs: day.needs.slice(1),
        allocations: first.allocations,
        tasks: [{ ...first.tasks[0]!, allocationIds: ["a-missing"] }],
      },
      { asOf: AS_OF },
    );
    expect(plan.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["issue.unknown-need", "issue.unknown-allocation"]),
    );
  });
});
