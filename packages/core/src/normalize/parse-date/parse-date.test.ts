import { type ParseDateOptions, parseDate } from "@linli/core";
import { describe, expect, it } from "vitest";

function value(input: string | number, options?: ParseDateOptions): string | undefined {
  const r = parseDate(input, options);
  return r.ok ? r.value : undefined;
}

function codeOf(input: string | number, options?: ParseDateOptions): string | undefined {
  const r = parseDate(input, options);
  return r.ok ? undefined : r.issues[0]?.code;
}

describe("parseDate: accepted formats", () => {
  it.each([
    ["1985-03-02", "1985-03-02"],
    ["1985-3-2", "1985-03-02"],
    ["1985/3/2", "1985-03-02"],
    ["1985/03/02", "1985-03-02"],
    ["1985.3.2", "1985-03-02"],
    ["1985.3.2.", "1985-03-02"],
    ["1985 / 3 / 2", "1985-03-02"],
    ["1985年3月2日", "1985-03-02"],
    ["1985年03月02日", "1985-03-02"],
    ["1985年3月2号", "1985-03-02"],
    ["1985 年 3 月 2 日", "1985-03-02"],
    ["1985年3月2", "1985-03-02"],
    ["19850302", "1985-03-02"],
    ["１９８５－０３－０２", "1985-03-02"],
    ["１９８５年３月２日", "1985-03-02"],
    ["　1985/3/2 ", "1985-03-02"],
    ["一九八五年三月二日", "1985-03-02"],
    ["二〇二〇年十二月三十一日", "2020-12-31"],
    ["二零二零年一月五号", "2020-01-05"],
    ["2020年1月5日 星期日", "2020-01-05"],
    ["2020年1月5日（周日）", "2020-01-05"],
    ["2 Mar 1985", "1985-03-02"],
    ["2-Mar-1985", "1985-03-02"],
    ["02 March 1985", "1985-03-02"],
    ["March 2, 1985", "1985-03-02"],
    ["Mar. 2nd 1985", "1985-03-02"],
    ["Sept 30, 2020", "2020-09-30"],
    ["2000-02-29", "2000-02-29"],
    ["1000-01-01", "1000-01-01"],
    ["9999-12-31", "9999-12-31"],
  ])("%j → %s", (input, expected) => {
    expect(parseDate(input)).toEqual({
      ok: true,
      value: expected,
      details: undefined,
      warnings: [],
    });
  });

  it.each([
    ["2020/1/5 14:30", "2020-01-05"],
    ["2020/1/5 14:30:21", "2020-01-05"],
    ["2020-01-05 14:30:21.123", "2020-01-05"],
    ["2020-01-05T14:30:21Z", "2020-01-05"],
    ["2020-01-05T23:30:00-05:00", "2020-01-05"],
    ["2020/1/5 下午2:30", "2020-01-05"],
    ["2020/1/5 2:30 PM", "2020-01-05"],
    ["2020年1月5日14时30分", "2020-01-05"],
    ["2020年1月5日 14点半", "2020-01-05"],
    ["20200105 14:30", "2020-01-05"],
    ["Sun, 05 Jan 2020 14:30:21 +0800", "2020-01-05"],
  ])("%j (date and time) → %s", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25_569, "1970-01-01"],
    [31_108, "1985-03-02"],
    [43_835, "2020-01-05"],
    [43_835.604_166_666_7, "2020-01-05"],
    ["43835", "2020-01-05"],
    ["４３８３５", "2020-01-05"],
    ["43835.5", "2020-01-05"],
    [2_958_465, "9999-12-31"],
    [19_850_302, "1985-03-02"],
  ] as const)("Excel serial %j → %s", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it("reads the 1904 date system", () => {
    expect(value(0, { date1904: true })).toBe("1904-01-01");
    expect(value(1, { date1904: true })).toBe("1904-01-02");
    expect(value(42_373, { date1904: true })).toBe("2020-01-05");
    expect(value("42373", { date1904: true })).toBe("2020-01-05");
  });

  it("reads five-digit text as a date only when excelSerial is on", () => {
    expect(value("43835", { excelSerial: false })).toBeUndefined();
    expect(codeOf(43_835, { excelSerial: false })).toBe("date.format");
    expect(value(19_850_302, { excelSerial: false })).toBe("1985-03-02");
  });
});

describe("parseDate: day/month order", () => {
  it("reads year-last dates when a value above 12 settles the order", () => {
    expect(value("13/03/1985")).toBe("1985-03-13");
    expect(value("03/13/1985")).toBe("1985-03-13");
    expect(value("03/03/1985")).toBe("1985-03-03");
  });

  it("fails with date.ambiguous when neither the text nor the options settle it", () => {
    const r = parseDate("02/03/1985");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({
      code: "date.ambiguous",
      severity: "error",
      params: { value: "02/03/1985", first: "1985-03-02", second: "1985-02-03" },
    });
    expect(r.issues[0]?.message["zh-CN"]).toBe(
      "“02/03/1985”既可理解为 1985-03-02，也可理解为 1985-02-03；请把年份写在前面（如 1985-03-02），或指定日期顺序",
    );
    expect(r.issues[0]?.message.en).toBe(
      '"02/03/1985" can be read as 1985-03-02 or as 1985-02-03; write the year first (e.g. 1985-03-02) or set the date order',
    );
  });

  it("follows options.order", () => {
    expect(value("02/03/1985", { order: "dmy" })).toBe("1985-03-02");
    expect(value("02/03/1985", { order: "mdy" })).toBe("1985-02-03");
    expect(codeOf("13/03/1985", { order: "mdy" })).toBe("date.month");
    expect(codeOf("02/30/1985", { order: "mdy" })).toBe("date.invalid");
    // A four-digit year written first is year-month-day whatever the order says.
    expect(value("1985-03-02", { order: "dmy" })).toBe("1985-03-02");
    expect(value("1985-03-02", { order: "mdy" })).toBe("1985-03-02");
  });

  it("reads all-two-digit dates by order or by a value above 31", () => {
    const today = "2025-06-01";
    expect(value("85-3-2", { today })).toBe("1985-03-02");
    expect(value("2/3/85", { today })).toBeUndefined();
    expect(codeOf("2/3/85", { today })).toBe("date.ambiguous");
    expect(value("2/3/85", { today, order: "dmy" })).toBe("1985-03-02");
    expect(value("3/2/85", { today, order: "mdy" })).toBe("1985-03-02");
    expect(value("13/3/85", { today })).toBe("1985-03-13");
    expect(value("05/03/02", { today, order: "ymd" })).toBe("2005-03-02");
    expect(codeOf("05/03/02", { today })).toBe("date.ambiguous");
  });
});

describe("parseDate: assumptions reported as warnings", () => {
  it("puts two-digit years within 89 years before and 10 after today", () => {
    const today = "2025-06-01";
    const r = parseDate("85-3-2", { today });
    expect(r).toMatchObject({ ok: true, value: "1985-03-02" });
    if (!r.ok) return;
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      code: "date.centuryAssumed",
      severity: "warning",
      params: { value: "85-3-2", year: 1985 },
    });
    expect(r.warnings[0]?.message["zh-CN"]).toBe(
      "“85-3-2”的年份只有两位，已按 1985 年处理，请核对或写全四位年份",
    );
    expect(value("35-1-1", { today })).toBe("2035-01-01");
    expect(value("36-1-1", { today })).toBe("1936-01-01");
    expect(value("85年3月2日", { today })).toBe("1985-03-02");
    expect(value("2 Mar 85", { today })).toBe("1985-03-02");
  });

  it("reads six digits as a date with a two-digit year, in the order given", () => {
    const today = "2025-06-01";
    const r = parseDate("850302", { today });
    expect(r).toMatchObject({ ok: true, value: "1985-03-02" });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(["date.centuryAssumed"]);
    expect(value("020385", { today, order: "dmy" })).toBe("1985-03-02");
    expect(value("030285", { today, order: "mdy" })).toBe("1985-03-02");
    // No month 85: a year and month, not a date (as before).
    expect(codeOf("198503", { today })).toBe("date.format");
    expect(codeOf("010229", { today })).toBe("date.invalid");
    // A number stays an Excel serial.
    expect(value(31108, { today })).toBe("1985-03-02");
  });

  it("takes the year from today when a date has none", () => {
    const r = parseDate("3月2日", { today: "2020-01-05" });
    expect(r).toMatchObject({ ok: true, value: "2020-03-02" });
    if (!r.ok) return;
    expect(r.warnings[0]).toMatchObject({ code: "date.yearAssumed", params: { year: 2020 } });
    expect(r.warnings[0]?.message.en).toBe(
      '"3月2日" has no year; read as 2020. Check it, or write the year',
    );
    expect(value("3/2", { today: "2020-01-05" })).toBe("2020-03-02");
    expect(value("3/2", { today: "2020-01-05", order: "dmy" })).toBe("2020-02-03");
    expect(value("十二月三十一日", { today: "2020-01-05" })).toBe("2020-12-31");
  });

  it("uses the current year when today is not given", () => {
    expect(value("3月2日")).toBe(`${new Date().getFullYear()}-03-02`);
  });

  it("rejects a malformed today option as a programming error", () => {
    expect(() => parseDate("3月2日", { today: "2020/1/5" })).toThrow(RangeError);
  });
});

describe("parseDate: rejections say why", () => {
  it("rejects impossible days with the month length", () => {
    const r = parseDate("1985-02-30");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "date.invalid",
      params: { value: "1985-02-30", year: 1985, month: 2, day: 30, days: 28 },
    });
    expect(r.issues[0]?.message["zh-CN"]).toBe(
      "“1985-02-30”不是真实存在的日期：1985年2月只有 28 天，填写的却是 30 日",
    );
    expect(r.issues[0]?.message.en).toBe(
      '"1985-02-30" is not a real date: month 2 of 1985 has 28 days, but the day is 30',
    );
  });

  it.each([
    ["1985-02-29", "date.invalid"],
    ["1900-02-29", "date.invalid"],
    ["2023-04-31", "date.invalid"],
    ["1985-03-00", "date.invalid"],
    ["1985年2月30日", "date.invalid"],
    ["19850230", "date.invalid"],
    ["1985-13-01", "date.month"],
    ["1985-00-10", "date.month"],
    ["1985年13月1日", "date.month"],
    ["0985-03-02", "date.year"],
    ["", "date.empty"],
    ["   ", "date.empty"],
    ["abc", "date.format"],
    ["1985-3/2", "date.format"],
    ["13812345678", "date.format"],
    ["2020-1-5 abc", "date.format"],
    ["1985/3/2/1", "date.format"],
    ["123/4/5", "date.format"],
    ["1985年3月", "date.incomplete"],
    ["1985年", "date.incomplete"],
    ["3月", "date.incomplete"],
    ["1985", "date.incomplete"],
    ["1985-03", "date.incomplete"],
    ["03/1985", "date.incomplete"],
    ["2020/1/5 25:00", "date.time"],
    ["2020/1/5 14:60", "date.time"],
    ["2020/1/5 上午13:00", "date.time"],
    ["2020/1/5 14:30 +25:00", "date.offset"],
    [60, "date.excelLeapDay"],
    ["00060", "date.excelLeapDay"],
    [0, "date.serialRange"],
    [-1, "date.serialRange"],
    [2_958_466, "date.serialRange"],
    [Number.NaN, "date.format"],
    [Number.POSITIVE_INFINITY, "date.format"],
  ] as const)("%j fails with %s", (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it("explains Excel's invented 1900-02-29", () => {
    const r = parseDate(60);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.message["zh-CN"]).toContain("1900-02-29");
    expect(r.issues[0]?.message.en).toContain("never existed");
  });

  it("gives the range of Excel serials", () => {
    const r = parseDate(-3, { date1904: true });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: "date.serialRange", params: { value: "-3", min: 0, max: 2_957_003 } }],
    });
  });

  it("names the bad part of a time", () => {
    const bad = parseDate("2020/1/5 25:00");
    if (!bad.ok) expect(bad.issues[0]?.params).toEqual({ value: "2020/1/5 25:00", time: "25:00" });
    const offset = parseDate("2020/1/5 14:30 +25:00");
    if (!offset.ok) expect(offset.issues[0]?.message.en).toContain('"+25:00"');
    expect(bad.ok || offset.ok).toBe(false);
  });
});
