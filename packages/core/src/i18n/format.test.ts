import { describe, expect, it } from "vitest";
import { messageCatalogue } from "./catalogue.js";
import { formatMessage, templateParams } from "./format.js";

const rows = "{n, plural, =0 {no rows} one {# row} other {# rows}}";

describe("formatMessage", () => {
  it("agrees a noun with its number by the locale's plural rules", () => {
    expect([0, 1, 2, 1000].map((n) => formatMessage("en", rows, { n }))).toEqual([
      "no rows",
      "1 row",
      "2 rows",
      "1000 rows",
    ]);
    // Chinese has one form: "other" for every number.
    const zh = "{n, plural, one {一个} other {# 行}}";
    expect(formatMessage("zh-CN", zh, { n: 1 })).toBe("1 行");
  });

  it("counts a number formatted for display and shows it as given", () => {
    expect(formatMessage("en", rows, { n: "1,234" })).toBe("1,234 rows");
    expect(formatMessage("en", rows, { n: "1" })).toBe("1 row");
  });

  it("fills placeholders inside a branch", () => {
    const t = "{n, plural, one {# {entity} record} other {# {entity} records}}";
    expect(formatMessage("en", t, { n: 1, entity: { "zh-CN": "居民", en: "resident" } })).toBe(
      "1 resident record",
    );
  });

  it("leaves text in braces, unknown arguments and a plural without a number as they are", () => {
    expect(formatMessage("en", '{"entity", "columns": {header: field}}', {})).toBe(
      '{"entity", "columns": {header: field}}',
    );
    expect(formatMessage("en", "{missing} and " + rows, {})).toBe(`{missing} and ${rows}`);
    expect(formatMessage("en", "{n, plural, one {x}}", { n: 1 })).toBe("{n, plural, one {x}}");
  });

  it("keeps the message on one line when a parameter holds line breaks", () => {
    expect(formatMessage("en", "column “{column}”", { column: "姓名\n(必填)" })).toBe(
      "column “姓名↵(必填)”",
    );
    expect(
      formatMessage("zh-CN", "「{column}」列：{detail}", {
        column: "联系\r\n电话",
        detail: { "zh-CN": "第一行\r第二行", en: "x" },
      }),
    ).toBe("「联系↵电话」列：第一行↵第二行");
    // The template's own line breaks are its layout, and stay.
    expect(formatMessage("en", "Next: {a}\nThen: {b}", { a: "x", b: "y" })).toBe(
      "Next: x\nThen: y",
    );
    const text = messageCatalogue<"f">({
      "zh-CN": { f: (p) => `「${p.column}」` },
      en: { f: (p) => `“${p.column}”` },
    });
    expect(text("f", { column: "姓名\n(必填)" })).toEqual({
      "zh-CN": "「姓名↵(必填)」",
      en: "“姓名↵(必填)”",
    });
  });

  it("is what messageCatalogue renders with", () => {
    const text = messageCatalogue<"w">({
      "zh-CN": { w: "警告 {n} 条" },
      en: { w: "{n, plural, one {# warning} other {# warnings}}" },
    });
    expect(text("w", { n: 1 })).toEqual({ "zh-CN": "警告 1 条", en: "1 warning" });
    expect(text("w", { n: 3 }).en).toBe("3 warnings");
  });
});

describe("templateParams", () => {
  it("names every parameter once, plural arguments included", () => {
    expect(templateParams("{n, plural, one {# {entity}} other {# {entity}s}} in {file}")).toEqual([
      "entity",
      "file",
      "n",
    ]);
    expect(templateParams('{"entity", "columns": {header: field}}')).toEqual([]);
    expect(templateParams("first {rows, plural, one {row} other {# rows}}")).toEqual(["rows"]);
  });
});
