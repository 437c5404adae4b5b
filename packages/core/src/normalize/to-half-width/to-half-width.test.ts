import { toHalfWidth } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("toHalfWidth", () => {
  it.each([
    ["１２３４５６７８９０", "1234567890"],
    ["ＡＢＣｘｙｚ", "ABCxyz"],
    ["１３８　００１３　８０００", "138 0013 8000"],
    ["（东区）３号楼", "(东区)3号楼"],
    ["ｅｍａｉｌ＠ｅｘａｍｐｌｅ．ｃｏｍ", "email@example.com"],
    ["！～", "!~"],
    ["１９８５－０３－０２", "1985-03-02"],
    ["混合abc１２3", "混合abc123"],
  ])("%s → %s", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it("leaves Chinese punctuation without an ASCII twin alone", () => {
    expect(toHalfWidth("你好，世界。“引号”、顿号")).toBe("你好,世界。“引号”、顿号");
  });

  it("leaves the characters just outside the full-width ASCII block alone", () => {
    // U+FF00 is unassigned, U+FF5F is the full-width white parenthesis, U+FFE5 is ￥.
    expect(toHalfWidth("\uff00\uff5f￥")).toBe("\uff00\uff5f￥");
  });

  it("handles the empty string and strings made only of full-width characters", () => {
    expect(toHalfWidth("")).toBe("");
    expect(toHalfWidth("　")).toBe(" ");
    expect(toHalfWidth("Ｚ")).toBe("Z");
  });

  it("maps the whole block U+FF01–U+FF5E onto U+0021–U+007E", () => {
    for (let code = 0xff01; code <= 0xff5e; code++) {
      expect(toHalfWidth(String.fromCharCode(code))).toBe(String.fromCharCode(code - 0xfee0));
    }
  });

  it("returns the same string when nothing changes", () => {
    const clean = "陕西省西安市雁塔区 3号楼";
    expect(toHalfWidth(clean)).toBe(clean);
  });

  it("is idempotent and leaves no full-width ASCII behind", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = toHalfWidth(s);
        expect(toHalfWidth(once)).toBe(once);
        expect(/[\uff01-\uff5e\u3000]/.test(once)).toBe(false);
        expect(once.length).toBe(s.length);
      }),
    );
  });

  it("changes nothing in strings without full-width characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        fc.pre(!/[\uff01-\uff5e\u3000]/.test(s));
        expect(toHalfWidth(s)).toBe(s);
      }),
    );
  });
});
