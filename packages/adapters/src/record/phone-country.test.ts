import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { importHsdsPackage } from "../hsds/read-package.js";
import { importFile } from "../import/import-file.js";

const csv = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string) => ({ name, bytes: csv(text) });
const US_LIST =
  "Name,Phone\nFood Pantry,(202) 456-1111\nShelter,Front desk 415-555-2671 (after 6pm)\n";

describe("phoneCountry: numbers written without a country code", () => {
  it("reads them in the plan of the country given, in E.164", async () => {
    const r = await importFile(csv(US_LIST), { entity: "organization", phoneCountry: "us" });
    expect(r.rejected).toEqual([]);
    expect(r.records.map((x) => x.phones)).toEqual([
      [{ number: "+12024561111", kind: "other" }],
      [{ number: "+14155552671", kind: "other", name: "Front desk", note: "after 6pm" }],
    ]);
    // Numbers with their own country code keep it; Chinese ones stay as dialled at home.
    const mixed = await importFile(csv("Name,Phone\nA,+86 138 0013 8000\nB,+44 20 7946 0958\n"), {
      entity: "organization",
      phoneCountry: "US",
    });
    expect(mixed.records.map((x) => x.phones?.[0]?.number)).toEqual([
      "13800138000",
      "+442079460958",
    ]);
  });

  it("without it, behaves as before: China's plan, where (202) 456-1111 is a Guangzhou line", async () => {
    const r = await importFile(csv(US_LIST), { entity: "organization" });
    expect(r.records).toHaveLength(2);
    expect(r.records[0]!.phones).toEqual([{ number: "02024561111", kind: "landline" }]);
    const cn = await importFile(csv("名称,电话\n丈八社区,029-88886666\n"), {
      entity: "organization",
      phoneCountry: "CN",
    });
    expect(cn.records[0]!.phones).toEqual([{ number: "02988886666", kind: "landline" }]);
  });

  it("refuses a code with no known plan, in both languages", async () => {
    const e = await importFile(csv(US_LIST), {
      entity: "organization",
      fileName: "pantries.csv",
      phoneCountry: "USA",
    }).catch((x) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect(e.code).toBe("phoneCountry.unknown");
    expect(e.localized.en).toContain("pantries.csv: “USA” is no country");
    expect(e.localized["zh-CN"]).toContain("ISO 3166");
  });

  it("reads the phones of an HSDS package in that plan too", async () => {
    const files = [
      file("organizations.csv", "id,name,phone\no1,Food Bank,(202) 456-1111\n"),
      file("phones.csv", "id,organization_id,number,type\np1,o1,(415) 555-2671,voice\n"),
    ];
    const us = await importHsdsPackage(files, { phoneCountry: "US" });
    expect(us.organizations[0]!.phones?.map((p) => p.number)).toEqual([
      "+12024561111",
      "+14155552671",
    ]);
    const plain = await importHsdsPackage(files);
    expect(plain.organizations[0]!.phones?.map((p) => p.number)).toEqual([
      "02024561111",
      "04155552671",
    ]);
    await expect(importHsdsPackage(files, { phoneCountry: "ZZ" })).rejects.toThrow(/ZZ/);
  });
});
