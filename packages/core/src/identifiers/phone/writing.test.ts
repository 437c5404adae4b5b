import {
  checkPhone,
  compactPhone,
  PHONE_PATTERN,
  PHONE_WRITING,
  phoneWritingPattern,
} from "@linli/core";
import { describe, expect, it } from "vitest";

describe("PHONE_WRITING", () => {
  it("is what compactPhone drops and checkPhone reads", () => {
    const all = PHONE_WRITING.separators + PHONE_WRITING.spaces;
    expect(compactPhone(`1${[...all].join("3")}8`)).toBe(`1${"3".repeat(all.length - 1)}8`);
    for (const word of PHONE_WRITING.extensions) {
      const r = checkPhone(`029-88886666 ${word} 801`);
      expect(r.ok && r.details?.extension, word).toBe("801");
    }
  });

  it("gives the canonical pattern of the schemas", () => {
    expect(PHONE_PATTERN.source).toBe("^\\+?[0-9]{3,20}$");
  });

  it("writes a pattern XPath's regex() reads as JavaScript does", () => {
    const p = phoneWritingPattern();
    expect(p).not.toMatch(/\\[dDwWsSbBpu]|\(\?|'/);
    expect(new RegExp(p).test("029-8888 6666 转 801")).toBe(true);
    expect(new RegExp(p).test("029-8888 6666 转")).toBe(false);
  });
});
