import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const folder = fileURLToPath(
  new URL("../../../../fixtures/realworld/openreferral", import.meta.url),
);
const hsds = fileURLToPath(new URL("../../../../fixtures/hsds-3.0/examples/csv", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "linli-convert-hsds-"));
const io = () => memoryIo({ env: { LANG: "en_GB.UTF-8" } });

describe("linli convert of an Open Referral HSDS package", () => {
  it("writes the organisations with their services joined; the dangling phone is in the issues", async () => {
    const t = io();
    const out = join(dir, "orgs.json");
    expect(await main(["convert", folder, "-o", out], t.io)).toBe(1);
    const orgs = JSON.parse(readFileSync(out, "utf8"));
    expect(orgs).toHaveLength(10);
    expect(orgs.flatMap((o: { services?: unknown[] }) => o.services ?? [])).toHaveLength(13);
    expect(t.out()).toContain("Wrote 10 records");
    const issues = readFileSync(join(dir, "orgs.json.issues.json"), "utf8");
    expect(issues).toContain("c54183ce-b165-4e4a-9ace-57221ccc13da");
  });

  it("writes the locations with --entity location, and HSDS back with -o x.hsds.json", async () => {
    const t = io();
    const out = join(dir, "places.csv");
    await main(["convert", folder, "--entity", "location", "-o", out], t.io);
    expect(readFileSync(out, "utf8").split("\n").filter(Boolean)).toHaveLength(11);
    const back = io();
    const file = join(dir, "back.hsds.json");
    expect(await main(["convert", hsds, "-o", file, "--format", "hsds"], back.io)).toBe(1);
    const doc = JSON.parse(readFileSync(file, "utf8"));
    expect(doc.services[0].phones[0].number).toBe("+441234234567");
  });

  it("refuses an entity a package has no records of", async () => {
    const t = io();
    expect(
      await main(["convert", folder, "--entity", "resident", "-o", join(dir, "r.csv")], t.io),
    ).toBe(2);
    expect(t.err()).toContain("--entity");
  });
});
