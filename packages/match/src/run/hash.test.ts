import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { inputHash } from "./hash.js";

const input = {
  stock: [{ meta: { id: "m-1" }, itemName: "大米", quantity: 20 }],
  needs: Array.from({ length: 3000 }, (_, i) => ({
    meta: { id: `n-${i}` },
    requesterName: "张静",
  })),
};

describe("inputHash", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is the SHA-256 of the inputs' JSON in key order, in slices", () => {
    const text = `"needs":${input.needs.map((n) => `${JSON.stringify(n)},`).join("")}"stock":${input.stock.map((m) => `${JSON.stringify(m)},`).join("")}`;
    expect(inputHash(input)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });

  it("writes items with no JSON of their own as before, and empty lists as nothing", () => {
    const odd = { needs: [{ a: 1 }, undefined, { b: 2 }], stock: [], notes: "x" };
    const text = `"needs":{"a":1},undefined,{"b":2},"notes":"x";"stock":`;
    expect(inputHash(odd)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });

  it("gives the same digest where the runtime has no Node crypto (a browser)", () => {
    const withNode = inputHash(input);
    vi.stubGlobal("process", { ...process, getBuiltinModule: undefined });
    expect(inputHash(input)).toBe(withNode);
  });
});
