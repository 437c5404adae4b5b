import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const folder = fileURLToPath(
  new URL("../../../../fixtures/realworld/openreferral", import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), "linli-merge-hsds-cli-"));
const extra = join(dir, "partners.csv");
writeFileSync(extra, "Name,Email\nSanctuary Example City,sanctuary@example.com\nCity Food Bank,\n");
const io = (lang = "en_GB.UTF-8") => memoryIo({ env: { LANG: lang } });

describe("linli merge of an Open Referral HSDS package", () => {
  it("merges a package folder with another file of organisations", async () => {
    const t = io();
    const out = join(dir, "merged");
    expect(await main(["merge", folder, extra, "-o", out, "--json"], t.io)).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.summary.map((s: { source: string }) => s.source)).toEqual([
      "openreferral",
      "partners",
    ]);
    const merged = JSON.parse(readFileSync(join(out, "merged.json"), "utf8"));
    expect(merged.entity).toBe("organization");
    const issues = readFileSync(join(out, "issues.json"), "utf8");
    expect(issues).toContain("hsds.dangling");
    expect(issues).toContain("service_at_location_id");
  });

  it("takes a package folder alone, and refuses it as residents", async () => {
    const t = io("zh_CN.UTF-8");
    expect(await main(["merge", folder, "-o", join(dir, "alone")], t.io)).toBe(0);
    const bad = io();
    const args = ["merge", folder, "--entity", "resident", "-o", join(dir, "bad")];
    expect(await main(args, bad.io)).toBe(2);
    expect(bad.err()).toContain("cannot be merged as resident");
  });
});
