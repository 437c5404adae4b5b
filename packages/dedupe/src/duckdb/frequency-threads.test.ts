import { comparators, dedupe, residentProfile } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import { levelFn } from "../engine/compare.js";
import { deriveField, transformAt } from "../engine/derive.js";
import { recordHasher, textHash } from "../engine/edges.js";
import { NumberMap, StringMap } from "../engine/hash.js";
import { resolveComparator } from "../engine/resolve.js";
import { frequencyOf, valueFrequencies } from "../engine/score.js";
import { NAMED_TRANSFORMS } from "../profiles/keys.js";
import type { KeyTransform } from "../types.js";
import { frequenciesOnThread, keyStream, onThread, startFieldThread } from "./frequency-threads.js";
import { derivations, normalize } from "./load.js";
import { sampledU, sampledUOn } from "./model.js";

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
      // Keys not streamed: no hashes from the thread.
      expect(await thread.hashes(0)).toBeUndefined();
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

  it("takes a thread started before normalisation, and closes it when no field needs it", async () => {
    const { records } = synthesizeResidents({ records: 2000, seed: 9 });
    const profile = residentProfile();
    const comparators = profile.fields.map((f) => resolveComparator(f.comparator, undefined));
    const started = startFieldThread(comparators);
    const data = await normalize(records, profile, {}, () => {});
    const asked = derivations(profile, data.fields);
    const thread = await frequenciesOnThread(data.fields, asked, started);
    try {
      expect(data.fields.map((_, k) => thread.has(k))).toEqual([
        true,
        true,
        true,
        true,
        false,
        true,
      ]);
      for (const { field, transform } of asked) {
        const got = await thread.derived(field, transform);
        const tables = { dict: new StringMap(), numbers: new NumberMap(64) };
        const fn = transform === "" ? undefined : (NAMED_TRANSFORMS[transform] as KeyTransform);
        const want = deriveField(data.fields[field]!, fn, tables);
        expect(Array.from(got!.single), `${field} ${transform}`).toEqual(Array.from(want.single));
      }
      const name = data.fields[0]!;
      const want = frequencyOf(valueFrequencies(name));
      const got = await thread.answers[0];
      expect(Array.from(name.keys, (_, x) => got!.at(0, x, x))).toEqual(
        Array.from(name.keys, (_, x) => want.at(0, x, x)),
      );
    } finally {
      thread.close();
    }
    // Sexes alone: nothing for the thread, which is closed.
    const idle = startFieldThread(comparators);
    const gender = data.fields.filter((f) => f.name === "gender");
    const none = await frequenciesOnThread(gender, [], idle);
    expect(none.has(0)).toBe(false);
    expect((await idle)?.alive).toBe(false);
  });

  it("takes keys streamed while normalising: the same block keys, frequencies and levels", async () => {
    const { records } = synthesizeResidents({ records: 3000, seed: 11 });
    const profile = residentProfile();
    const comparators = profile.fields.map((f) => resolveComparator(f.comparator, undefined));
    const started = startFieldThread(comparators);
    await started;
    const data = await normalize(records, profile, {}, () => {});
    const streamed = data.fields.map((f) => f.name !== "gender");
    const features = data.fields.map(onThread);
    const stream = keyStream(started, streamed, features);
    expect(stream.up).toBe(false);
    // Seen to be up a turn later.
    await new Promise((resolve) => setImmediate(resolve));
    expect(stream.up).toBe(true);
    // In three parts, as chunks of records would bring them; the last part of the phones is
    // not sent, so they go whole with their last job.
    for (const part of [0.2, 0.7, 1]) {
      stream.push(
        data.fields.map((f) =>
          f.name === "phone" && part === 1
            ? undefined
            : f.keys.slice(0, Math.round(f.keys.length * part)),
        ),
      );
    }
    expect(stream.sent[0]).toBe(data.fields[0]!.keys.length);
    expect(stream.sent[2]).toBeLessThan(data.fields[2]!.keys.length);
    expect(stream.sent[4]).toBe(0);
    const asked = derivations(profile, data.fields);
    const thread = await frequenciesOnThread(data.fields, asked, started, stream);
    try {
      expect(data.fields.map((_, k) => thread.has(k))).toEqual([
        true,
        true,
        true,
        true,
        false,
        true,
      ]);
      for (const { field, transform } of asked) {
        const got = await thread.derived(field, transform);
        const tables = { dict: new StringMap(), numbers: new NumberMap(64) };
        const fn = transform === "" ? undefined : (NAMED_TRANSFORMS[transform] as KeyTransform);
        const want = deriveField(data.fields[field]!, fn, tables);
        expect(got, `${field} ${transform}`).toBeDefined();
        expect(Array.from(got!.single), `${field} ${transform}`).toEqual(Array.from(want.single));
        expect([...got!.multi]).toEqual([...want.multi]);
      }
      // Key hashes as `recordHasher` computes them here: the same record hashes.
      const keyHashes = await Promise.all(data.fields.map((_, k) => thread.hashes(k)));
      expect(keyHashes.map((h) => h !== undefined)).toEqual([true, true, true, true, false, true]);
      for (const [k, h] of keyHashes.entries()) {
        if (h) expect(Array.from(h)).toEqual(data.fields[k]!.keys.map(textHash));
      }
      const here = recordHasher(data.fields);
      const there = recordHasher(data.fields, keyHashes);
      expect(Array.from({ length: data.n }, (_, r) => there(r))).toEqual(
        Array.from({ length: data.n }, (_, r) => here(r)),
      );
      for (const [k, field] of data.fields.entries()) {
        if (!onThread(field)) continue;
        const got = await thread.answers[k];
        const { ofKey, adjust } = valueFrequencies(field);
        for (let l = 0; l < ofKey.length; l++) {
          const want = Array.from(field.keys, (_, x) => {
            const id = ofKey[l]![x]!;
            return id < 0 ? 0 : adjust[l]![id]!;
          });
          expect(Array.from(field.keys, (_, x) => got!.at(l, x, x))).toEqual(want);
        }
        const n = field.codes.length;
        const a = Int32Array.from({ length: n }, (_, r) => r);
        const b = Int32Array.from({ length: n }, (_, r) => (r * 7919 + 1) % n);
        const level = levelFn(field, n);
        const levels = await thread.levels(k, a, b);
        expect(Array.from(levels!)).toEqual(Array.from(a, (x, r) => level(x, b[r]!)));
        // Over shared memory: not copied, and not counted by V8 as external memory.
        expect(levels!.buffer).toBeInstanceOf(SharedArrayBuffer);
      }
    } finally {
      thread.close();
    }
  });

  it("refuses a field whose streamed keys fall short, which is then computed here", async () => {
    const { records } = synthesizeResidents({ records: 1000, seed: 12 });
    const profile = residentProfile();
    const comparators = profile.fields.map((f) => resolveComparator(f.comparator, undefined));
    const started = startFieldThread(comparators);
    await started;
    const data = await normalize(records, profile, {}, () => {});
    const stream = keyStream(
      started,
      data.fields.map(() => true),
      data.fields.map(onThread),
    );
    await new Promise((resolve) => setImmediate(resolve));
    // The names' keys but their last one: the thread cannot hold the field.
    const names = data.fields[0]!.keys;
    stream.push([names.slice(0, names.length - 1)]);
    const short = { sent: [names.length], up: true, push: () => {} };
    const thread = await frequenciesOnThread(
      data.fields,
      derivations(profile, data.fields),
      started,
      short,
    );
    try {
      expect(await thread.answers[0]).toBeUndefined();
      expect(await thread.derived(0, "surnameKey")).toBeUndefined();
      expect(await thread.hashes(0)).toBeUndefined();
      expect(await thread.levels(0, Int32Array.of(0), Int32Array.of(1))).toBeUndefined();
      // The other fields are taken as usual.
      expect(await thread.answers[2]).toBeDefined();
    } finally {
      thread.close();
    }
  });

  it("sees each field's keys after every chunk of records, as prefixes of the last", async () => {
    // Past one chunk of 65,536 records, each with a name of its own.
    const records = Array.from({ length: 70_000 }, (_, i) => ({
      name: `居民${i}`,
      gender: i % 2 === 0 ? "男" : "女",
    }));
    const profile = {
      ...residentProfile(),
      fields: [
        { name: "name", get: "name", comparator: comparators.exact() },
        { name: "gender", get: "gender", comparator: comparators.exact() },
      ],
      blocking: [],
    };
    const seen: number[][] = [];
    let last: readonly (readonly string[])[] = [];
    const data = await normalize(
      records,
      profile,
      {},
      () => {},
      (keys) => {
        seen.push(keys.map((k) => k.length));
        last = keys;
      },
    );
    expect(seen).toEqual([
      [65_536, 2],
      [70_000, 2],
    ]);
    expect(last.map((k) => [...k])).toEqual(data.fields.map((f) => f.keys));
  });

  it("derives every named block key as this thread does, key by key and part by part", async () => {
    const made = synthesizeResidents({ records: 4000, seed: 7 }).records;
    // Every tenth resident with the next one's phones too: keys of several values.
    type Phones = { phones?: unknown[] };
    const records = made.map((r, i) =>
      i % 10 === 0
        ? {
            ...r,
            phones: [...((r as Phones).phones ?? []), ...((made[i + 1] as Phones)?.phones ?? [])],
          }
        : r,
    );
    const profile = residentProfile();
    const data = await normalize(records, profile, {}, () => {});
    const asked = derivations(profile, data.fields);
    // Every rule's transform of the resident profile is a named one; phones have several
    // values in some keys, so they are derived under no transform too.
    const named = profile.blocking.flatMap((r) => (r.on ?? []).map((_, fi) => transformAt(r, fi)));
    expect(
      named
        .filter((t) => t !== undefined)
        .every((t) => Object.values(NAMED_TRANSFORMS).includes(t as never)),
    ).toBe(true);
    expect(asked.map((d) => `${data.fields[d.field]!.name} ${d.transform}`).sort()).toEqual([
      "address home",
      "birthDate year",
      "citizenId idBirth",
      "citizenId idBody",
      "name namePinyinKey",
      "name surnameKey",
      "phone ",
      "phone last8",
    ]);
    const thread = await frequenciesOnThread(data.fields, asked);
    try {
      let several = 0;
      for (const { field, transform } of asked) {
        const got = await thread.derived(field, transform);
        expect(got, `${field} ${transform}`).toBeDefined();
        const tables = { dict: new StringMap(), numbers: new NumberMap(64) };
        const fn = transform === "" ? undefined : (NAMED_TRANSFORMS[transform] as KeyTransform);
        const want = deriveField(data.fields[field]!, fn, tables);
        expect(got!.size).toBe(want.size);
        expect(Array.from(got!.single)).toEqual(Array.from(want.single));
        expect([...got!.multi]).toEqual([...want.multi]);
        expect(want.size).toBeGreaterThan(10);
        several += want.multi.size;
      }
      expect(several).toBeGreaterThan(0);
      // Not asked for, or of a field the thread does not hold (sexes): derived here.
      expect(thread.derived(0, "year")).toBeUndefined();
      expect(thread.derived(4, "")).toBeUndefined();
    } finally {
      thread.close();
    }
  });

  it("counts u from random pairs as this thread does", async () => {
    const { records } = synthesizeResidents({ records: 3000, seed: 4 });
    const profile = residentProfile();
    const data = await normalize(records, profile, {}, () => {});
    const thread = await frequenciesOnThread(data.fields, derivations(profile, data.fields));
    try {
      const group = Int32Array.from({ length: data.n }, (_, i) => i % 3);
      for (const options of [{}, { sampleSize: 5000, seed: 3 }]) {
        for (const g of [undefined, group]) {
          const want = sampledU(data.fields, data.n, g, options);
          expect(await sampledUOn(thread, data.fields, data.n, g, options)).toEqual(want);
        }
      }
    } finally {
      thread.close();
    }
    // A closed thread answers nothing: every field is counted here.
    expect(await sampledUOn(thread, data.fields, data.n, undefined, {})).toEqual(
      sampledU(data.fields, data.n, undefined, {}),
    );
  });
});
