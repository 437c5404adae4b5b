import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { validateMergeEn } from "./en/validate-merge.js";
import { vm } from "./validate-merge.js";
import { validateMergeZhCN } from "./zh-CN/validate-merge.js";

const holes = (s: string) => templateParams(s);

describe("validate and merge texts", () => {
  it("have the same codes and placeholders in zh-CN and en", () => {
    expect(Object.keys(validateMergeZhCN).sort()).toEqual(Object.keys(validateMergeEn).sort());
    for (const [code, en] of Object.entries(validateMergeEn)) {
      const zh = validateMergeZhCN[code as keyof typeof validateMergeEn];
      expect(holes(zh), code).toEqual(holes(en));
    }
  });

  it("fill their placeholders", () => {
    expect(vm("err.noFiles", { command: "merge" })["zh-CN"]).toBe(
      "请至少给出一个文件，例如：linli merge 居民登记.xlsx",
    );
    expect(vm("label.import", { file: "a.csv" }).en).toBe("Reading a.csv");
  });
});
