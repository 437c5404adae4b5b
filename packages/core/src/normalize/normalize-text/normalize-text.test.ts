import { normalizeText } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("normalizeText", () => {
  it.each([
    ["　３号楼　　２单元\u200b ", "3号楼 2单元"],
    ["１３８　００１３　８０００", "138 0013 8000"],
    ["\ufeff张三\u00a0", "张三"],
    ["ＪＯＨＮ　ＳＭＩＴＨ", "JOHN SMITH"],
    ["　", ""],
    ["（东区）", "(东区)"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("returns clean input unchanged", () => {
    const clean = "陕西省西安市雁塔区 绿地世纪城";
    expect(normalizeText(clean)).toBe(clean);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});
