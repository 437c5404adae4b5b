import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

// A value given with --set that would make one row invalid (a contact phone where the row
// names no contact) is left out of that row, reported, and kept in the record's meta.withheld
// as the heading of the withheld cells says, named as the --set value rather than a column.
const dir = mkdtempSync(join(tmpdir(), "linli-set-withheld-"));
const orgs = join(dir, "机构.csv");
writeFileSync(orgs, "机构名称,联系人\n阳光志愿队,张三\n爱心驿站,\n");
const set = ["--entity", "organization", "--set", "contactPhone=13800138000"];
const io = (lang = "en_GB.UTF-8") => memoryIo({ env: { LANG: lang } });
const kept = {
  column: "--set contactPhone",
  field: "contactPhone",
  value: "13800138000",
  code: "defaults.withheld",
};

type Org = { name: string; contacts?: unknown; meta: { withheld?: unknown[] } };
const byName = (records: Org[], name: string) => records.find((r) => r.name === name)!;

describe("a --set value left out of a row", () => {
  it("is kept in merged.json's meta.withheld and counted as withheld (merge)", async () => {
    const t = io();
    const out = join(dir, "merged");
    expect(await main(["merge", orgs, ...set, "-o", out, "--json"], t.io)).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.figures).toMatchObject({ rejected: 0, withheldRows: 1, withheldCells: 1 });
    const { records } = JSON.parse(readFileSync(join(out, "merged.json"), "utf8"));
    expect(records).toHaveLength(2);
    const [sunshine, station] = [byName(records, "阳光志愿队"), byName(records, "爱心驿站")];
    expect(sunshine.contacts).toEqual([{ name: "张三", phone: "13800138000" }]);
    expect(sunshine.meta.withheld).toBeUndefined();
    expect(station.contacts).toBeUndefined();
    expect(station.meta.withheld).toEqual([kept]);
    const issues = readFileSync(join(out, "issues.json"), "utf8");
    expect(issues).toContain("defaults.withheld");
  });

  it("is kept in the converted record's meta.withheld, listed under the withheld heading (convert, validate)", async () => {
    const out = join(dir, "orgs.json");
    expect(await main(["convert", orgs, ...set, "-o", out], io().io)).toBe(0);
    const records: Org[] = JSON.parse(readFileSync(out, "utf8"));
    expect(byName(records, "爱心驿站").meta.withheld).toEqual([kept]);
    for (const lang of ["en_GB.UTF-8", "zh_CN.UTF-8"]) {
      const v = io(lang);
      expect(await main(["validate", orgs, ...set], v.io)).toBe(0);
      const text = v.out() + v.err();
      expect(text).toContain(
        lang.startsWith("en") ? "Withheld cells (1)" : "暂缓录入的单元格（1）",
      );
      expect(text).toContain("meta.withheld");
      expect(text).toContain("13800138000");
    }
  });
});
