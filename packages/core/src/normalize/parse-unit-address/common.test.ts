import { parseAddress, parseUnitAddress } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceParseAddress } from "../parse-address/reference.js";
import { commonUnitPart } from "./common.js";
import { consumableSuffix, matchAt } from "./match.js";
import { referenceParseUnitAddress } from "./reference.js";

// The one-pass reader of 3号楼2单元301 against the backtracking matcher and the regular
// expressions both replaced, on that shape and on texts one step away from it.

const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max })
    .map((a) => a.join(""));

/** Texts before the unit part, some ending in characters the matcher reads. */
const before = fc.constantFrom(
  "",
  "绿地世纪城",
  "科技路27号院",
  "紫薇田园都市",
  "陕西省西安市雁塔区电子城街道丈八社区绿地世纪城",
  "北京市朝阳区",
  "幸福路12号",
  "第",
  "十一",
  "A",
  "a",
  "7",
  "号",
  " ",
  "、",
  "，",
  "-",
  "城 ",
);

/** A piece of the common shape, or now and then a near miss. */
const or = <T>(good: fc.Arbitrary<T>, near: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: near, weight: 1 });

/** The common shape, with each piece sometimes replaced by a near miss. */
const nearCommon = fc
  .tuple(
    before,
    or(digits(1, 4), digits(0, 6)),
    or(
      fc.constantFrom("号楼", "栋", "幢", "#"),
      fc.constantFrom("楼", "号", "號樓", "座", " 号楼", "号 楼", "號楼"),
    ),
    or(digits(1, 2), digits(0, 3)),
    or(fc.constant("单元"), fc.constantFrom("單元", "门", "单", "元", " 单元", "单元 ", "单元-")),
    or(fc.constant(""), fc.constantFrom("负", "A", "十", " ", "-")),
    or(digits(1, 5), digits(0, 7)),
    or(
      fc.constantFrom("", "室"),
      fc.constantFrom("号", "户", " 室", "A", "。", " ", "室室", "层", "F"),
    ),
  )
  .map((parts) => parts.join(""));

const captures = (cap: Int32Array | undefined) => (cap ? [...cap] : undefined);

describe("commonUnitPart", () => {
  it("gives the matcher's start and captures whenever it answers", () => {
    let hits = 0;
    fc.assert(
      fc.property(nearCommon, (s) => {
        const cap = new Int32Array(14);
        const start = commonUnitPart(s, cap);
        if (start < 0) return;
        hits++;
        expect(start).toBe(consumableSuffix(s));
        expect([...cap]).toEqual(captures(matchAt(s, start)));
      }),
      { numRuns: 20_000 },
    );
    // The shape is common in the generated texts too, so the comparison above is not idle.
    expect(hits).toBeGreaterThan(1_000);
  });

  it("declines texts not of the shape", () => {
    const cap = new Int32Array(14);
    for (const s of [
      "",
      "3号楼2单元",
      "号楼2单元301",
      "12345号楼2单元301",
      "3号楼123单元301",
      "3号楼2单元123456",
      "第3号楼2单元301",
      "一3号楼2单元301",
      "A3号楼2单元301",
      "3楼2单元301",
      "3号楼2单元301号",
      "3-2-301",
    ]) {
      expect(commonUnitPart(s, cap), s).toBe(-1);
    }
    expect(commonUnitPart("绿地世纪城3号楼2单元301", cap)).toBe(5);
    expect(commonUnitPart("3栋12单元1502室", cap)).toBe(0);
  });
});

describe("parseUnitAddress and parseAddress on the common shape and its near misses", () => {
  it("agree with the regular expressions", () => {
    fc.assert(
      fc.property(nearCommon, (s) => {
        expect(parseUnitAddress(s)).toStrictEqual(referenceParseUnitAddress(s));
        expect(parseAddress(s)).toStrictEqual(referenceParseAddress(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it("agree on every address the import benchmark's generator can write", () => {
    // bench/import/generate.ts: compound, 1–30 号楼, 1–6 单元, floor 1–30 and room 01–04.
    const compounds = [
      "绿地世纪城",
      "曲江池小区",
      "丈八社区",
      "科技路27号院",
      "电子城小区",
      "高新花园",
      "枫林绿洲",
      "紫薇田园都市",
    ];
    const differ: string[] = [];
    let compared = 0;
    for (const compound of compounds) {
      for (let b = 1; b <= 30; b++) {
        for (let u = 1; u <= 6; u++) {
          for (let f = 1; f <= 30; f++) {
            for (let r = 1; r <= 4; r++) {
              const s = `${compound}${b}号楼${u}单元${f}0${r}`;
              // Compared as JSON: the same parts, in the same order.
              const got = JSON.stringify(parseAddress(s));
              if (got !== JSON.stringify(referenceParseAddress(s))) differ.push(s);
              compared++;
            }
          }
        }
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBe(8 * 30 * 6 * 30 * 4);
  });
});
