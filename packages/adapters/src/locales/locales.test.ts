import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { sourceText } from "./source-text.js";
import { zhCN } from "./zh-CN.js";

describe("adapter messages", () => {
  it("has the same codes in zh-CN and en, each non-empty", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const t of [...Object.values(zhCN), ...Object.values(en)])
      expect(t.length).toBeGreaterThan(0);
  });

  it("uses the same placeholders in both languages", () => {
    const names = (t: string) => templateParams(t);
    for (const k of Object.keys(en) as (keyof typeof en)[])
      expect([k, names(zhCN[k])]).toEqual([k, names(en[k])]);
  });

  it("has no code that nothing emits", () => {
    const all = sourceText();
    expect(Object.keys(en).filter((k) => !all.includes(`"${k}"`))).toEqual([]);
  });
});
