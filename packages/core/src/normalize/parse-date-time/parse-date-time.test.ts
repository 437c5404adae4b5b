import { parseDateTime } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function value(input: string | number, timeZone?: string): string | undefined {
  const r = parseDateTime(input, timeZone === undefined ? {} : { timeZone });
  return r.ok ? r.value : undefined;
}

describe("parseDateTime", () => {
  it.each([
    ["2020/1/5 14:30:21", "2020-01-05T14:30:21+08:00"],
    ["2020/1/5 14:30", "2020-01-05T14:30:00+08:00"],
    ["2020-01-05 09:05:07", "2020-01-05T09:05:07+08:00"],
    ["2020-01-05 14:30:21.5", "2020-01-05T14:30:21.500+08:00"],
    ["2020-01-05 14:30:21,123456", "2020-01-05T14:30:21.123+08:00"],
    ["２０２０/１/５　１４:３０:２１", "2020-01-05T14:30:21+08:00"],
    ["2020/1/5 下午2:30", "2020-01-05T14:30:00+08:00"],
    ["2020/1/5 上午12:15", "2020-01-05T00:15:00+08:00"],
    ["2020/1/5 中午12:00", "2020-01-05T12:00:00+08:00"],
    ["2020/1/5 中午1:00", "2020-01-05T13:00:00+08:00"],
    ["2020/1/5 晚上8:00", "2020-01-05T20:00:00+08:00"],
    ["2020/1/5 下午14:30", "2020-01-05T14:30:00+08:00"],
    ["2020/1/5 2:30 PM", "2020-01-05T14:30:00+08:00"],
    ["2020/1/5 12:30 am", "2020-01-05T00:30:00+08:00"],
    ["2020/1/5 2:30 p.m.", "2020-01-05T14:30:00+08:00"],
    ["2020年1月5日14时30分21秒", "2020-01-05T14:30:21+08:00"],
    ["2020年1月5日 14点30分", "2020-01-05T14:30:00+08:00"],
    ["2020年1月5日 下午2点半", "2020-01-05T14:30:00+08:00"],
    ["2020年1月5日 星期日 14:30", "2020-01-05T14:30:00+08:00"],
    ["20200105 14:30", "2020-01-05T14:30:00+08:00"],
    ["1985年3月2日", "1985-03-02T00:00:00+08:00"],
    ["1985-03-02", "1985-03-02T00:00:00+08:00"],
  ])("%j → %s", (input, expected) => {
    expect(parseDateTime(input)).toEqual({
      ok: true,
      value: expected,
      details: undefined,
      warnings: [],
    });
  });

  it.each([
    ["2020-01-05T06:30:21Z", "2020-01-05T06:30:21Z"],
    ["2020-01-05T06:30:21z", "2020-01-05T06:30:21Z"],
    ["2020-01-05T06:30:21.123Z", "2020-01-05T06:30:21.123Z"],
    ["2020-01-05T14:30:21+08:00", "2020-01-05T14:30:21+08:00"],
    ["2020-01-05T06:30:21-05:00", "2020-01-05T06:30:21-05:00"],
    ["2020-01-05T06:30:21+0530", "2020-01-05T06:30:21+05:30"],
    ["2020-01-05 06:30:21 +8", "2020-01-05T06:30:21+08:00"],
    ["2020-01-05 06:30 UTC", "2020-01-05T06:30:00Z"],
    ["2020-01-05 06:30 GMT+8", "2020-01-05T06:30:00+08:00"],
    ["Sun, 05 Jan 2020 14:30:21 +0800", "2020-01-05T14:30:21+08:00"],
  ])("keeps the offset written in %j → %s", (input, expected) => {
    expect(value(input, "Europe/London")).toBe(expected);
  });

  it.each([
    [43_835, "2020-01-05T00:00:00+08:00"],
    [43_835.5, "2020-01-05T12:00:00+08:00"],
    [43_835.604_166_666_7, "2020-01-05T14:30:00+08:00"],
    [43_835.604_167, "2020-01-05T14:30:00+08:00"],
    [43_835.604_409_722_2, "2020-01-05T14:30:21+08:00"],
    ["43835.75", "2020-01-05T18:00:00+08:00"],
    [43_835.999_999_9, "2020-01-06T00:00:00+08:00"],
  ] as const)("reads Excel serial %j with its fraction → %s", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it("puts times without an offset in options.timeZone", () => {
    expect(value("2020/1/5 14:30", "+05:30")).toBe("2020-01-05T14:30:00+05:30");
    expect(value("2020/1/5 14:30", "-0500")).toBe("2020-01-05T14:30:00-05:00");
    expect(value("2020/1/5 14:30", "Z")).toBe("2020-01-05T14:30:00Z");
    expect(value("2020/1/5 14:30", "UTC")).toBe("2020-01-05T14:30:00Z");
    expect(value("2020/1/5 14:30", "Asia/Shanghai")).toBe("2020-01-05T14:30:00+08:00");
    expect(value("2020/1/5 14:30", "Europe/London")).toBe("2020-01-05T14:30:00+00:00");
    expect(value("2020/7/5 14:30", "Europe/London")).toBe("2020-07-05T14:30:00+01:00");
    expect(value("2020/7/5 14:30", "America/New_York")).toBe("2020-07-05T14:30:00-04:00");
    expect(value(43_835.5, "Europe/London")).toBe("2020-01-05T12:00:00+00:00");
  });

  it("follows the history of IANA zones, including China's 1986–1991 summer time", () => {
    expect(value("1988/7/5 14:30", "Asia/Shanghai")).toBe("1988-07-05T14:30:00+09:00");
    expect(value("1988/1/5 14:30", "Asia/Shanghai")).toBe("1988-01-05T14:30:00+08:00");
  });

  it("settles daylight-saving gaps and overlaps on one offset", () => {
    // 02:30 does not exist on 2021-03-14 in New York; 01:30 happens twice on 2021-11-07.
    expect(value("2021-03-14 02:30", "America/New_York")).toBe("2021-03-14T02:30:00-04:00");
    expect(value("2021-11-07 01:30", "America/New_York")).toBe("2021-11-07T01:30:00-04:00");
  });

  it("throws on an unknown time zone option, which is a programming error", () => {
    expect(() => parseDateTime("2020/1/5", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => parseDateTime("2020/1/5", { timeZone: "+25:00" })).toThrow(RangeError);
  });

  it("passes parseDate options through", () => {
    expect(parseDateTime("02/03/1985 10:00", { order: "dmy" })).toMatchObject({
      ok: true,
      value: "1985-03-02T10:00:00+08:00",
    });
    expect(parseDateTime(42_373.25, { date1904: true })).toMatchObject({
      ok: true,
      value: "2020-01-05T06:00:00+08:00",
    });
    const r = parseDateTime("3月2日 8:00", { today: "2020-06-01" });
    expect(r).toMatchObject({ ok: true, value: "2020-03-02T08:00:00+08:00" });
    if (r.ok) expect(r.warnings.map((w) => w.code)).toEqual(["date.yearAssumed"]);
  });

  it.each([
    ["", "date.empty"],
    ["tomorrow", "date.format"],
    ["2020/1/5 24:00", "date.time"],
    ["2020/1/5 14:30:60", "date.time"],
    ["2020/1/5 上午13:00", "date.time"],
    ["2020/1/5 14:30 +19:00", "date.offset"],
    ["2020/2/30 14:30", "date.invalid"],
    ["02/03/1985 10:00", "date.ambiguous"],
    [60.5, "date.excelLeapDay"],
  ] as const)("%j fails with %s", (input, code) => {
    const r = parseDateTime(input);
    expect(r).toMatchObject({ ok: false, issues: [{ code }] });
    if (!r.ok) {
      expect(r.issues[0]?.message["zh-CN"].length).toBeGreaterThan(0);
      expect(r.issues[0]?.message.en).not.toBe(code);
    }
  });

  it("round-trips ISO 8601 date-times with an offset", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1000-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom("Z", "+08:00", "-05:00", "+05:45"),
        (d, offset) => {
          const iso = d
            .toISOString()
            .replace(/\.000Z$/, "Z")
            .replace(/Z$/, offset);
          expect(value(iso)).toBe(iso);
        },
      ),
    );
  });

  it("round-trips 问卷星-style wall times into +08:00", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-01-01T00:00:00Z"),
          max: new Date("2100-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        (d) => {
          const wall = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, "0")}:${String(d.getUTCSeconds()).padStart(2, "0")}`;
          const expected = `${d.toISOString().slice(0, 19)}+08:00`;
          expect(value(wall)).toBe(expected);
        },
      ),
    );
  });
});
