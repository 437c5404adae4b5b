import { describe, expect, it } from "vitest";
import { match } from "../run/match.js";
import { AS_OF, need, shift, stockIn, volunteer } from "../testing/build.js";
import { naturalCompare } from "./tasks.js";

const home = (compound: string, building: string, room = "101") => ({
  deliveryAddress: { community: "丈八社区", compound, building, room },
});
const many = (n: number, compound: string) =>
  Array.from({ length: n }, (_, i) => need(`n-${compound}-${i}`, home(compound, String(n - i))));

describe("assigning delivery tasks", () => {
  it("respects capacity and keeps a compound's tasks with one volunteer where it can", () => {
    const plan = match(
      {
        needs: [...many(3, "甲小区"), ...many(2, "乙小区")],
        stock: [stockIn("m-1", { quantity: 100 })],
        volunteers: [volunteer("v-1", { capacity: 3 }), volunteer("v-2", { capacity: 3 })],
        shifts: [shift("sh-1", ["v-1", "v-2"])],
      },
      { asOf: AS_OF },
    );
    const compoundOf = (id: string) =>
      plan.tasks.find((t) => t.meta.id === id)!.toAddress!.compound;
    expect(
      plan.rounds.map((r) => [r.taskIds.length, [...new Set(r.taskIds.map(compoundOf))]]).sort(),
    ).toEqual([
      [2, ["乙小区"]],
      [3, ["甲小区"]],
    ]);
    expect(plan.unassigned).toEqual([]);
  });

  it("never puts a volunteer on two overlapping shifts", () => {
    const plan = match(
      {
        needs: many(4, "甲小区"),
        stock: [stockIn("m-1", { quantity: 100 })],
        volunteers: [volunteer("v-1", { capacity: 2 })],
        shifts: [
          shift("sh-1", ["v-1"]),
          shift("sh-2", ["v-1"], {
            start: "2022-01-05T10:00:00+08:00",
            end: "2022-01-05T13:00:00+08:00",
          }),
          shift("sh-3", ["v-1"], {
            start: "2022-01-05T14:00:00+08:00",
            end: "2022-01-05T17:00:00+08:00",
          }),
        ],
      },
      { asOf: AS_OF },
    );
    expect(plan.rounds.map((r) => r.shiftId)).toEqual(["sh-1", "sh-3"]);
    expect(plan.issues.map((i) => i.text["zh-CN"])).toContain(
      "志愿者志愿者v-1的班次“丈八社区配送班 09:00–12:00”和“丈八社区配送班 10:00–13:00”时间重叠，只给前一个班次排任务。",
    );
  });

  it("sends only volunteers who may enter the compound and have the skills", () => {
    const plan = match(
      {
        needs: [
          need("n-water", {
            ...home("甲小区", "1"),
            items: [{ name: "饮用水", category: "drinking-water", quantity: 2, unit: "箱" }],
          }),
          need("n-rice", home("乙小区", "2")),
        ],
        stock: [
          stockIn("m-1", { quantity: 100 }),
          stockIn("m-2", { itemName: "饮用水", unit: "箱", quantity: 10 }),
        ],
        volunteers: [
          volunteer("v-1", { access: ["乙小区"] }),
          volunteer("v-2", { access: ["甲小区 1号楼"], skills: ["delivery", "heavy-lifting"] }),
        ],
        shifts: [shift("sh-1", ["v-1", "v-2"])],
      },
      { asOf: AS_OF },
    );
    const who = Object.fromEntries(plan.tasks.map((t) => [t.needId, [t.volunteerId, t.skills]]));
    expect(who).toEqual({ "n-water": ["v-2", ["heavy-lifting"]], "n-rice": ["v-1", undefined] });
  });

  it("says why a task has no volunteer", () => {
    const input = {
      needs: [need("n-1", { ...home("甲小区", "1"), neededBy: "2022-01-05T08:30:00+08:00" })],
      stock: [stockIn("m-1")],
    };
    const none = match(input, { asOf: AS_OF });
    expect(none.unassigned[0]!.reason.code).toBe("task.no-shift");
    const late = match(
      { ...input, volunteers: [volunteer("v-1")], shifts: [shift("sh-1", ["v-1"])] },
      { asOf: AS_OF },
    );
    expect(late.unassigned[0]!.reason.text["zh-CN"]).toBe(
      "没有在需要时间（1月5日 08:30）之前开始的配送班次",
    );
    const locked = match(
      {
        ...input,
        volunteers: [volunteer("v-1", { access: ["乙小区"] })],
        shifts: [shift("sh-1", ["v-1"])],
      },
      { asOf: AS_OF },
    );
    expect(locked.unassigned[0]!.reason.text.en).toBe("no volunteer on shift may enter 甲小区");
  });

  it("orders buildings, units and rooms as people count them", () => {
    expect(["12", "3", "3A", "10"].sort(naturalCompare)).toEqual(["3", "3A", "10", "12"]);
    expect(["12号楼", "3号楼"].sort(naturalCompare)).toEqual(["3号楼", "12号楼"]);
  });
});
