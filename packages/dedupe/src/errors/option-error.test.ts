import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { diceComparator } from "../comparators/dice/dice.js";
import { dedupe } from "../dedupe/dedupe.js";
import { optionsEn } from "../locales/en/options.js";
import { optionsZhCN } from "../locales/zh-CN/options.js";
import { pprlProfile } from "../pprl/profile.js";
import { DedupeOptionError } from "./option-error.js";

const caught = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("no error");
};

describe("DedupeOptionError", () => {
  it("names the option in both languages, and is a RangeError", () => {
    const e = caught(() => dedupe([], { profile: "residents" as "resident" }));
    expect(e).toBeInstanceOf(DedupeOptionError);
    expect(e).toBeInstanceOf(RangeError);
    const err = e as DedupeOptionError;
    expect(err.code).toBe("options.profile");
    expect(err.localized["zh-CN"]).toContain("没有名为“residents”的查重方案");
    expect(err.message).toContain("resident, volunteer, organization, location, household, need");
  });

  it("says how many sources were given for how many records", () => {
    const e = caught(() => dedupe([{}, {}], { sources: ["a"] })) as DedupeOptionError;
    expect(e.localized).toEqual({
      "zh-CN": "options.sources 的条数应与记录条数（2）相同，现在是 1",
      en: "options.sources must have one entry per record (2); it has 1",
    });
    const m = caught(() => dedupe([{}], { mustLink: [[0, 3]] })) as DedupeOptionError;
    expect(m.code).toBe("options.mustLink");
  });

  it("covers comparators and PPRL profiles", () => {
    expect(
      (caught(() => diceComparator({ thresholds: [0.7, 0.9] })) as DedupeOptionError).code,
    ).toBe("options.diceThresholds");
    const h = caught(() => pprlProfile({ filters: ["a"], household: ["b"] })) as DedupeOptionError;
    expect(h.localized["zh-CN"]).toBe("pprlProfile：household 中的“b”不是过滤器或键");
  });

  it("has every code in both catalogues with the same parameters", () => {
    const params = (t: string) => templateParams(t);
    expect(Object.keys(optionsZhCN).sort()).toEqual(Object.keys(optionsEn).sort());
    for (const [k, en] of Object.entries(optionsEn)) {
      expect([k, params(optionsZhCN[k as keyof typeof optionsEn])]).toEqual([k, params(en)]);
    }
  });
});
