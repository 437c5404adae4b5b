import { comparators, dedupe, explainPair, levelLabel } from "@linli/dedupe";
import { describe, expect, it } from "vitest";
import { SAME_PERSON_TWICE } from "../testing/people.js";

describe("levelLabel", () => {
  it("names every built-in level in both locales", () => {
    const parts = ["place", "kind", "number", "branch", "proper"] as const;
    const all = [
      ...Object.values(comparators).flatMap((make) =>
        make === comparators.orgNamePart
          ? []
          : (make as () => { levels: readonly string[] })().levels,
      ),
      ...parts.flatMap((p) => comparators.orgNamePart(p).levels),
    ];
    // Every built-in level has a Chinese label, so none falls through unchanged.
    for (const level of [...new Set(all), "missing"]) {
      expect(levelLabel(level, "zh-CN"), level).toMatch(/\p{Script=Han}/u);
      expect(levelLabel(level, "en"), level).toMatch(/^[\w ,.()≥-]+$/);
    }
    expect(levelLabel("within-31d", "en")).toBe("within 31 days");
    expect(levelLabel("jw>=0.92", "zh-CN")).toBe("相似度 ≥ 0.92");
    expect(levelLabel("my-level", "en")).toBe("my-level");
  });
});

describe("explainPair", () => {
  it("says why, strongest evidence first, without missing fields", () => {
    const { pairs } = dedupe(SAME_PERSON_TWICE);
    const zh = explainPair(pairs[0]!, "zh-CN");
    expect(zh).toMatch(/^匹配概率 [01]\.\d{3}/);
    expect(zh).toContain("姓名 繁简或空格不同");
    expect(zh).not.toContain("身份证号");
    expect(explainPair(pairs[0]!, "en")).toContain("birth date exact");
  });

  it("says why a pair that scored as a match was kept apart", () => {
    // Twins: alike in all but two different valid citizen IDs (as in the dedupe guide).
    const pair = {
      a: 0,
      b: 1,
      weight: 12.6,
      probability: 0.9996,
      match: false,
      household: true,
      keptApart: "cannot-link" as const,
      explanation: [
        { field: "birthDate", level: "exact", weight: 9.7 },
        { field: "citizenId", level: "different", weight: -5.7 },
      ],
    };
    expect(explainPair(pair, "en")).toBe(
      "match probability 1.000, same household: birth date exact (+9.7); citizen ID different (-5.7); kept apart all the same: one of them would bring two different valid IDs into one person",
    );
    expect(explainPair(pair, "zh-CN")).toMatch(
      /；但仍分开：合并会让同一个人有两个不同的有效证件号$/,
    );
    expect(explainPair({ ...pair, keptApart: "chain" as const }, "en")).toMatch(
      /kept apart all the same: joining them would join rows that clearly are different people$/,
    );
    expect(explainPair({ ...pair, keptApart: undefined }, "en")).not.toContain("kept apart");
  });
});
