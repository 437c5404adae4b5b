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
});
