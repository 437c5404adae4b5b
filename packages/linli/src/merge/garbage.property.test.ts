import { citizenIdCheckChar } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { merge } from "../index.js";

// A valid register row and its twin from another community whose optional cells hold garbage:
// the twin is kept (its bad cells withheld and reported) and merges with the original.

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "欧阳", "司马"];
const GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "艳", "勇"];
const OPTIONAL = ["性别", "出生日期", "联系电话", "与户主关系", "住房性质", "人员类型", "家庭人数"];

const person = fc
  .record({
    area: fc.constantFrom("610113", "110105", "420704", "440305"),
    year: fc.integer({ min: 1930, max: 2015 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    seq: fc.integer({ min: 0, max: 999 }),
    written: fc.integer({ min: 0, max: 3 }),
    sex: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ area, year, month, day, seq, written, sex }) => {
    const mm = String(month).padStart(2, "0");
    const dd = String(day).padStart(2, "0");
    const body = `${area}${year}${mm}${dd}${String(seq).padStart(3, "0")}`;
    const birth = [
      `${year}-${mm}-${dd}`,
      `${year}.${month}`,
      `${year}年${month}月${day}日`,
      `${year}`,
    ];
    // The 17th digit of the ID gives the sex: odd for men.
    const forms = seq % 2 === 1 ? ["男", "M", "1"] : ["女", "F", "2"];
    return {
      身份证号: `${body}${citizenIdCheckChar(body)}`,
      出生日期: birth[written]!,
      性别: forms[sex]!,
    };
  });

const row = fc
  .tuple(
    person,
    fc.record({
      姓名: fc
        .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...GIVEN))
        .map(([s, g]) => s + g),
      联系电话: fc.constantFrom(
        "13991234567",
        "029-88886666",
        "189 8607 2142",
        "江老师 13971986663",
      ),
      与户主关系: fc.constantFrom("户主", "妻", "长子", "女", "父亲", "10", "孙子女"),
      住房性质: fc.constantFrom("自住", "租住", "借住", "公租房"),
      人员类型: fc.constantFrom("户籍", "常住", "流动", "暂住", "外来"),
      家庭人数: fc.constantFrom("1", "3", "五", "4人"),
    }),
  )
  .map(([p, { 姓名, ...rest }]) => ({ 姓名, ...p, ...rest }));

/** Text no converter can read: letters and signs with no digit, word or code of a choice. */
const garbage = fc
  .array(fc.constantFrom(..."#@~^¤§¶qzxjkvw?!"), { minLength: 3, maxLength: 12 })
  .map((cs) => `¤${cs.join("")}`);

describe("garbage in optional cells", () => {
  it("keeps the row, reports each bad cell and merges it with its twin", async () => {
    await fc.assert(
      fc.asyncProperty(
        row,
        fc.subarray(OPTIONAL, { minLength: 1 }),
        fc.array(garbage, { minLength: OPTIONAL.length, maxLength: OPTIONAL.length }),
        async (original, spoilt, junk) => {
          const twin: Record<string, string> = { ...original };
          spoilt.forEach((column, i) => {
            twin[column] = junk[i]!;
          });
          const r = await merge([
            { name: "丈八社区", data: [original] },
            { name: "小寨社区", data: [twin] },
          ]);
          expect(r.summary.map((s) => [s.accepted, s.rejected])).toEqual([
            [1, 0],
            [1, 0],
          ]);
          expect(r.summary[1]!.withheldCells).toBe(spoilt.length);
          const reported = r.issues
            .filter((i) => i.severity === "withheld")
            .map((i) => i.column)
            .sort();
          expect(reported).toEqual([...spoilt].sort());
          expect(r.clusters).toHaveLength(1);
          expect(r.records).toHaveLength(1);
          const held = (r.records[0]!.meta.withheld ?? []).map((w) => w.value).sort();
          expect(held).toEqual(spoilt.map((_, i) => junk[i]!).sort());
        },
      ),
      { seed: 20201223, numRuns: 25 },
    );
  });
});
