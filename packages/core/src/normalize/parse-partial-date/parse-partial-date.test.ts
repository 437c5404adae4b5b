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
  it("reads a two-digit year before 年 as parseDate reads one, with a warning", () => {
    for (const [s, want] of [
      ["85年3月", "1985-03"],
      ["85年03月", "1985-03"],
      ["八五年三月", "1985-03"],
      ["85年", "1985"],
      ["03年5月", "2003-05"],
    ] as const) {
      const r = parsePartialDate(s, { today: "2024-06-01" });
      expect(r.ok && r.value, s).toBe(want);
      expect(r.ok && r.warnings.map((w) => [w.code, w.params?.year]), s).toEqual([
        ["date.centuryAssumed", Number(want.slice(0, 4))],
      ]);
    }
    // Before, "85年3月" was withheld as "not a full date".
    expect(value("85年13月")).toBe("date.month");
    expect(value("30年")).toBe("date.future");
  });
  it("reads full dates as parseDate does", () => {
    expect(value("1991年11月23日")).toBe("1991-11-23");
    expect(value("1991.11.23")).toBe("1991-11-23");
    expect(value("19911123")).toBe("1991-11-23");
    expect(value(33565)).toBe("1991-11-23");
  });
  it("reads six digits as a year and month when they can be one, else as yyMMdd", () => {
    // 850301 was read as year 8503 and withheld as "after today".
    const r = parsePartialDate("850301", { today: "2024-06-01" });
    expect(r.ok && r.value).toBe("1985-03-01");
    expect(r.ok && r.warnings?.map((w) => w.code)).toEqual(["date.centuryAssumed"]);
    expect(r.ok && r.warnings?.[0]?.message["zh-CN"]).toBe(
      "“850301”的年份只有两位，已按 1985 年处理，请核对或写全四位年份",
    );
    expect(value("051203")).toBe("2005-12-03");
    expect(value(850301)).toBe("1985-03-01");
    // Both readings hold: the year and month, and a warning naming the other.
    const both = parsePartialDate("200105", { today: "2024-06-01" });
    expect(both.ok && both.value).toBe("2001-05");
    expect(both.ok && both.warnings?.[0]?.message.en).toBe(
      '"200105" was read as the year and month 2001-05; if it is a date written with a two-digit year (2020-01-05), write the date in full',
    );
    expect(both.ok && both.warnings?.[0]?.message["zh-CN"]).toBe(
      "“200105”已按年月读作 2001-05；如果是两位年份的年月日（2020-01-05），请写全日期",
    );
    // A year and month only: no warning (month 85 is none).
    const plain = parsePartialDate("198503", { today: "2024-06-01" });
    expect(plain.ok && plain.value).toBe("1985-03");
    expect(plain.ok && plain.warnings?.length).toBeFalsy();
    // Neither: the reason that says most.
    expect(value("010229")).toBe("date.invalid");
    expect(value("851301")).toBe("date.future");
    expect(value("123456")).toBe("date.month");
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
    const r = parsePartialDate("851301", { today: "2024-06-01" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.params).toEqual({ value: "851301", read: "8513-01", today: "2024-06-01" });
    expect(r.issues[0]!.message.en).toBe(
      '"851301" reads as 8513-01, after today (2024-06-01); check the year',
    );
    expect(r.issues[0]!.message["zh-CN"]).toBe(
      "“851301”读作 8513-01，晚于今天（2024-06-01），请核对年份",
    );
  });
  it("gives values the schema pattern accepts", () => {
    for (const s of ["1991-11-23", "1991-11", "1991", "2000-02-29"])
      expect(PARTIAL_DATE_PATTERN.test(s), s).toBe(true);
    for (const s of ["1991-13", "1991-02-30", "1900-02-29", "91", "1991-1"])
      expect(PARTIAL_DATE_PATTERN.test(s), s).toBe(false);
  });
});
