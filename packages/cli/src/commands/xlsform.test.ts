import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openWorkbook } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const tmp = mkdtempSync(join(tmpdir(), "linli-xlsform-"));
const io = (lang = "zh_CN.UTF-8") => memoryIo({ cwd: tmp, env: { LANG: lang } });

describe("linli xlsform", () => {
  it("writes the XLSForm and its XForm for an entity", async () => {
    const t = io();
    expect(await main(["xlsform", "--entity", "resident"], t.io)).toBe(0);
    expect(t.out()).toMatch(
      /^已将居民 XLSForm 写入 linli_resident\.xlsx（共 \d+ 题），XForm 写入 linli_resident\.xml。\n$/,
    );
    const wb = openWorkbook(readFileSync(join(tmp, "linli_resident.xlsx")), "f.xlsx", {});
    expect(wb.sheets.map((s) => s.name)).toEqual(["survey", "choices", "settings"]);
    const survey = [...wb.rows(wb.sheets[0]!)].map((r) => r.cells);
    expect(survey[0]!.slice(0, 4)).toEqual([
      "type",
      "name",
      "label::Chinese (zh)",
      "label::English (en)",
    ]);
    expect(survey.some((r) => r[0] === "begin_repeat" && r[1] === "members")).toBe(true);
    expect(survey[0]).toContain("hxl");
    const xml = readFileSync(join(tmp, "linli_resident.xml"), "utf8");
    expect(xml).toContain('<data id="linli_resident"');
  });

  it("takes the fields, the output files and --json", async () => {
    const t = io("en_US.UTF-8");
    const args = ["xlsform", "--entity", "need", "--fields", "requesterName,category,items"];
    expect(
      await main([...args, "-o", "need.xlsx", "--xform", "need-form.xml", "--json"], t.io),
    ).toBe(0);
    // The requester, the need's category, and each item's name, category, quantity and unit.
    expect(JSON.parse(t.out())).toMatchObject({ entity: "need", questions: 6 });
    const xml = readFileSync(join(tmp, "need-form.xml"), "utf8");
    expect(xml).toContain("<items jr:template");
    // Named after its repeat: a rule reads the need's own category.
    expect(xml).toContain("<items_category");
  });

  it("says which entities exist, and which fields do not", async () => {
    const t = io();
    expect(await main(["xlsform", "--entity", "nobody"], t.io)).toBe(2);
    expect(t.err()).toMatch(/“nobody”不是 --entity 可用的值.*resident/);
    const u = io("en_US.UTF-8");
    expect(await main(["xlsform", "--entity", "need", "--fields", "nope"], u.io)).toBe(2);
    expect(u.err()).toMatch(/--fields: .*nope/);
  });
});
