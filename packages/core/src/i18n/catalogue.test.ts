import { describe, expect, it } from "vitest";
import { messageCatalogue } from "./catalogue.js";

describe("messageCatalogue", () => {
  const text = messageCatalogue<"a" | "b" | "c">({
    "zh-CN": { a: "第 {row} 行：{field}", b: (p) => `共 ${p.n} 条`, c: "{missing} 未填" },
    en: { a: "Row {row}: {field}", b: (p) => `${p.n} in all`, c: "{missing} left empty" },
  });

  it("fills parameters, giving each locale its own text of a localized one", () => {
    expect(text("a", { row: 3, field: { "zh-CN": "姓名", en: "name" } })).toEqual({
      "zh-CN": "第 3 行：姓名",
      en: "Row 3: name",
    });
  });

  it("passes localized parameters to template functions", () => {
    expect(text("b", { n: 2 })).toEqual({ "zh-CN": "共 2 条", en: "2 in all" });
  });

  it("leaves a placeholder without a parameter as it is", () => {
    expect(text("c").en).toBe("{missing} left empty");
  });

  it("shows the code of a template a catalogue lacks", () => {
    const partial = messageCatalogue<"x">({ "zh-CN": {} as { x: string }, en: { x: "X" } });
    expect(partial("x")).toEqual({ "zh-CN": "x", en: "X" });
  });
});
