import { describe, expect, it } from "vitest";
import { exact } from "../comparators/exact/exact.js";
import { encodeField, featuresOf } from "../engine/encode.js";
import {
  bytesOf,
  grown,
  lowerMemoryLimit,
  readPairs,
  releaseKeys,
  withLowerMemoryLimit,
} from "./output.js";
import { Session } from "./session.js";

describe("releaseKeys", () => {
  it("lets go of the keys and features of every field but those kept, and keeps the key ids", () => {
    const records = [{ a: "x", b: "1" }, { a: "y", b: "1" }, { a: "x" }];
    const a = encodeField(records, { name: "a", get: "a", comparator: "exact" }, exact());
    const b = encodeField(records, { name: "b", get: "b", comparator: "exact" }, exact());
    featuresOf(a, 0);
    releaseKeys([a, b], new Set(["b"]));
    expect(a.keys).toEqual([]);
    expect(a.features).toEqual([]);
    expect([...a.codes]).toEqual([0, 1, 0]);
    expect(b.keys).toEqual(["1"]);
    expect([...b.codes]).toEqual([0, 0, -1]);
  });
});

describe("grown", () => {
  it("keeps the values and makes room for at least the size asked", () => {
    const a = Int32Array.from([1, 2, 3]);
    const b = grown(a, 4);
    expect(b.length).toBe(6);
    expect([...b.subarray(0, 3)]).toEqual([1, 2, 3]);
    expect(grown(new Int32Array(0), 5).length).toBe(5);
  });
});

describe("bytesOf", () => {
  it("reads DuckDB's memory sizes, binary and decimal", () => {
    expect(bytesOf("2.5 GiB")).toBe(2.5 * 1024 ** 3);
    expect(bytesOf("512.0 MiB")).toBe(512 * 1024 ** 2);
    expect(bytesOf("3GB")).toBe(3e9);
    expect(bytesOf("100 B")).toBe(100);
    expect(bytesOf("a lot")).toBeUndefined();
  });
});

describe("clustering's DuckDB reads", () => {
  it("reads pairs into two Int32Arrays of their count, and lowers the memory limit for a while", async () => {
    const session = await Session.open({ path: ":memory:", memoryLimit: "3GB" });
    try {
      const pairs = await readPairs(
        session,
        "SELECT i AS a, i * 2 + 1 AS b FROM range(5000) t(i) ORDER BY i",
      );
      expect(pairs.a).toBeInstanceOf(Int32Array);
      // Over shared memory, which V8 does not count as external memory (shared.ts).
      expect(pairs.a.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(pairs.b.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(pairs.a.length).toBe(5000);
      expect([pairs.a[4999], pairs.b[4999]]).toEqual([4999, 9999]);
      const limit = async () =>
        bytesOf(String((await session.rows("SELECT current_setting('memory_limit') AS v"))[0]!.v));
      const before = await limit();
      const restore = await lowerMemoryLimit(session, 1024 ** 3);
      expect(await limit()).toBe(1024 ** 3);
      await (await lowerMemoryLimit(session, 2 * 1024 ** 3))();
      expect(await limit()).toBe(1024 ** 3);
      await restore();
      expect(await limit()).toBe(before);
    } finally {
      session.close();
    }
  });

  it("sets DuckDB's own default back when no limit was given", async () => {
    const session = await Session.open({ path: ":memory:" });
    try {
      const limit = async () =>
        String((await session.rows("SELECT current_setting('memory_limit') AS v"))[0]!.v);
      const before = await limit();
      const restore = await lowerMemoryLimit(session, 64 * 1024 ** 2);
      expect(await limit()).toBe("64.0 MiB");
      await restore();
      expect(await limit()).toBe(before);
    } finally {
      session.close();
    }
  });

  it("sets the limit back when the work under the lowered limit throws, with the work's error", async () => {
    const session = await Session.open({ path: ":memory:", memoryLimit: "3GB" });
    try {
      const limit = async () =>
        String((await session.rows("SELECT current_setting('memory_limit') AS v"))[0]!.v);
      const before = await limit();
      let during = "";
      await expect(
        withLowerMemoryLimit(session, 256 * 1024 ** 2, async () => {
          during = await limit();
          await session.rows("SELECT * FROM no_such_table");
        }),
      ).rejects.toThrow(/no_such_table/);
      expect(during).toBe("256.0 MiB");
      expect(await limit()).toBe(before);
      expect(await withLowerMemoryLimit(session, 256 * 1024 ** 2, async () => limit())).toBe(
        "256.0 MiB",
      );
      expect(await limit()).toBe(before);
    } finally {
      session.close();
    }
  });
});
