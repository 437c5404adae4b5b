import { describe, expect, it } from "vitest";
import { importFile } from "../import/import-file.js";

describe("a pair of cells withheld together", () => {
  it("keeps the row when the latitude is out of range: both coordinates withheld", async () => {
    const csv = "name,latitude,longitude\nDepot,100,101\n";
    const { records, summary } = await importFile(new TextEncoder().encode(csv), {
      entity: "location",
      fileName: "depots.csv",
    });
    expect(summary).toMatchObject({ accepted: 1, rejected: 0, withheldCells: 2 });
    expect(records[0]!.meta.withheld?.map((w) => w.column)).toEqual(["latitude", "longitude"]);
    expect(records[0]!.geo).toBeUndefined();
  });
});
