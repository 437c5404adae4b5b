import { residentProfile } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import { newScratch, ruleKeys } from "../engine/block.js";
import type { BlockingRule } from "../types.js";
import { normalize } from "./load.js";
import { WideBuffers, wideRuleKeys } from "./rule-keys.js";

/** Records with every tenth one holding the next one's phones too (keys of several values). */
function records(count: number) {
  const made = synthesizeResidents({ records: count, seed: 7 }).records;
  type Phones = { phones?: unknown[] };
  return made.map((r, i) =>
    i % 10 === 0
      ? {
          ...r,
          phones: [...((r as Phones).phones ?? []), ...((made[i + 1] as Phones)?.phones ?? [])],
        }
      : r,
  );
}

/** Whether two key lists group the same entries together (one key maps to one key, both ways). */
function sameGrouping(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.get(a[i]!) ?? b[i]) !== b[i] || (ba.get(b[i]!) ?? a[i]) !== a[i]) return false;
    ab.set(a[i]!, b[i]!);
    ba.set(b[i]!, a[i]!);
  }
  return true;
}

describe("block keys as numbers (wideRuleKeys)", () => {
  it("gives each rule's records in the order ruleKeys gives them, grouped the same", async () => {
    const profile = residentProfile();
    // Far past 2^53 combinations: the keys so far are compacted before the last fields.
    const wide: BlockingRule = {
      name: "five-ids",
      on: ["citizenId", "phone", "citizenId", "phone", "citizenId", "address"],
    };
    const rules = [...profile.blocking, wide];
    const data = await normalize(records(3000), profile, {}, () => {});
    const byName = new Map(data.fields.map((f) => [f.name, f]));
    const scratch = newScratch(data.n);
    const buffers = new WideBuffers();
    let several = 0;
    for (const rule of rules) {
      const want = ruleKeys(rule, byName, data.n, scratch, () => {
        throw new Error("no key rule");
      });
      const wantRec = Array.from(want.rec);
      const wantKey = Array.from(want.key);
      const got = wideRuleKeys(rule, byName, data.n, scratch, buffers);
      expect(Array.from(got.rec), rule.name).toEqual(wantRec);
      expect(got.key.length).toBe(wantKey.length);
      expect(sameGrouping(got.key, wantKey), rule.name).toBe(true);
      expect(
        got.key.every((k) => Number.isSafeInteger(k)),
        rule.name,
      ).toBe(true);
      several += got.rec.length - new Set(got.rec).size;
      // Not one block for all: the keys tell records apart.
      expect(new Set(wantKey).size, rule.name).toBeGreaterThan(10);
    }
    // Records with several phones have several keys in the phone rules.
    expect(several).toBeGreaterThan(0);
  });

  it("puts every record in one block for a rule on no field, as ruleKeys does", async () => {
    const profile = residentProfile();
    const data = await normalize(records(50), profile, {}, () => {});
    const byName = new Map(data.fields.map((f) => [f.name, f]));
    const scratch = newScratch(data.n);
    const rule = { name: "all", on: [] };
    const want = ruleKeys(rule, byName, data.n, scratch, () => {
      throw new Error("no key rule");
    });
    const got = wideRuleKeys(rule, byName, data.n, scratch, new WideBuffers());
    expect(Array.from(got.rec)).toEqual(Array.from(want.rec));
    expect(got.rec.length).toBe(data.n);
    expect(new Set(got.key)).toEqual(new Set([0]));
  });
});
