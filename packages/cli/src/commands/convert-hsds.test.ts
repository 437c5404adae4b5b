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
  it("writes the organisations with their services joined; the phone of no parent beside them", async () => {
    const t = io();
    const out = join(dir, "orgs.json");
    // Nothing is rejected: the phone whose service_at_location is not in the package is kept.
    expect(await main(["convert", folder, "-o", out], t.io)).toBe(0);
    const orgs = JSON.parse(readFileSync(out, "utf8"));
    expect(orgs).toHaveLength(10);
    expect(orgs.flatMap((o: { services?: unknown[] }) => o.services ?? [])).toHaveLength(13);
    expect(t.out()).toContain("Wrote 10 records");
    expect(t.out()).toContain("1 phone belongs to no organisation, service or location");
    const alone = JSON.parse(readFileSync(`${out}.unattached.json`, "utf8"));
    expect(alone.phones).toHaveLength(1);
    expect(alone.phones[0]).toMatchObject({
      id: "e9c19752-c8d4-494f-b527-b65c9c86c8ce",
      withheld: [{ value: "c54183ce-b165-4e4a-9ace-57221ccc13da", code: "hsds.dangling" }, {}],
    });
    const issues = JSON.parse(readFileSync(join(dir, "orgs.json.issues.json"), "utf8"));
    const dangling = issues.issues.find((i: { code: string }) => i.code === "hsds.dangling");
    expect(dangling).toMatchObject({ row: 6, column: "service_at_location_id" });
  });

  it("writes the phone of no parent into the HSDS export, so a round trip keeps it", async () => {
    const t = io();
    const out = join(dir, "openreferral.hsds.json");
    expect(await main(["convert", folder, "-o", out, "--format", "hsds", "--json"], t.io)).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.phones).toEqual([
      {
        id: "e9c19752-c8d4-494f-b527-b65c9c86c8ce",
        number: "(773) 2351 2461",
        type: "cell",
        description: "Managers number at Bubbles at the Cross",
      },
    ]);
    expect(JSON.parse(t.out()).output.unattachedPhones).toEqual({ file: out, count: 1 });
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
