import { comparators } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("comparators.geo", () => {
  const c = comparators.geo({ withinMetres: [50, 500] });
  const cmp = (a: unknown, b: unknown) =>
    c.levels[c.compare(c.features(c.normalize(a)!), c.features(c.normalize(b)!))];
  it("levels by distance", () => {
    expect(cmp({ lat: 34.2, lon: 108.9 }, "34.2, 108.9")).toBe("exact");
    expect(cmp({ lat: 34.2, lon: 108.9 }, { lat: 34.2003, lon: 108.9 })).toBe("within-50m");
    expect(cmp({ lat: 34.2, lon: 108.9 }, { lat: 34.203, lon: 108.9 })).toBe("within-500m");
    expect(cmp({ lat: 34.2, lon: 108.9 }, { lat: 34.3, lon: 108.9 })).toBe("different");
  });
  it("treats incomplete coordinates as missing", () => {
    expect(c.normalize({ lat: 34.2 })).toBeUndefined();
    expect(c.normalize("x,y")).toBeUndefined();
  });
});
