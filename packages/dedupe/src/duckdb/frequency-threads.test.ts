import { comparators, dedupe, residentProfile } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import { levelFn } from "../engine/compare.js";
import { valueFrequencies } from "../engine/score.js";
import { frequenciesOnThread, onThread } from "./frequency-threads.js";
import { normalize } from "./load.js";

describe("term frequencies on a worker thread (DuckDB engine)", () => {
  it("gives the adjustments computed here, key by key and level by level", async () => {
    const { records } = synthesizeResidents({ records: 4000, seed: 7 });
    const data = await normalize(records, residentProfile(), {}, () => {});
    // Names (level keys from their features), phones and birth dates (the key itself).
    expect(data.fields.map(onThread)).toEqual([true, false, true, true, false, false]);
    const thread = await frequenciesOnThread(data.fields);
    try {
      for (const [k, field] of data.fields.entries()) {
        const answer = thread.answers[k];
        if (!onThread(field)) {
          expect(answer).toBeUndefined();
          continue;
        }
        const tf = await answer;
        expect(tf).toBeDefined();
        const { ofKey, adjust } = valueFrequencies(field);
        const here = (level: number, x: number) => {
          const id = ofKey[level]![x]!;
          return id < 0 ? 0 : adjust[level]![id]!;
        };
        const levels = ofKey.length;
        expect(levels).toBeGreaterThan(0);
        for (let l = 0; l <= levels; l++) {
          const got = Array.from(field.keys, (_, x) => tf!.at(l, x, x));
          const want = Array.from(field.keys, (_, x) => (l < levels ? here(l, x) : 0));
          expect(got).toEqual(want);
          if (l < levels) expect(got.some((v) => v !== 0)).toBe(true);
        }
        // Then the levels of pairs of records, over arrays shared with the thread.
        const n = field.codes.length;
        const a = new Int32Array(new SharedArrayBuffer(4 * n));
        const b = new Int32Array(new SharedArrayBuffer(4 * n));
        for (let r = 0; r < n; r++) {
          a[r] = r;
          b[r] = (r * 7919 + 1) % n;
        }
        expect(thread.has(k)).toBe(true);
        const got = await thread.levels(k, a, b);
        const level = levelFn(field, n);
        const want = Array.from(a, (x, r) => level(x, b[r]!));
        expect(Array.from(got!)).toEqual(want);
        expect(new Set(want).size).toBeGreaterThan(2);
      }
      expect(thread.has(1)).toBe(false);
      expect(await thread.levels(1, Int32Array.of(0), Int32Array.of(1))).toBeUndefined();
    } finally {
      thread.close();
    }
  });

  it("leaves copies of built-in comparators and a closed thread's fields to this thread", async () => {
    const name = comparators.chineseName();
    const own = { ...name, compare: () => 0 };
    const profile = residentProfile();
    const fields = profile.fields.map((f) => (f.name === "name" ? { ...f, comparator: own } : f));
    const { records } = synthesizeResidents({ records: 300, seed: 3 });
    const data = await normalize(records, { ...profile, fields }, {}, () => {});
    expect(onThread(data.fields[0]!)).toBe(false);
    const thread = await frequenciesOnThread(data.fields);
    expect(thread.answers[0]).toBeUndefined();
    const pending = thread.answers[2];
    expect(pending).toBeDefined();
    thread.close();
    // Answered, or `undefined` when the thread was closed first: never a rejection.
    const got = await pending;
    expect(got === undefined || typeof got.at === "function").toBe(true);
  });

  it("links the same pairs, with the same weights, with the thread as without it", async () => {
    const { records } = synthesizeResidents({ records: 3000, seed: 5 });
    const run = (frequencyThreads: number) =>
      dedupe(records, {
        profile: residentProfile(),
        engine: "duckdb",
        duckdb: { frequencyThreads },
      }).then((r) => r.pairs.map((p) => [p.a, p.b, p.weight]));
    const without = await run(0);
    expect(without.length).toBeGreaterThan(100);
    expect(await run(1)).toEqual(without);
  });
});
