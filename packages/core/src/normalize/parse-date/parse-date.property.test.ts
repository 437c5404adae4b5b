import { parseDate } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const DAY = 86_400_000;
const CN_DIGITS = "〇一二三四五六七八九";

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly iso: string;
  readonly utc: number;
}

/** Any real date between two years, built from Date so it is independent of the parser. */
const date = (from: number, to: number) =>
  fc.integer({ min: Date.UTC(from, 0, 1) / DAY, max: Date.UTC(to, 11, 31) / DAY }).map((days) => {
    const t = new Date(days * DAY);
    return {
      y: t.getUTCFullYear(),
      m: t.getUTCMonth() + 1,
      d: t.getUTCDate(),
      iso: t.toISOString().slice(0, 10),
      utc: days * DAY,
    } satisfies Ymd;
  });

const p2 = (n: number) => String(n).padStart(2, "0");
const fullWidth = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Chinese as it is spoken: 12 → 十二, 21 → 二十一, 30 → 三十. */
const spoken = (n: number) =>
  n < 10
    ? CN_DIGITS.charAt(n)
    : `${n >= 20 ? CN_DIGITS.charAt(Math.floor(n / 10)) : ""}十${n % 10 ? CN_DIGITS.charAt(n % 10) : ""}`;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const FORMATS: readonly ((x: Ymd) => string)[] = [
  (x) => x.iso,
  (x) => `${x.y}/${x.m}/${x.d}`,
  (x) => `${x.y}/${p2(x.m)}/${p2(x.d)}`,
  (x) => `${x.y}-${x.m}-${x.d}`,
  (x) => `${x.y}.${x.m}.${x.d}`,
  (x) => `${x.y}年${x.m}月${x.d}日`,
  (x) => `${x.y}年${p2(x.m)}月${p2(x.d)}日`,
  (x) => `${x.y}年${x.m}月${x.d}号`,
  (x) => `${x.y}${p2(x.m)}${p2(x.d)}`,
  (x) => fullWidth(x.iso),
  (x) => fullWidth(`${x.y}年${x.m}月${x.d}日`),
  (x) => `${x.y}/${x.m}/${x.d} 14:30`,
  (x) => `${x.y}/${x.m}/${x.d} 14:30:21`,
  (x) => `${x.iso}T08:15:00Z`,
  (x) => `${x.iso}T23:59:59.999+05:30`,
  (x) => `${x.y}年${x.m}月${x.d}日 9时5分`,
  (x) =>
    `${[...String(x.y)].map((c) => CN_DIGITS.charAt(Number(c))).join("")}年${spoken(x.m)}月${spoken(x.d)}日`,
  (x) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`,
  (x) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
  (x) => ` ${x.y}/${x.m}/${x.d}\u3000`,
];

describe("parseDate round-trips every valid date", () => {
  it("in every accepted text format", () => {
    fc.assert(
      fc.property(date(1000, 9999), fc.constantFrom(...FORMATS), (x, format) => {
        expect(parseDate(format(x))).toMatchObject({ ok: true, value: x.iso, warnings: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it("written year-last with the date order given", () => {
    fc.assert(
      fc.property(date(1000, 9999), (x) => {
        expect(parseDate(`${p2(x.d)}/${p2(x.m)}/${x.y}`, { order: "dmy" })).toMatchObject({
          ok: true,
          value: x.iso,
        });
        expect(parseDate(`${x.m}/${x.d}/${x.y}`, { order: "mdy" })).toMatchObject({
          ok: true,
          value: x.iso,
        });
      }),
    );
  });

  it("as an Excel serial in the 1900 system, number or text, with or without a time", () => {
    fc.assert(
      fc.property(date(1900, 9999), fc.double({ min: 0, max: 0.99, noNaN: true }), (x, frac) => {
        // Excel counts the fictitious 1900-02-29, so dates before March 1900 are one lower.
        const base = x.utc < Date.UTC(1900, 2, 1) ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
        const serial = (x.utc - base) / DAY;
        expect(parseDate(serial)).toMatchObject({ ok: true, value: x.iso });
        expect(parseDate(serial + Math.min(frac, 0.99998))).toMatchObject({
          ok: true,
          value: x.iso,
        });
        if (serial >= 10_000 && serial <= 99_999) {
          expect(parseDate(String(serial))).toMatchObject({ ok: true, value: x.iso });
        }
      }),
    );
  });

  it("as an Excel serial in the 1904 system", () => {
    fc.assert(
      fc.property(date(1904, 9999), (x) => {
        const serial = (x.utc - Date.UTC(1904, 0, 1)) / DAY;
        expect(parseDate(serial, { date1904: true })).toMatchObject({ ok: true, value: x.iso });
      }),
    );
  });

  it("and rejects every impossible day of a real month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const r = parseDate(`${y}-${p2(m)}-${p2(length + 1)}`);
        expect(r).toMatchObject({
          ok: false,
          issues: [{ code: "date.invalid", params: { days: length, day: length + 1 } }],
        });
      }),
    );
  });
});
