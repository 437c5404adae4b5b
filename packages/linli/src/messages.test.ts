import { templateParams } from "@linli/core";
import { LinliError, linliMessage } from "linli";
import { describe, expect, it } from "vitest";
import { linliEn } from "./locales/en.js";
import { linliZhCN } from "./locales/zh-CN.js";

const holes = (s: string) => templateParams(s);

describe("linli messages", () => {
  it("has the same codes and placeholders in zh-CN and en", () => {
    expect(Object.keys(linliZhCN).sort()).toEqual(Object.keys(linliEn).sort());
    for (const [code, en] of Object.entries(linliEn)) {
      expect(holes(linliZhCN[code as keyof typeof linliEn]), code).toEqual(holes(en));
      expect(linliZhCN[code as keyof typeof linliEn], code).toMatch(/\p{Script=Han}/u);
    }
  });

  it("fills the placeholders in both languages", () => {
    expect(linliMessage("input.notFound", { path: "丈八.csv" })).toEqual({
      "zh-CN": "找不到文件“丈八.csv”。请检查文件名和所在的文件夹。",
      en: "Cannot find the file “丈八.csv”. Check its name and the folder it is in.",
    });
    const e = new LinliError("output.notFolder", { dir: "out" });
    expect(e.message).toBe(e.localized.en);
    expect(e.code).toBe("output.notFolder");
  });
});
