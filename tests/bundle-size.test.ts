import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entryPoints, measure, parse, render, TABLE } from "../scripts/docs/bundle-size.js";

// docs/bundle-size.md must describe the code as it is: every entry point listed, each figure
// within 10% (or 0.5 KiB for small ones) of a fresh measurement. `pnpm run size` rewrites it.
const tolerance = (recorded: number) => Math.max(recorded * 0.1, 512);

describe("docs/bundle-size.md", () => {
  it("lists every entry point with its current size", async () => {
    const rows = await measure();
    const table = parse(readFileSync(TABLE, "utf8"));
    expect([...table.keys()].sort(), "entry points; run `pnpm run size`").toEqual(
      entryPoints()
        .map((e) => e.entry)
        .sort(),
    );
    const stale: string[] = [];
    for (const row of rows) {
      const doc = table.get(row.entry)!;
      for (const key of ["bytes", "gzip", "own"] as const) {
        if (Math.abs(row[key] - doc[key]) > tolerance(doc[key]))
          stale.push(`${row.entry} ${key}: table ${doc[key]} B, now ${row[key]} B`);
      }
    }
    expect(stale, "sizes moved; run `pnpm run size` and commit docs/bundle-size.md").toEqual([]);
  }, 120_000);

  it("reads back what it writes", () => {
    const text = render([
      { entry: "@linli/core", platform: "browser", bytes: 2048, gzip: 1024, own: 512 },
    ]);
    expect(parse(text).get("@linli/core")).toEqual({ bytes: 2048, gzip: 1024, own: 512 });
  });
});
