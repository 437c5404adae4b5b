import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCsv } from "../../../adapters/src/csv/write.js";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const dir = mkdtempSync(join(tmpdir(), "linli-phone-country-"));
const list = join(dir, "pantries.csv");
writeFileSync(list, "Name,Phone\nFood Pantry,(202) 456-1111\n");
// An ODK Central export: the submissions and a repeat of household members.
const submissions = join(dir, "居民.csv");
writeFileSync(
  submissions,
  formatCsv([
    ["SubmissionDate", "name", "phone", "meta-instanceID", "KEY"],
    ["2024-03-01T01:30:00.000Z", "Alice", "(202) 555-0142", "uuid:a", "uuid:a"],
  ]),
);
const members = join(dir, "居民-members.csv");
writeFileSync(
  members,
  formatCsv([
    ["name", "relationship", "phone", "PARENT_KEY", "KEY"],
    ["Bob", "spouse", "(202) 555-0143", "uuid:a", "uuid:a/members[1]"],
  ]),
);
const io = (lang = "en_GB.UTF-8") => memoryIo({ env: { LANG: lang } });

describe("--phone-country", () => {
  it("reads numbers without a country code in that country's plan (convert and validate)", async () => {
    const out = join(dir, "orgs.json");
    const t = io();
    const args = ["convert", list, "--entity", "organization", "--phone-country", "US", "-o", out];
    expect(await main(args, t.io)).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))[0].phones).toEqual([
      { number: "+12024561111", kind: "other" },
    ]);
    const v = io();
    const check = ["validate", list, "--entity", "organization", "--phone-country", "gb", "--json"];
    expect(await main(check, v.io)).toBe(0);
    // Not a number in the UK's plan: withheld, the organisation kept.
    const doc = JSON.parse(v.out());
    expect(doc.files[0].withheldCells).toBe(1);
  });

  it("reads --set values in that plan too", async () => {
    const names = join(dir, "names.csv");
    writeFileSync(names, "Name\nFood Pantry\n");
    const out = join(dir, "set.json");
    const set = ["--set", "phone=(202) 555-0100", "--phone-country", "US", "-o", out];
    expect(await main(["convert", names, "--entity", "organization", ...set], io().io)).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))[0].phones).toEqual([
      expect.objectContaining({ number: "+12025550100" }),
    ]);
  });

  it("reads an ODK export's submissions and repeat rows in that plan (convert and validate)", async () => {
    const out = join(dir, "residents.json");
    const args = ["convert", submissions, members, "--entity", "resident", "--phone-country", "US"];
    expect(await main([...args, "-o", out], io().io)).toBe(0);
    const [alice] = JSON.parse(readFileSync(out, "utf8"));
    expect(alice.phones).toEqual([expect.objectContaining({ number: "+12025550142" })]);
    expect(alice.household.members).toEqual([
      expect.objectContaining({ name: "Bob", phone: "+12025550143" }),
    ]);
    const check = ["validate", submissions, members, "--entity", "resident", "--json"];
    const china = io();
    expect(await main(check, china.io)).toBe(0);
    expect(JSON.parse(china.out()).files[0].withheldCells).toBe(0);
    // Not numbers in the UK's plan: withheld, the person kept.
    const uk = io();
    expect(await main([...check, "--phone-country", "GB"], uk.io)).toBe(0);
    const doc = JSON.parse(uk.out());
    expect(doc.files[0]).toMatchObject({ accepted: 1, rejected: 0 });
    expect(doc.files[0].withheldCells).toBeGreaterThanOrEqual(1);
  });

  it("refuses an unknown code before reading, in both languages", async () => {
    const t = io();
    expect(await main(["validate", list, "--phone-country", "Narnia"], t.io)).toBe(2);
    expect(t.err()).toContain("--phone-country Narnia: not a country");
    const zh = io("zh_CN.UTF-8");
    expect(await main(["validate", list, "--phone-country", "XX"], zh.io)).toBe(2);
    expect(zh.err()).toContain("ISO 3166");
  });
});
