import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC, measure, render } from "../scripts/docs/real-files.js";

// docs/real-files.md must say what importing the real files does today: `pnpm run real-files`
// rewrites it.
describe("docs/real-files.md", () => {
  it("is current", async () => {
    const rows = await measure();
    expect(
      readFileSync(DOC, "utf8"),
      "run `pnpm run real-files` and commit docs/real-files.md",
    ).toBe(render(rows));
  }, 120_000);

  it("keeps at least 97% of the non-empty rows of every file read as an entity", async () => {
    const low = (await measure())
      .filter((r) => r.entity && r.kept < 0.97 * r.rowsIn)
      .map((r) => `${r.file}: ${r.kept} of ${r.rowsIn}`);
    expect(low).toEqual([]);
  }, 120_000);

  it("reads the Open Referral package together: services and phones joined, the rest listed", async () => {
    const rows = await measure();
    const of = (f: string) => rows.find((r) => r.file === `openreferral/${f}`)!;
    expect(of("simple_services.csv")).toMatchObject({ hsds: "services", rowsIn: 13, kept: 13 });
    // Four phones join their organisation, location or service (their numbers, written
    // without a country code, withheld in those records); the fifth names a
    // service_at_location the package does not have: kept on its own, the reference withheld.
    expect(of("simple_phones.csv")).toMatchObject({
      hsds: "phones",
      rowsIn: 5,
      kept: 5,
      withheldRows: 5,
      withheldCells: 6,
      rejected: 0,
    });
    const dangling = of("simple_phones.csv").withheld.filter((i) => i.code === "hsds.dangling");
    expect(dangling).toMatchObject([{ row: 6, column: "service_at_location_id" }]);
    for (const r of rows.filter((x) => x.hsds)) {
      expect(r.kept + r.rejected).toBe(r.rowsIn);
      expect(r.rejections.every((i) => i.code === "hsds.dangling")).toBe(true);
    }
  }, 120_000);
});
