import { comparators, latinSound } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.chineseName", () => {
  const c = comparators.chineseName();
  const cmp = (a: string, b: string) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("sees spaces and traditional characters as variants", () => {
    expect(c.normalize(" 王 伟 ")).toBe("王伟");
    // A name with characters hidden is no name to compare.
    expect(["李**", "张某某", "王XX"].map((n) => c.normalize(n))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
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
  it("reads Latin names by sound: transliterations, first and last names swapped", () => {
    expect(cmp("Mohammed Ali", "Muhammad Ali")).toBe("homophone");
    expect(cmp("Fatima Malik", "Fatema Malik")).toBe("homophone");
    expect(cmp("Zaynab Aziz", "Zeinab Aziz")).toBe("homophone");
    expect(cmp("Ahmed Hamed", "Hamed Ahmed")).toBe("swapped");
    expect(cmp("Ahmed Hamed", "Hamed Ahmad")).toBe("swapped");
    expect(cmp("José Núñez", "Jose Nunez")).toBe("variant");
    expect(cmp("Wei Wang", "王伟")).toBe("swapped");
    // Different people of one family stay different.
    expect(cmp("Ahmad Malik", "Fatima Malik")).toBe("different");
    expect(cmp("Ali Mohammed", "Sedra Mohammed")).toBe("different");
  });
  it("gives term frequencies a key per agreeing level", () => {
    const keys = c.frequencyKeys!;
    const f = (s: string) => c.features(c.normalize(s)!);
    expect(keys.levels).toBe(5);
    expect(keys.at(0, f("張靜"))).toBe("張靜");
    expect(keys.at(1, f("張靜"))).toBe("张静");
    expect(keys.at(2, f("王伟"))).toBe("wangwei");
    expect(keys.at(3, f("王小明"))).toBe("wang ming xiao");
    expect(keys.at(4, f("欧阳娜娜"))).toBe("欧阳");
    expect(keys.at(2, f("Muhammad Ali"))).toBe(keys.at(2, f("Mohamed Aly")));
  });
});

describe("latinSound", () => {
  it("keeps one skeleton across common transliterations", () => {
    for (const group of [
      ["Muhammad", "Mohammed", "Mohamed", "Muhammed"],
      ["Ahmed", "Ahmad"],
      ["Yusuf", "Youssef", "Yousef"],
      ["Hussein", "Husain", "Hussain"],
      ["Nahida", "Nahidah"],
    ]) {
      expect(new Set(group.map(latinSound)).size, group.join()).toBe(1);
    }
    expect(latinSound("Malik")).not.toBe(latinSound("Mahmoud"));
    expect(latinSound("")).toBe("");
  });
});
