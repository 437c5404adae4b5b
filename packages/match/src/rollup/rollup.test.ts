import { describe, expect, it } from "vitest";
import { match } from "../run/match.js";
import { AS_OF, need, stockIn } from "../testing/build.js";
import { rollup } from "./rollup.js";

describe("rollup", () => {
  it("counts need lines per community (in pinyin order) and category after a plan", () => {
    const plan = match(
      {
        needs: [
          need("n-1", { priority: "urgent", reportedAt: "2022-01-04T08:00:00+08:00" }),
          need("n-2", { priority: "urgent", reportedAt: "2022-01-03T20:00:00+08:00" }),
          need("n-3", { deliveryAddress: { community: "小寨社区" } }),
          need("n-4", { status: "cancelled" }),
          need("n-5", {
            items: [
              {
                name: "降压药",
                category: "medicine",
                quantity: 1,
                unit: "盒",
                allocated: 1,
                delivered: 1,
              },
            ],
            status: "fulfilled",
          }),
        ],
        stock: [stockIn("m-1", { quantity: 7 })],
      },
      { asOf: AS_OF },
    );
    const r = rollup(plan.needs, AS_OF);
    expect(r.rows).toEqual([
      {
        community: "小寨社区",
        category: "food",
        requested: 1,
        allocated: 0,
        partial: 0,
        delivered: 0,
        unmet: 1,
        urgentUnmet: 0,
        oldestUnmetHours: 2,
      },
      {
        community: "丈八社区",
        category: "food",
        requested: 2,
        allocated: 1,
        partial: 1,
        delivered: 0,
        unmet: 1,
        urgentUnmet: 1,
        oldestUnmetHours: 24,
      },
      {
        community: "丈八社区",
        category: "medicine",
        requested: 1,
        allocated: 1,
        partial: 0,
        delivered: 1,
        unmet: 0,
        urgentUnmet: 0,
      },
    ]);
    expect(r.communities.map((c) => [c.community, c.requested, c.unmet])).toEqual([
      ["小寨社区", 1, 1],
      ["丈八社区", 3, 1],
    ]);
  });
});
