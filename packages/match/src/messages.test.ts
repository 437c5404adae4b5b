import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { matchEn } from "./locales/en.js";
import { matchZhCN } from "./locales/zh-CN.js";
import { matchMessage } from "./messages.js";

const holes = (s: string) => templateParams(s).sort();

describe("match messages", () => {
  it("has the same codes and placeholders in zh-CN and en", () => {
    expect(Object.keys(matchZhCN).sort()).toEqual(Object.keys(matchEn).sort());
    for (const [code, en] of Object.entries(matchEn)) {
      const zh = matchZhCN[code as keyof typeof matchEn];
      expect(holes(zh), code).toEqual(holes(en));
      expect(zh, code).toMatch(/\p{Script=Han}/u);
    }
  });

  it("fills placeholders in both languages", () => {
    expect(matchMessage("partial", { got: 2, asked: 5, unit: "盒" })).toEqual({
      "zh-CN": "部分满足 2/5 盒",
      en: "partly met: 2 of 5 盒",
    });
  });
});
