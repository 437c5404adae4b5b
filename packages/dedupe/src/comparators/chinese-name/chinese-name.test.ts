import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.chineseName", () => {
  const c = comparators.chineseName();
  const cmp = (a: string, b: string) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("sees spaces and traditional characters as variants", () => {
    expect(c.normalize(" 王 伟 ")).toBe("王伟");
    expect(cmp("王伟", "王伟")).toBe("exact");
    expect(cmp("張靜", "张静")).toBe("variant");
    expect(cmp("John Smith", "john  smith")).toBe("variant");
  });
  it("finds homophones and pinyin spellings", () => {
    expect(cmp("王伟", "王玮")).toBe("homophone");
    expect(cmp("李明", "李鸣")).toBe("homophone");
    expect(cmp("Wang Wei", "王伟")).toBe("homophone");
  });
  it("finds swapped given-name characters, also with compound surnames", () => {
    expect(cmp("王小明", "王明小")).toBe("swapped");
    expect(cmp("欧阳娜丽", "欧阳丽娜")).toBe("swapped");
    expect(cmp("程妍健", "程建妍")).toBe("swapped");
  });
  it("levels other differences", () => {
    expect(cmp("王小明", "王小")).toBe("one-char");
    expect(cmp("张子涵", "张子轩")).toBe("one-char");
    expect(cmp("王伟", "李娜")).toBe("different");
  });
  it("tells twins with different given names apart from typos", () => {
    expect(c.levels.indexOf(cmp("张子涵", "张子轩")!)).toBeGreaterThan(
      c.levels.indexOf("homophone"),
    );
  });
});
