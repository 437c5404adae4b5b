import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { importRecords } from "../import/import-records.js";
import { readDefaults } from "./defaults.js";

describe("readDefaults", () => {
  it("reads a phone number without a country code in the plan of phoneCountry", () => {
    // Without it, China's: ten digits are a landline whose leading 0 was lost.
    expect(readDefaults("organization", { phone: "2025550142" })).toEqual({
      phone: "02025550142",
    });
    expect(
      readDefaults("organization", { phone: "(202) 555-0142" }, "orgs.csv", undefined, "us"),
    ).toEqual({ phone: "+12025550142" });
  });

  it("refuses a country code with no known plan, naming the file", () => {
    const read = () => readDefaults("organization", { name: "x" }, "orgs.csv", undefined, "XX");
    expect(read).toThrow(ImportError);
    expect(read).toThrow(expect.objectContaining({ code: "phoneCountry.unknown" }));
    expect(read).toThrow(/orgs\.csv/);
  });

  it("gives an import's defaults the import's phoneCountry", async () => {
    const csv = new TextEncoder().encode("Name\nFood Pantry\n");
    const run = importRecords(csv, {
      entity: "organization",
      fileName: "pantries.csv",
      defaults: { phone: "2025550142" },
      phoneCountry: "US",
    });
    const records: unknown[] = [];
    for await (const r of run) if (r.kind === "record") records.push(r.record);
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records[0])).toContain('"+12025550142"');
    expect(JSON.stringify(records[0])).not.toContain("02025550142");
  });
});
