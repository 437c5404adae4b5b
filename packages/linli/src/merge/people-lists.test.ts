import { fileURLToPath } from "node:url";
import { merge } from "linli/node";
import { describe, expect, it } from "vitest";

// Two organisations' person lists from the Sahana Eden demo data: the same nine refugees
// (Latin names, sex and date of birth; no ID, no phone), three of them of one family.
const sahana = (name: string) =>
  fileURLToPath(new URL(`../../../../fixtures/realworld/sahana-eden/${name}`, import.meta.url));

describe("people with little to go on", () => {
  it("finds every person the two organisations share and fuses no two", async () => {
    const r = await merge([
      sahana("BRCMS_Standard_Demo_person.csv"),
      sahana("historic_DRKCM_Demo_person.csv"),
    ]);
    expect(r.summary.map((s) => s.accepted)).toEqual([9, 9]);
    // Both lists hold the same people in the same order: row k of one is row k of the other.
    expect(r.clusters.map((c) => c.rows.map((x) => x.row))).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => [k, k]),
    );
    expect(r.clusters.every((c) => new Set(c.rows.map((x) => x.source)).size === 2)).toBe(true);
  });
});
