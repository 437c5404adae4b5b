import { parseUnitAddress } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BD, BX, consumableSuffix, F, matchAt, R, RM, UD, UX } from "./match.js";
import { compile, referenceParseUnitAddress } from "./reference.js";

// The hand-written matcher against the regular expression it replaced: every answer the same.

/** Pieces the pattern reads, and some it does not, so that random strings reach every branch. */
const PIECES = [
  ..."0123456789",
  "01",
  "12",
  "301",
  "1502",
  "10101",
  ..."AaBbFfZ",
  ..."〇零一二两三四五六七八九十百",
  "十三",
  "二十一",
  ..."第号楼號樓栋棟幢座#",
  "号楼",
  "號樓",
  "单元",
  "單元",
  ..."门門单元",
  ..."负負层層",
  ..."室号號户戶房",
  ..." -,，。.;；、:/",
  "\u3000",
  "\t",
  ..."绿地世纪城院路巷村区",
  "（张三家）",
];

const piece = fc.constantFrom(...PIECES);
const randomText = fc.array(piece, { maxLength: 12 }).map((a) => a.join(""));

const num = (max: number) => fc.integer({ min: 0, max }).map(String);
const cnNum = fc.constantFrom("一", "二", "三", "十", "十二", "二十一", "两", "〇", "百");
const space = fc.constantFrom("", "", "", " ", "  ", "-", " - ", "　");

/** Addresses shaped like the ones registers hold, with the variations people type. */
const realistic = fc
  .tuple(
    fc.constantFrom(
      "",
      "绿地世纪城",
      "幸福路12号",
      "华府1号院",
      "世纪城A区",
      "Block",
      "小区",
      "第",
    ),
    fc.oneof(
      fc.tuple(num(40), fc.constantFrom("号楼", "栋", "幢", "#", "号", "楼", "座", "-", "號樓")),
      fc.tuple(cnNum, fc.constantFrom("号楼", "栋", "幢")),
      fc.tuple(fc.constantFrom("A", "B", "a", "A1"), fc.constantFrom("座", "栋", "-")),
      fc.constant(["", ""] as [string, string]),
    ),
    space,
    fc.oneof(
      fc.tuple(num(12), fc.constantFrom("单元", "單元", "门", "-", "")),
      fc.tuple(cnNum, fc.constantFrom("单元", "门")),
      fc.constant(["", ""] as [string, string]),
    ),
    space,
    fc.oneof(
      fc.tuple(fc.constantFrom("", "负", "負"), num(40), fc.constantFrom("层", "楼", "F", "")),
      fc.constant(["", "", ""] as [string, string, string]),
    ),
    space,
    fc.oneof(
      fc.tuple(
        fc.constantFrom("", "A", "b"),
        num(99999),
        fc.constantFrom("", "A"),
        fc.constantFrom("", "室", "号", "户", "房", " 室"),
      ),
      fc.constant(["", "", "", ""] as [string, string, string, string]),
    ),
    fc.constantFrom("", "", "。", " ", "，", ";"),
  )
  .map((parts) => parts.flat().join(""));

describe("parseUnitAddress agrees with the regular expression it replaced", () => {
  it("on realistic unit parts", () => {
    fc.assert(
      fc.property(realistic, (s) => {
        expect(parseUnitAddress(s)).toStrictEqual(referenceParseUnitAddress(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it("on random strings of the characters it reads", () => {
    fc.assert(
      fc.property(randomText, (s) => {
        expect(parseUnitAddress(s)).toStrictEqual(referenceParseUnitAddress(s));
      }),
      { numRuns: 30_000 },
    );
  });

  it("on any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(parseUnitAddress(s)).toStrictEqual(referenceParseUnitAddress(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it("keeps the order of the keys", () => {
    for (const s of ["绿地世纪城3号楼2单元301", "3-2-301", "B座12F", "5号楼3楼", "A栋1单元2号"]) {
      expect(Object.keys(parseUnitAddress(s) ?? {})).toEqual(
        Object.keys(referenceParseUnitAddress(s) ?? {}),
      );
    }
  });
});

describe("the matcher captures what the regular expression captures", () => {
  const sticky = new RegExp(compile().source, "y");
  const slots = [
    ["bx", BX],
    ["bd", BD],
    ["ux", UX],
    ["ud", UD],
    ["f", F],
    ["r", R],
    ["rm", RM],
  ] as const;
  const captures = (s: string, i: number) => {
    const cap = matchAt(s, i);
    if (!cap) return undefined;
    return Object.fromEntries(
      slots.map(([name, slot]) => [
        name,
        cap[slot]! < 0 ? undefined : s.slice(cap[slot], cap[slot + 1]),
      ]),
    );
  };
  const expected = (s: string, i: number) => {
    sticky.lastIndex = i;
    const m = sticky.exec(s);
    return m ? Object.fromEntries(slots.map(([name]) => [name, m.groups?.[name]])) : undefined;
  };

  it("at every start of random strings", () => {
    fc.assert(
      fc.property(fc.oneof(randomText, realistic), (s) => {
        for (let i = 0; i <= s.length; i++) expect(captures(s, i)).toStrictEqual(expected(s, i));
      }),
      { numRuns: 20_000 },
    );
  });

  it("never starts before the characters it can read", () => {
    fc.assert(
      fc.property(randomText, (s) => {
        for (let i = 0; i < consumableSuffix(s); i++) expect(expected(s, i)).toBeUndefined();
      }),
      { numRuns: 5_000 },
    );
  });
});
