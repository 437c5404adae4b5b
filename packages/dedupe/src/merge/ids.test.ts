import { stableHash } from "@linli/dedupe";
import { describe, expect, it } from "vitest";
import { assignIds } from "./ids.js";

describe("assignIds", () => {
  it("derives a new cluster's id from its smallest row key", () => {
    const [x, y] = assignIds([[{ key: "b" }, { key: "a" }], [{ key: "c" }]]);
    expect(x).toEqual({ id: `m-${stableHash("a")}` });
    expect(y).toEqual({ id: `m-${stableHash("c")}` });
    expect(stableHash("a")).toMatch(/^[0-9a-z]{14}$/);
  });

  it("keeps earlier ids, joins two of them as id and alias, and names the id a split left", () => {
    const ids = assignIds([
      [{ key: "a", earlier: ["m-2"] }, { key: "z" }],
      [
        { key: "b", earlier: ["m-1"], aliases: ["m-0"] },
        { key: "c", earlier: ["m-3"] },
      ],
      [{ key: "d", earlier: ["m-3"] }],
    ]);
    expect(ids[0]).toEqual({ id: "m-2" });
    expect(ids[1]).toEqual({ id: "m-1", aliases: ["m-0", "m-3"] });
    expect(ids[2]!.splitFrom).toEqual(["m-3"]);
    expect(ids[2]!.id).toMatch(/^m-[0-9a-z]{14}$/);
  });

  it("never hands out an id twice", () => {
    const taken = `m-${stableHash("a")}`;
    const ids = assignIds([[{ key: "a" }], [{ key: "q", earlier: [taken] }]]);
    expect(ids[1]!.id).toBe(taken);
    expect(ids[0]!.id).not.toBe(taken);
  });
});
