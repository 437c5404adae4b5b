import { PARTIAL_DATE_PATTERN, parsePartialDate } from "@linli/core";
import { describe, expect, it } from "vitest";

const value = (s: string | number) => {
  const r = parsePartialDate(s, { today: "2024-06-01" });
  return r.ok ? r.value : r.issues[0]!.code;
};

describe("parsePartialDate", () => {
  it("keeps dates known to the month or the year at that precision", () => {
    for (const s of [
      "1991.11",
      "1991/11",
      "1991-11",
      "199111",
      "11/1991",
      "1991年11月",
      "1991年11月份",
    ])
      expect(value(s), s).toBe("1991-11");
    expect(value("一九九一年十一月")).toBe("1991-11");
    expect(value("Nov 1991")).toBe("1991-11");
    expect(value("November, 1991")).toBe("1991-11");
    expect(value("1991 Nov")).toBe("1991-11");
    expect(value("1991")).toBe("1991");
    expect(value("1991年")).toBe("1991");
    expect(value(1991)).toBe("1991");
    expect(value(199111)).toBe("1991-11");
  });
  it("reads full dates as parseDate does", () => {
    expect(value("1991年11月23日")).toBe("1991-11-23");
    expect(value("1991.11.23")).toBe("1991-11-23");
    expect(value("19911123")).toBe("1991-11-23");
    expect(value(33565)).toBe("1991-11-23");
  });
  it("says why a value is not a date", () => {
    expect(value("1991.13")).toBe("date.month");
    expect(value("199113")).toBe("date.month");
    expect(value("Foo 1991")).toBe("date.format");
    expect(value("2031")).toBe("date.future");
    expect(value("2024-07")).toBe("date.future");
    expect(value("2024-06")).toBe("2024-06");
    expect(value("soon")).toBe("date.format");
  });
  it("says how a date after today was read, so that six digits read as year and month show it", () => {
    const r = parsePartialDate("850301", { today: "2024-06-01" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.params).toEqual({ value: "850301", read: "8503-01", today: "2024-06-01" });
    expect(r.issues[0]!.message.en).toBe(
      '"850301" reads as 8503-01, after today (2024-06-01); check the year',
    );
    expect(r.issues[0]!.message["zh-CN"]).toBe(
      "“850301”读作 8503-01，晚于今天（2024-06-01），请核对年份",
    );
  });
  it("gives values the schema pattern accepts", () => {
    for (const s of ["1991-11-23", "1991-11", "1991", "2000-02-29"])
      expect(PARTIAL_DATE_PATTERN.test(s), s).toBe(true);
    for (const s of ["1991-13", "1991-02-30", "1900-02-29", "91", "1991-1"])
      expect(PARTIAL_DATE_PATTERN.test(s), s).toBe(false);
  });
});
