import { comparators, dedupe, explainPair, levelLabel } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("levelLabel", () => {
  it("names every built-in level in both locales", () => {
    const all = Object.values(comparators).flatMap(
      (make) => (make as () => { levels: readonly string[] })().levels,
    );
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
    const { pairs } = dedupe([
      {
        name: "张静",
        birthDate: "1985-03-02",
        gender: "female",
        phones: [{ number: "13800138000" }],
      },
      {
        name: "張靜",
        birthDate: "1985年3月2日",
        gender: "female",
        phones: [{ number: "138 0013 8000" }],
      },
      {
        name: "李娜",
        birthDate: "1990-07-19",
        gender: "female",
        phones: [{ number: "13912345678" }],
      },
    ]);
    const zh = explainPair(pairs[0]!, "zh-CN");
    expect(zh).toMatch(/^匹配概率 0\.\d{3}/);
    expect(zh).toContain("姓名 繁简或空格不同");
    expect(zh).not.toContain("身份证号");
    expect(explainPair(pairs[0]!, "en")).toContain("birth date exact");
  });
});
