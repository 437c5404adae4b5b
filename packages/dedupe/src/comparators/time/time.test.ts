import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.time", () => {
  const c = comparators.time();
  const f = (v: unknown) => c.features(c.normalize(v)!);
  const level = (a: unknown, b: unknown) => c.levels[c.compare(f(a), f(b))];

  it("reads times in many formats, China time by default, to the minute", () => {
    expect(c.levels).toEqual(["exact", "within-1h", "within-24h", "within-72h", "different"]);
    expect(level("2022/1/5 14:30", "2022-01-05T14:30:59+08:00")).toBe("exact");
    expect(level("2022/1/5 14:30", "2022-01-05T06:30:00Z")).toBe("exact");
    expect(level("2022/1/5 14:30", "2022-01-05T15:10:00+08:00")).toBe("within-1h");
    expect(level("2022-01-05 09:00", "2022-01-05 20:00")).toBe("within-24h");
    expect(level("2022-01-05 09:00", "2022-01-07 09:00")).toBe("within-72h");
    expect(level("2022-01-05 09:00", "2022-01-20 09:00")).toBe("different");
    expect(c.normalize("not a time")).toBeUndefined();
    expect(c.normalize("")).toBeUndefined();
  });

  it("takes its own levels and zone; its m sums to 1", () => {
    const utc = comparators.time({ withinHours: [6], timeZone: "+00:00" });
    expect(utc.levels).toEqual(["exact", "within-6h", "different"]);
    expect(utc.normalize("2022-01-05 08:00")).toBe(
      comparators.time().normalize("2022-01-05 16:00"),
    );
    for (const k of [c, utc]) expect(k.m!.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
  });
});
