import { describe, expect, it } from "vitest";
import { exact } from "../comparators/exact/exact.js";
import type { BlockingRule, KeyTransform } from "../types.js";
import { newScratch, ruleKeys } from "./block.js";
import { Derivations, deriveField } from "./derive.js";
import { encodeField } from "./encode.js";
import { NumberMap, StringMap } from "./hash.js";

const records = ["王伟", "王玮", "李娜", "王伟", undefined, "张静"].map((name, i) => ({
  name,
  city: i % 2 === 0 ? "西安" : "咸阳",
}));
const name = encodeField(records, { name: "name", get: "name", comparator: "exact" }, exact());
const city = encodeField(records, { name: "city", get: "city", comparator: "exact" }, exact());
const fields = new Map([
  ["name", name],
  ["city", city],
]);

describe("derived block keys, once per field and transform", () => {
  it("computes a shared derivation once and lets it go after its last rule", () => {
    let calls = 0;
    const surname: KeyTransform = (k) => {
      calls++;
      return k.slice(0, 1);
    };
    const rules: BlockingRule[] = [
      { name: "a", on: ["name", "city"], transform: [surname, undefined] },
      { name: "b", on: ["name"], transform: surname },
      { name: "c", on: ["city"] },
    ];
    const shared = newScratch(records.length, rules);
    const fresh = newScratch(records.length);
    const keys = (scratch: ReturnType<typeof newScratch>) =>
      rules.map((r) => {
        const k = ruleKeys(r, fields, records.length, scratch, () => {
          throw new Error("no key rule here");
        });
        return { rec: [...k.rec], key: [...k.key], count: k.count };
      });
    const once = keys(shared);
    // Four distinct names, each transformed once for both rules.
    expect(calls).toBe(4);
    calls = 0;
    expect(keys(fresh)).toEqual(once);
    expect(calls).toBe(8);
    // Records 0, 1 and 3 share the surname 王; record 4 has no name.
    expect(once[1]!.rec).toEqual([0, 1, 2, 3, 5]);
    expect(once[1]!.key).toEqual([0, 0, 1, 0, 2]);
  });

  it("keeps a derivation only while rules still need it", () => {
    const tables = { dict: new StringMap(), numbers: new NumberMap(16) };
    const t: KeyTransform = (k) => k.length;
    const d = new Derivations([
      { name: "x", on: ["name"], transform: t },
      { name: "y", on: ["name"], transform: t },
    ]);
    let derived = 0;
    const derive = () => {
      derived++;
      return deriveField(name, t, tables);
    };
    const first = d.get(name, t, derive);
    expect(d.get(name, t, derive)).toBe(first);
    expect(derived).toBe(1);
    // Past its planned uses it is derived afresh, never kept.
    expect(d.get(name, t, derive)).not.toBe(first);
    expect(derived).toBe(2);
    expect([...first.single]).toEqual([0, 0, 0, 0]);
    expect(first.size).toBe(2);
  });

  it("gives keys without a transform their own ids, as a table of them would", () => {
    const tables = { dict: new StringMap(), numbers: new NumberMap(16) };
    const plain = deriveField(name, undefined, tables);
    const tabled = deriveField(name, (k) => k, tables);
    expect([...plain.single]).toEqual([0, 1, 2, 3]);
    expect([...plain.single]).toEqual([...tabled.single]);
    expect(plain.size).toBe(tabled.size);
  });
});
