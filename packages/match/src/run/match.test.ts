import { describe, expect, it } from "vitest";
import { AS_OF, depot, need, shift, stockIn, volunteer } from "../testing/build.js";
import { match } from "./match.js";

const reasons = (a: { reasons?: { "zh-CN": string }[] }) =>
  (a.reasons ?? []).map((r) => r["zh-CN"]).join(" · ");

describe("match (priority)", () => {
  it("gives scarce stock to the highest score first, and says why", () => {
    const plan = match(
      {
        needs: [
          need("n-normal", { priority: "normal" }),
          need("n-urgent", {
            priority: "urgent",
            vulnerabilities: ["elderly-living-alone"],
            reportedAt: "2022-01-04T06:00:00+08:00",
          }),
        ],
        stock: [stockIn("m-1", { quantity: 7 })],
        locations: [depot("l-depot")],
      },
      { asOf: AS_OF },
    );
    const [first, second] = plan.allocations;
    expect(first).toMatchObject({
      needId: "n-urgent",
      quantity: 5,
      unit: "公斤",
      status: "proposed",
    });
    expect(reasons(first!)).toBe("紧急 · 独居老人 · 已等待 26 小时 · 同小区物资点 丈八社区物资点");
    expect(second).toMatchObject({ needId: "n-normal", quantity: 2 });
    expect(reasons(second!)).toContain("部分满足 2/5 公斤");
    expect(plan.unmet).toEqual([
      expect.objectContaining({
        needId: "n-normal",
        outstanding: 3,
        reason: expect.objectContaining({ code: "unmet.partial" }),
      }),
    ]);
    const updated = plan.needs.find((n) => n.meta.id === "n-normal")!;
    expect(updated.items![0]).toMatchObject({ quantity: 5, allocated: 2 });
    expect(updated).toMatchObject({ status: "assigned", fulfilment: "none" });
  });

  it("converts units through the catalogue's pack size", () => {
    const plan = match(
      {
        needs: [need("n-1", { items: [{ name: "医用外科口罩", quantity: 20, unit: "只" }] })],
        stock: [stockIn("m-1", { itemName: "医用外科口罩", quantity: 2, unit: "盒" })],
        items: [
          {
            meta: { id: "s-1", schemaVersion: "0.0.0" },
            name: "医用外科口罩",
            category: "protective-equipment",
            unit: "盒",
            packSize: 50,
            packUnit: "只",
          },
        ],
      },
      { asOf: AS_OF },
    );
    expect(plan.allocations[0]).toMatchObject({
      quantity: 20,
      unit: "只",
      sourceQuantity: 0.4,
      sourceUnit: "盒",
    });
    expect(plan.lots[0]).toMatchObject({ quantity: 2, allocated: 0.4 });
  });

  it("substitutes within a category but never another medicine", () => {
    const plan = match(
      {
        needs: [
          need("n-rice", {
            items: [{ name: "大米", category: "food", quantity: 2, unit: "公斤" }],
          }),
          need("n-med", {
            category: "medicine",
            items: [{ name: "胰岛素", category: "medicine", quantity: 2, unit: "支" }],
          }),
        ],
        stock: [
          stockIn("m-1", { itemName: "挂面", quantity: 10, unit: "公斤" }),
          stockIn("m-2", { itemName: "二甲双胍片", quantity: 10, unit: "支" }),
        ],
        items: [
          {
            meta: { id: "s-1", schemaVersion: "0.0.0" },
            name: "挂面",
            category: "food",
            unit: "公斤",
          },
          {
            meta: { id: "s-2", schemaVersion: "0.0.0" },
            name: "二甲双胍片",
            category: "medicine",
            unit: "支",
          },
        ],
      },
      { asOf: AS_OF },
    );
    expect(plan.allocations.map((a) => [a.needId, a.sourceItemName])).toEqual([["n-rice", "挂面"]]);
    expect(reasons(plan.allocations[0]!)).toContain("以挂面替代大米");
    expect(plan.unmet[0]).toMatchObject({ needId: "n-med", reason: { code: "unmet.no-stock" } });
  });

  it("serves the same compound first, then nearby depots, and not depots out of reach", () => {
    const far = depot("l-far", {
      name: "远处物资点",
      community: "别的社区",
      compound: "别处",
      geo: { lat: 34.5, lon: 108.9, crs: "GCJ-02" },
    });
    const near = depot("l-near", {
      name: "隔壁物资点",
      community: "别的社区",
      compound: "隔壁小区",
      geo: { lat: 34.201, lon: 108.9, crs: "GCJ-02" },
    });
    const home = {
      community: "丈八社区",
      compound: "绿地世纪城",
      building: "3",
      geo: { lat: 34.2, lon: 108.9, crs: "GCJ-02" as const },
    };
    const plan = match(
      {
        needs: [
          need("n-1", { deliveryAddress: home }),
          need("n-2", { deliveryAddress: { ...home, compound: "别的小区" } }),
        ],
        stock: [
          stockIn("m-far", { toLocationId: "l-far", quantity: 100 }),
          stockIn("m-near", { toLocationId: "l-near", quantity: 5 }),
        ],
        locations: [far, near],
      },
      { asOf: AS_OF, reach: { maxKm: 2 } },
    );
    expect(plan.allocations).toHaveLength(1);
    expect(plan.allocations[0]!.fromName).toBe("隔壁物资点");
    expect(reasons(plan.allocations[0]!)).toContain("附近物资点 隔壁物资点（0.1 公里）");
    expect(plan.unmet[0]).toMatchObject({ reason: { code: "unmet.taken" } });
  });

  it("uses a pledge only when it arrives before the need is due", () => {
    const plan = match(
      {
        needs: [
          need("n-soon", { neededBy: "2022-01-05T10:00:00+08:00" }),
          need("n-later", { neededBy: "2022-01-06T18:00:00+08:00" }),
        ],
        commitments: [
          {
            meta: { id: "c-1", schemaVersion: "0.0.0" },
            donorName: "某某爱心企业",
            lines: [{ itemName: "大米", quantity: 50, unit: "公斤" }],
            availableAt: "2022-01-06T09:00:00+08:00",
          },
        ],
      },
      { asOf: AS_OF },
    );
    expect(plan.allocations.map((a) => [a.needId, a.sourceKind, a.commitmentId])).toEqual([
      ["n-later", "commitment", "c-1"],
    ]);
    expect(reasons(plan.allocations[0]!)).toContain("某某爱心企业 认捐，1月6日 09:00 可提供");
    expect(plan.unmet[0]).toMatchObject({ needId: "n-soon", reason: { code: "unmet.too-late" } });
  });

  it("gives households of one compound the lots each can wait for, and says why the rest got none", () => {
    const soon = { neededBy: "2022-01-05T10:00:00+08:00" };
    const later = { neededBy: "2022-01-06T18:00:00+08:00" };
    const plan = match(
      {
        // The same item in one compound: n-a and n-d cannot wait for the pledge, n-b and n-c can.
        needs: [need("n-a", soon), need("n-b", later), need("n-c", later), need("n-d", soon)],
        stock: [stockIn("m-1", { quantity: 5, toLocationId: undefined, toName: "区物资仓库" })],
        commitments: [
          {
            meta: { id: "c-1", schemaVersion: "0.0.0" },
            donorName: "某某爱心企业",
            lines: [{ itemName: "大米", quantity: 50, unit: "公斤" }],
            availableAt: "2022-01-06T09:00:00+08:00",
          },
        ],
      },
      { asOf: AS_OF },
    );
    expect(plan.allocations.map((a) => [a.needId, a.sourceKind])).toEqual([
      ["n-a", "stock"],
      ["n-b", "commitment"],
      ["n-c", "commitment"],
    ]);
    // n-d could have had the stock, had n-a not come first: taken, not too late.
    expect(plan.unmet.map((u) => [u.needId, u.reason.code])).toEqual([["n-d", "unmet.taken"]]);
  });

  it("does not use expired stock, and says so", () => {
    const plan = match(
      { needs: [need("n-1")], stock: [stockIn("m-1", { expiry: "2022-01-04" })] },
      { asOf: AS_OF },
    );
    expect(plan.allocations).toEqual([]);
    expect(plan.unmet[0]!.reason.text["zh-CN"]).toBe("大米仅有的库存已过期");
  });

  it("counts no stock from a movement without a type or time, and says so", () => {
    const { kind: _k, ...noKind } = stockIn("m-2", { quantity: 50 });
    const { occurredAt: _t, ...noTime } = stockIn("m-1", { quantity: 3 });
    const plan = match(
      { needs: [need("n-1")], stock: [noKind, noTime], locations: [depot("l-depot")] },
      { asOf: AS_OF },
    );
    expect(plan.allocations.map((a) => [a.needId, a.quantity])).toEqual([["n-1", 3]]);
    expect(plan.issues.filter((i) => i.code === "issue.no-kind").map((i) => i.text.en)).toEqual([
      expect.stringContaining("m-2"),
    ]);
  });

  it("gives the same plan for the same input, whatever the order of the records", () => {
    const input = {
      needs: [need("n-1", { priority: "high" }), need("n-2"), need("n-3", { priority: "urgent" })],
      stock: [stockIn("m-1", { quantity: 8 }), stockIn("m-2", { quantity: 3, batch: "B2" })],
    } as const;
    const a = match(input, { asOf: AS_OF });
    const b = match(
      { needs: [...input.needs].reverse(), stock: [...input.stock].reverse() },
      { asOf: AS_OF },
    );
    expect(b.allocations).toEqual(a.allocations);
    expect(match(input, { asOf: AS_OF })).toEqual(a);
  });

  it("assigns delivery tasks to volunteers on shift, stops in building order", () => {
    const plan = match(
      {
        needs: [
          need("n-1", {
            deliveryAddress: {
              community: "丈八社区",
              compound: "绿地世纪城",
              building: "12",
              room: "101",
            },
          }),
          need("n-2", {
            deliveryAddress: {
              community: "丈八社区",
              compound: "绿地世纪城",
              building: "3",
              room: "502",
            },
          }),
        ],
        stock: [stockIn("m-1")],
        volunteers: [volunteer("v-1")],
        shifts: [shift("sh-1", ["v-1"])],
      },
      { asOf: AS_OF },
    );
    expect(plan.rounds).toHaveLength(1);
    const stops = plan.rounds[0]!.taskIds.map((id) => plan.tasks.find((t) => t.meta.id === id)!);
    expect(stops.map((t) => [t.toAddress?.building, t.sequence, t.volunteerId, t.status])).toEqual([
      ["3", 1, "v-1", "assigned"],
      ["12", 2, "v-1", "assigned"],
    ]);
    expect(plan.allocations.every((a) => a.deliveryTaskId)).toBe(true);
  });
});
