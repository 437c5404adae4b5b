import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeXlsx } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

const dir = mkdtempSync(join(tmpdir(), "linli-sheets-"));
const en = () => memoryIo({ env: { LANG: "en_US.UTF-8" } });

describe("workbooks and JSON as they come, on the command line", () => {
  it("--sheet all shows each sheet's mapping and names the sheet in every issue", async () => {
    const file = join(dir, "communities.xlsx");
    writeFileSync(
      file,
      writeXlsx([
        {
          name: "东区",
          rows: [
            ["姓名", "身份证号"],
            ["王伟", "110105194912310021"],
          ],
        },
        {
          name: "西区",
          rows: [
            ["名字", "手机"],
            ["李娜", "1380013800"],
          ],
        },
      ]),
    );
    const t = en();
    await main(["validate", file, "--sheet", "all", "--entity", "resident"], t.io);
    const out = t.out();
    expect(out).toContain("Sheet “东区”, columns: 姓名 → Name, 身份证号 → Citizen ID");
    expect(out).toContain("Sheet “西区”, columns: 名字 → Name, 手机 → Phone");
    expect(out).toMatch(/communities\.xlsx, sheet “西区”, row 2, column “手机”/);
    const j = en();
    await main(["validate", file, "--sheet", "all", "--entity", "resident", "--json"], j.io);
    const doc = JSON.parse(j.out());
    expect(doc.files[0].sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["东区", "西区"]);
  });

  it("an empty first sheet is passed over, with a notice; --path takes a list of a JSON file", async () => {
    const file = join(dir, "register.xlsx");
    writeFileSync(
      file,
      writeXlsx([
        { name: "Sheet1", rows: [] },
        {
          name: "居民",
          rows: [
            ["姓名", "电话"],
            ["王伟", "13800138000"],
          ],
        },
      ]),
    );
    const t = en();
    expect(await main(["validate", file], t.io)).toBe(0);
    expect(t.out()).toContain("sheet “Sheet1” is empty; read sheet “居民”, the first with data");
    const json = join(dir, "org.json");
    writeFileSync(
      json,
      JSON.stringify({
        name: "Sanctuary Example City",
        description: "Housing help",
        services: [
          { name: "Never Homeless Helpline", description: "Referrals" },
          { name: "Young Minds", description: "Education" },
        ],
      }),
    );
    const whole = en();
    await main(["validate", json, "--entity", "organization", "--json"], whole.io);
    expect(JSON.parse(whole.out()).files[0].accepted).toBe(1);
    const services = en();
    await main(
      ["validate", json, "--entity", "organization", "--path", "services", "--json"],
      services.io,
    );
    expect(JSON.parse(services.out()).files[0].accepted).toBe(2);
  });
});
