import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.date", () => {
  const c = comparators.date({ withinDays: [31, 365] });
  const cmp = (a: string, b: string) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("reads many formats into one key", () => {
    expect(c.normalize("1985年3月2日")).toBe("19850302");
    expect(c.normalize("1985/3/2")).toBe("19850302");
    expect(c.normalize("19850302")).toBe("19850302");
    expect(c.normalize("19851302")).toBe("19851302");
    expect(c.normalize("soon")).toBeUndefined();
  });
  it("levels swaps, typos and distance", () => {
    expect(cmp("1985-03-02", "1985年3月2日")).toBe("exact");
    expect(cmp("1985-03-02", "1985-02-03")).toBe("day-month-swap");
    expect(cmp("1985-03-02", "1985-03-12")).toBe("one-digit");
    expect(cmp("1985-03-02", "1985-03-20")).toBe("one-digit");
    expect(cmp("1985-03-02", "1985-03-29")).toBe("within-31d");
    expect(cmp("1985-03-02", "1985-11-29")).toBe("within-365d");
    expect(cmp("1985-03-02", "1990-07-19")).toBe("different");
    expect(cmp("19851302", "19850302")).toBe("one-digit");
    expect(cmp("19851302", "19700101")).toBe("different");
  });
  it("conflicts only for dates years apart beyond two typing errors", () => {
    const conflict = (a: string, b: string) =>
      c.conflict!(c.features(c.normalize(a)!), c.features(c.normalize(b)!));
    expect(conflict("1985-03-02", "1990-07-19")).toBe(true);
    expect(conflict("19851302", "19700101")).toBe(true);
    // A typo each way: 1942-10-12 (day and month swapped) and 1947-12-10 (a year digit).
    expect(conflict("1942-10-12", "1947-12-10")).toBe(false);
    expect(conflict("1985-03-02", "1958-03-02")).toBe(false);
    expect(conflict("1985-03-02", "1985-11-29")).toBe(false);
    expect(conflict("1985-03-02", "1985-03-02")).toBe(false);
  });
  it("compares dates known to the month or the year as far as they are known", () => {
    expect(c.normalize("1991.11")).toBe("199111");
    expect(c.normalize("1991年")).toBe("1991");
    expect(cmp("1991-11", "1991-11-23")).toBe("same-month");
    expect(cmp("1991-11-23", "1991年11月")).toBe("same-month");
    expect(cmp("1991-11", "1991-12-01")).toBe("different");
    expect(cmp("1991-11", "1991-11")).toBe("same-month");
    expect(cmp("1991", "1991-11-23")).toBe("same-year");
    expect(cmp("1991", "1991-11")).toBe("same-year");
    expect(cmp("1991", "1992-01-01")).toBe("different");
    expect(cmp("1991-11", "1992-11")).toBe("different");
    const conflict = (a: string, b: string) =>
      c.conflict!(c.features(c.normalize(a)!), c.features(c.normalize(b)!));
    expect(conflict("1991-11", "1991-11-23")).toBe(false);
    expect(conflict("1991", "1985-03-02")).toBe(true);
    expect(conflict("1991", "1919-03-02")).toBe(false);
  });
});
