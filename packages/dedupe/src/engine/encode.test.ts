import { describe, expect, it } from "vitest";
import { comparators } from "../comparators/index.js";
import { encodeField, PART } from "./encode.js";

describe("encodeField", () => {
  it("gives key ids by first appearance, counts, and marks keys of several parts", () => {
    const records = [
      { phone: "13800138000" },
      { phone: ["13900139000", "13800138000"] },
      {},
      { phone: "13800138000" },
      { phone: ["13800138000", "13900139000"] },
    ];
    const f = encodeField(records, { name: "phone", get: "phone" } as never, comparators.exact());
    expect([...f.codes]).toEqual([0, 1, -1, 0, 1]);
    expect(f.keys).toEqual(["13800138000", `13800138000${PART}13900139000`]);
    expect([...f.counts]).toEqual([2, 2]);
    expect(f.present).toBe(4);
    expect([...f.multi]).toEqual([0, 1]);
  });
});
