import { checkDivisionCode } from "@linli/core/divisions";
import { describe, expect, it } from "vitest";

const codes = (r: ReturnType<typeof checkDivisionCode>) =>
  r.ok ? [] : r.issues.map((i) => i.code);

describe("checkDivisionCode", () => {
  it("accepts a county-level code and returns its division", () => {
    expect(checkDivisionCode("610113")).toMatchObject({
      ok: true,
      value: "610113",
      warnings: [],
      details: { name: "雁塔区", fullName: "陕西省西安市雁塔区" },
    });
  });

  it("accepts township (9) and village (12) statistics codes by their first 6 digits", () => {
    expect(checkDivisionCode("610113001")).toMatchObject({
      ok: true,
      value: "610113001",
      details: { code: "610113" },
    });
    expect(checkDivisionCode(" 610113 001 001 ")).toMatchObject({
      ok: true,
      value: "610113001001",
      details: { code: "610113" },
    });
    expect(checkDivisionCode("６１０１１３")).toMatchObject({ ok: true, value: "610113" });
  });

  it.each(["", "61011", "6101130", "61011300", "6101130010", "610113001001001", "61O113", "陕西"])(
    "rejects the shape of %j",
    (input) => {
      expect(codes(checkDivisionCode(input))).toEqual(["division.format"]);
    },
  );

  it.each(["610199", "999999", "610199001", "999999001001"])(
    "rejects the unknown code %s",
    (input) => {
      const r = checkDivisionCode(input);
      expect(codes(r)).toEqual(["division.unknown"]);
      expect(!r.ok && r.issues[0]?.params).toEqual({ code: input.slice(0, 6) });
    },
  );

  it("explains the problem in both languages", () => {
    const r = checkDivisionCode("610199");
    expect(!r.ok && r.issues[0]?.message).toEqual({
      "zh-CN": "找不到代码为 610199 的县级及以上行政区划，请核对",
      en: "There is no county-level or higher administrative division with code 610199",
    });
  });
});
