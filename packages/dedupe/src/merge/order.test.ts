import { describe, expect, it } from "vitest";
import { canonicalOrder } from "./order.js";

describe("canonicalOrder", () => {
  it("orders rows by their keys only, whatever order they came in", () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, i }));
    const a = canonicalOrder([...rows]);
    const b = canonicalOrder([...rows].reverse());
    expect(a.map((r) => r.key)).toEqual(b.map((r) => r.key));
    expect(new Set(a)).toEqual(new Set(rows));
    expect(a).toHaveLength(200);
  });

  it("keeps every row of a key given twice, and ticks on long sorts only", () => {
    let ticks = 0;
    const out = canonicalOrder(
      [
        { key: "b", n: 1 },
        { key: "a", n: 2 },
        { key: "b", n: 3 },
      ],
      () => ticks++,
    );
    expect(out.map((r) => r.key).sort()).toEqual(["a", "b", "b"]);
    expect(ticks).toBe(0);
  });
});
