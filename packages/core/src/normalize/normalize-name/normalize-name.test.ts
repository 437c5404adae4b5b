import { normalizeName } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("normalizeName", () => {
  it.each([
    ["王伟", "王伟"],
    ["王 伟", "王伟"],
    [" 王　伟 ", "王伟"],
    ["王  小 明", "王小明"],
    ["欧阳 娜娜", "欧阳娜娜"],
    ["张\u200b三", "张三"],
    ["买买提·艾力", "买买提·艾力"],
    ["买买提 · 艾力", "买买提·艾力"],
    ["买买提•艾力", "买买提·艾力"],
    ["买买提‧艾力", "买买提·艾力"],
    ["买买提・艾力", "买买提·艾力"],
    ["买买提･艾力", "买买提·艾力"],
    ["买买提∙艾力", "买买提·艾力"],
    ["买买提.艾力", "买买提·艾力"],
    ["买买提 . 艾力", "买买提·艾力"],
    ["买买提．艾力", "买买提·艾力"],
    ["买买提··艾力", "买买提·艾力"],
    ["阿卜杜拉·买买提·艾力", "阿卜杜拉·买买提·艾力"],
    ["次仁 · 多吉", "次仁·多吉"],
    ["John  Smith", "John Smith"],
    ["ＪＯＨＮ　ＳＭＩＴＨ", "JOHN SMITH"],
    ["Jean-Paul Sartre", "Jean-Paul Sartre"],
    ["J. R. R. Tolkien", "J. R. R. Tolkien"],
    ["王 John", "王 John"],
    ["Mary 李", "Mary 李"],
    ["𠮷 野", "𠮷野"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it("is idempotent", () => {
    const pieces = fc.constantFrom(
      "王",
      "伟",
      "欧阳",
      "𠮷",
      "John",
      "Smith",
      " ",
      "  ",
      "\u3000",
      "\u200b",
      ".",
      "·",
      "•",
      "・",
      "･",
      "-",
      "Ａ",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const once = normalizeName(parts.join(""));
        expect(normalizeName(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
      }),
    );
  });

  it("never leaves a space between two Chinese characters nor a space next to a dot", () => {
    const pieces = fc.constantFrom("王", "伟", "娜", " ", "·", "•", "Li", ".");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const out = normalizeName(parts.join(""));
        expect(/\p{Script=Han} \p{Script=Han}/u.test(out)).toBe(false);
        expect(/ ·|· /.test(out)).toBe(false);
      }),
    );
  });
});
