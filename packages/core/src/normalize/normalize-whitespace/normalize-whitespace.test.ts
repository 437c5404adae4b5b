import { normalizeWhitespace } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("normalizeWhitespace", () => {
  it.each([
    ["  张三  ", "张三"],
    ["张三 \t\n 李四", "张三 李四"],
    ["John\u00a0\u00a0Smith", "John Smith"],
    ["陕西省\u3000西安市", "陕西省 西安市"],
    ["张\u200b三", "张三"],
    ["\ufeff绿地世纪城", "绿地世纪城"],
    ["a\u2060b\u200c\u200dc", "abc"],
    ["a \u200b b", "a b"],
    ["a\u200b \u200bb", "a b"],
    ["line1\r\nline2", "line1 line2"],
    ["\u2003em\u2009thin\u202fnarrow\u205fmath\u1680ogham", "em thin narrow math ogham"],
    ["\u2028a\u2029", "a"],
    [" x", "x"],
    ["x ", "x"],
    ["   ", ""],
    ["\u200b", ""],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });

  it("keeps single inner spaces and non-space characters as they are", () => {
    const clean = "3号楼 2单元 301 (东户)";
    expect(normalizeWhitespace(clean)).toBe(clean);
  });

  it("matches trim + collapse + zero-width removal on any input", () => {
    const pieces = fc.constantFrom(
      "a",
      "张",
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "\u3000",
      "\u200b",
      "\ufeff",
      "\u2060",
      "😀",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const s = parts.join("");
        const expected = s
          .replace(/[\u200b-\u200d\ufeff\u2060]/g, "")
          .replace(/\s+/g, " ")
          .trim();
        expect(normalizeWhitespace(s)).toBe(expected);
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalizeWhitespace(s);
        expect(normalizeWhitespace(once)).toBe(once);
      }),
    );
  });
});
