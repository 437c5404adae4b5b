import { describe, expect, it } from "vitest";
import { closest } from "./suggest.js";

describe("closest", () => {
  it("finds a candidate a few edits away, including swapped letters", () => {
    expect(closest("valdate", ["validate", "merge", "convert"])).toBe("validate");
    expect(closest("mrege", ["validate", "merge", "convert"])).toBe("merge");
    expect(closest("ENTITY", ["entity", "mapping"])).toBe("entity");
    expect(closest("secret_file", ["secret-file", "sheet"])).toBe("secret-file");
  });

  it("finds the only candidate a prefix stands for, or the word a candidate starts", () => {
    expect(closest("thresh", ["threshold", "entity"])).toBe("threshold");
    expect(closest("most-recentt", ["most-recent", "most-frequent"])).toBe("most-recent");
    expect(closest("most", ["most-recent", "most-frequent"])).toBeUndefined();
  });

  it("suggests nothing when nothing is close", () => {
    expect(closest("best", ["most-frequent", "most-recent", "source-priority"])).toBeUndefined();
    expect(closest("x", ["json", "lang"])).toBeUndefined();
    expect(closest("", ["json"])).toBeUndefined();
  });
});
