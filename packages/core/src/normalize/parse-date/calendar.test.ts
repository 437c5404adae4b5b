import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilFromDays, daysFromCivil, daysInMonth, formatDate, formatTime } from "./calendar.js";
import { EPOCH_1900, EPOCH_1904 } from "./excel-serial.js";

describe("calendar", () => {
  it("agrees with Date.UTC on days since the epoch, both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => {
        const d = new Date(days * 86_400_000);
        const civil: [number, number, number] = [
          d.getUTCFullYear(),
          d.getUTCMonth() + 1,
          d.getUTCDate(),
        ];
        expect(civilFromDays(days)).toEqual(civil);
        expect(daysFromCivil(civil[0], civil[1], civil[2])).toBe(days);
      }),
    );
  });

  it("knows month lengths, leap years included", () => {
    expect(daysInMonth(1985, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it("formats dates and times with zero padding", () => {
    expect(formatDate(1985, 3, 2)).toBe("1985-03-02");
    expect(formatTime(9, 5, 7, 0)).toBe("09:05:07");
    expect(formatTime(23, 59, 59, 45)).toBe("23:59:59.045");
  });
});

describe("Excel epochs", () => {
  it("are the days from 1970-01-01 to 1899-12-30 and to 1904-01-01", () => {
    expect(EPOCH_1900).toBe(daysFromCivil(1899, 12, 30));
    expect(EPOCH_1904).toBe(daysFromCivil(1904, 1, 1));
  });
});
