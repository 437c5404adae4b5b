import { describe, expect, it } from "vitest";
import { NumberMap, StringMap } from "./hash.js";

describe("NumberMap", () => {
  it("stores and finds many large keys, growing as needed", () => {
    const m = new NumberMap(4);
    const want = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      const k = ((i * 7_919_993) % 1e12) + i * 1e6;
      m.set(k, i % 1000);
      want.set(k, i % 1000);
    }
    expect(m.size).toBe(want.size);
    for (const [k, v] of want) expect(m.get(k)).toBe(v);
    expect(m.get(123)).toBe(-1);
    m.set(0, 5);
    expect(m.get(0)).toBe(5);
  });
});

describe("StringMap", () => {
  it("maps many strings, growing as needed", () => {
    const m = new StringMap();
    for (let i = 0; i < 30_000; i++) m.set(`key-${i}`, i);
    m.set("key-7", 70);
    expect(m.size).toBe(30_000);
    expect(m.get("key-7")).toBe(70);
    expect(m.get("key-29999")).toBe(29_999);
    expect(m.get("nope")).toBe(-1);
    expect(m.get("")).toBe(-1);
    m.set("", 3);
    expect(m.get("")).toBe(3);
  });
});
