import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const dir = mkdtempSync(join(tmpdir(), "linli-phone-country-"));
const list = join(dir, "pantries.csv");
writeFileSync(list, "Name,Phone\nFood Pantry,(202) 456-1111\n");
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

  it("refuses an unknown code before reading, in both languages", async () => {
    const t = io();
    expect(await main(["validate", list, "--phone-country", "Narnia"], t.io)).toBe(2);
    expect(t.err()).toContain("--phone-country Narnia: not a country");
    const zh = io("zh_CN.UTF-8");
    expect(await main(["validate", list, "--phone-country", "XX"], zh.io)).toBe(2);
    expect(zh.err()).toContain("ISO 3166");
  });
});
