import { importOdkExport } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { koboCsvFiles } from "./kobo-fixture.js";

// The join at a size where a scan per row would show; its speed at 100k is in bench/odk.
describe("importOdkExport at scale", () => {
  it("joins 5,000 CSV submissions and their members, in scrambled order, each to its own", async () => {
    const kobo = koboCsvFiles(5_000);
    const r = await importOdkExport(kobo.files, { entity: "resident" });
    expect(r.rejected).toEqual([]);
    expect(r.issues).toEqual([]);
    expect(r.records).toHaveLength(5_000);
    expect(r.summary.repeats).toEqual([
      {
        sheet: "居民登记-members",
        file: "居民登记-members.csv",
        field: "household.members",
        rows: kobo.memberRows,
        joined: kobo.memberRows,
        orphans: 0,
        left: 0,
      },
    ]);
    let members = 0;
    r.records.forEach((x, n) => {
      const i = n + 1;
      expect(x.name).toBe(`居民${i}`);
      const names = (x.household?.members ?? []).map((m) => m.name);
      // Members come in the order of their rows in the file, scrambled; each is its parent's.
      expect([...names].sort()).toEqual(Array.from({ length: i % 4 }, (_, k) => `同住${i}-${k}`));
      members += names.length;
    });
    expect(members).toBe(kobo.memberRows);
  }, 120_000);
});
