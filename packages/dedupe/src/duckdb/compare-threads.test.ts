import { comparators, dedupe, residentProfile } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import { compareIds } from "../engine/encode.js";
import { CompareThreads } from "./compare-threads.js";
import { normalize } from "./load.js";

describe("comparison of key pairs on worker threads (DuckDB engine)", () => {
  it("gives the levels compareIds gives here, field by field, several values included", async () => {
    const { records } = synthesizeResidents({ records: 4000, seed: 7 });
    const data = await normalize(records, residentProfile(), {}, () => {});
    const pool = await CompareThreads.start(data.fields, 2);
    expect(pool).toBeDefined();
    try {
      for (const [i, field] of data.fields.entries()) {
        expect(pool!.compares(i)).toBe(true);
        const n = field.keys.length;
        // Neighbouring keys and keys far apart; several-phone keys against others.
        const xs: number[] = [];
        const ys: number[] = [];
        for (let a = 0; a + 1 < n; a++) {
          xs.push(a);
          ys.push(a + 1);
          xs.push(a);
          ys.push((a * 7919) % n);
        }
        const x = Int32Array.from(xs);
        const y = Int32Array.from(ys);
        const levels = await pool!.compare(i, x, y);
        expect(levels).toBeDefined();
        const here = Array.from(x, (a, k) => compareIds(field, a, y[k]!));
        expect(Array.from(levels!)).toEqual(here);
      }
    } finally {
      pool!.close();
    }
  });

  it("leaves copies of built-in comparators (their own compare) to this thread", async () => {
    const name = comparators.chineseName();
    const own = { ...name, compare: () => 0 };
    const profile = residentProfile();
    const fields = profile.fields.map((f) => (f.name === "name" ? { ...f, comparator: own } : f));
    const { records } = synthesizeResidents({ records: 200, seed: 3 });
    const data = await normalize(records, { ...profile, fields }, {}, () => {});
    const pool = await CompareThreads.start(data.fields, 1);
    try {
      expect(pool!.compares(0)).toBe(false);
      expect(await pool!.compare(0, Int32Array.of(0), Int32Array.of(1))).toBeUndefined();
      expect(pool!.compares(1)).toBe(true);
      const held = pool!.compare(1, new Int32Array(100_000), new Int32Array(100_000).fill(1));
      pool!.close();
      // A thread closed (or failed) leaves its pairs to this thread.
      expect(await held).toBeUndefined();
      expect(pool!.size).toBe(0);
      expect(await pool!.compare(1, Int32Array.of(0), Int32Array.of(1))).toBeUndefined();
    } finally {
      pool!.close();
    }
  });

  it("links the same pairs with the threads as without them", async () => {
    const { records } = synthesizeResidents({ records: 3000, seed: 5 });
    const run = (compareThreads: number) =>
      dedupe(records, {
        profile: residentProfile(),
        engine: "duckdb",
        duckdb: { compareThreads },
      }).then((r) => r.pairs.map((p) => [p.a, p.b, p.weight]));
    const without = await run(0);
    expect(without.length).toBeGreaterThan(100);
    expect(await run(2)).toEqual(without);
  });
});
