import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.citizenId", () => {
  const c = comparators.citizenId();
  const id = "11010519491231002X";
  const cmp = (a: string, b: string) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("normalises spacing, case and width", () => {
    expect(c.normalize(" 110105 19491231 002x ")).toBe(id);
    expect(c.normalize("１１０１０５１９４９１２３１００２Ｘ")).toBe(id);
    expect(c.normalize("12")).toBeUndefined();
  });
  it("levels typos", () => {
    expect(cmp(id, id)).toBe("exact");
    expect(cmp(id, "110105194912310021")).toBe("check-char");
    expect(cmp(id, "11010519491231003X")).toBe("one-edit");
    expect(cmp(id, "11010519491213002X")).toBe("one-edit");
    expect(cmp(id, "1101051949123002X")).toBe("one-edit");
    expect(cmp(id, "11010519491231013X")).toBe("two-edits");
    expect(cmp(id, "610113198503021234")).toBe("different");
  });
  it("compares 15-digit IDs with their 18-digit form and never calls them valid", () => {
    expect(c.normalize("110105491231002")).toBe("110105491231002");
    expect(cmp(id, "110105491231002")).toBe("exact");
    expect(cmp(id, "110105491231003")).toBe("one-edit");
    expect(c.isValid?.("110105491231003")).toBe(false);
  });
  it("knows valid IDs for the cannot-link rule", () => {
    expect(c.isValid?.(id)).toBe(true);
    expect(c.isValid?.("11010519491231003X")).toBe(false);
  });
});
