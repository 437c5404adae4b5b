import { describe, expect, it } from "vitest";
import { match } from "../run/match.js";
import { AS_OF, need, stockIn } from "../testing/build.js";
import { matchFair } from "./fair.js";

// Two communities share one district warehouse with 10 kg of rice. 甲社区's urgent requesters
// are elderly and have waited two days; 乙社区's are newer. Priority gives 甲 everything.
const urgent = (id: string, community: string, over = {}) =>
  need(id, {
    priority: "urgent",
    items: [{ name: "大米", category: "food", quantity: 5, unit: "公斤" }],
    deliveryAddress: { community, compound: `${community}小区`, building: "1" },
    ...over,
  });
const old = {
  vulnerabilities: ["elderly-living-alone" as const],
  reportedAt: "2022-01-03T08:00:00+08:00",
};
const day = {
  needs: [
    urgent("a-1", "甲社区", old),
    urgent("a-2", "甲社区", old),
    urgent("b-1", "乙社区"),
    urgent("b-2", "乙社区"),
  ],
  stock: [stockIn("m-1", { quantity: 10, toLocationId: undefined, toName: "区物资仓库" })],
};
const byCommunity = (plan: { allocations: readonly { needId: string; quantity: number }[] }) => {
  const out: Record<string, number> = {};
  for (const a of plan.allocations) out[a.needId[0]!] = (out[a.needId[0]!] ?? 0) + a.quantity;
  return out;
};

describe("fair mode", () => {
  it("gives every community the same share of its urgent need before weighting by priority", async () => {
    expect(byCommunity(match(day, { asOf: AS_OF }))).toEqual({ a: 10 });
    const plan = await matchFair(day, { asOf: AS_OF });
    expect(byCommunity(plan)).toEqual({ a: 5, b: 5 });
    // Within each community the higher score goes first: one need in full, not two halves.
    expect(plan.allocations.map((a) => a.quantity)).toEqual([5, 5]);
    expect(plan.run).toMatchObject({
      mode: "fair",
      algorithm: "linli-match fair",
      algorithmVersion: "1",
    });
    const figure = (n: string) => plan.run.figures?.find((f) => f.name === n)?.value;
    expect(figure("fair.bestWorstShare")).toBe(0.5);
    expect(figure("fair.worstShare")).toBe(0.5);
    const reasons = plan.allocations.map((a) => a.reasons!.map((r) => r["zh-CN"]).join(" · "));
    expect(reasons.some((r) => r.includes("公平模式：保障乙社区的紧急需求"))).toBe(true);
  });

  it("is priority allocation when nothing is urgent", async () => {
    const calm = { ...day, needs: day.needs.map((n) => ({ ...n, priority: "normal" as const })) };
    const fair = await matchFair(calm, { asOf: AS_OF });
    expect(fair.allocations.map((a) => [a.needId, a.quantity])).toEqual(
      match(calm, { asOf: AS_OF }).allocations.map((a) => [a.needId, a.quantity]),
    );
  });
});
