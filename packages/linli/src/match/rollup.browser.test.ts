import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importFile } from "@linli/adapters/node";
import type { EntityName } from "@linli/core";
import { type MatchInput, match, rollup } from "@linli/match";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWith } from "../../../../tests/support/tools.js";
import { launch, repo, updateDocs } from "../../../react/src/e2e/harness.js";
import { openHtmlFile } from "../../../react/src/e2e/site.js";
import { rollupHtml } from "./rollup.js";
import { planSheets, sheetHtml } from "./sheet.js";

const data = fileURLToPath(new URL("../../../../examples/lockdown-day/data/", import.meta.url));
const read = async <N extends EntityName>(entity: N, ...files: string[]) => {
  const out = [];
  for (const f of files)
    for (const r of (await importFile(join(data, f), { entity })).records) out.push(r);
  return out;
};

describeWith("chromium", "the roll-up and a delivery sheet in headless Chromium", (chromium) => {
  const dir = mkdtempSync(join(tmpdir(), "linli-rollup-"));
  let browser: Awaited<ReturnType<typeof launch>>;
  let plan: ReturnType<typeof match>;

  beforeAll(async () => {
    const input = {
      needs: await read("need", "丈八社区需求登记.xlsx", "小寨电子城社区需求汇总.csv"),
      stock: await read("stock-movement", "库存台账.xlsx"),
      commitments: await read("commitment", "认捐登记.csv"),
      items: await read("supply-item", "物资目录.csv"),
      locations: await read("location", "物资点.csv"),
      volunteers: await read("volunteer", "志愿者名册.xlsx"),
      shifts: await read("shift", "配送排班.csv"),
    } as MatchInput;
    plan = match(input, { asOf: "2022-01-05T08:00:00+08:00" });
    const r = rollup(plan.needs, plan.run.asOf);
    writeFileSync(join(dir, "rollup.html"), rollupHtml(r, plan, "zh-CN"));
    writeFileSync(join(dir, "rollup.en.html"), rollupHtml(r, plan, "en"));
    const sheet = planSheets(plan, "zh-CN", "partner-ngo")[0]!;
    writeFileSync(join(dir, "sheet.html"), sheetHtml(sheet, "zh-CN"));
    browser = await launch(chromium);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the figures of the plan, a bar per community, loads nothing, fits a phone", async () => {
    const { page, expectStandalone } = await openHtmlFile(
      browser.context,
      join(dir, "rollup.html"),
    );
    const r = rollup(plan.needs, plan.run.asOf);
    // Each community's total row, read from the page, against the roll-up computed here.
    for (const c of r.communities) {
      const row = page.locator(`tr.total[data-row="${c.community}|全部类别"]`);
      const cells = await row
        .locator("[data-field]")
        .evaluateAll((els) =>
          Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.field, e.textContent])),
        );
      expect(cells).toEqual({
        requested: String(c.requested),
        allocated: String(c.allocated),
        partial: String(c.partial),
        delivered: String(c.delivered),
        unmet: String(c.unmet),
        urgentUnmet: String(c.urgentUnmet),
        oldestUnmetHours: c.oldestUnmetHours === undefined ? "" : String(c.oldestUnmetHours),
      });
      // The bar's parts are as long as the counts say.
      const bar = page.locator(`svg g[data-community="${c.community}"]`);
      const w = await bar.evaluate((g) =>
        Object.fromEntries(
          [...g.querySelectorAll("rect")].map((x) => [x.classList[1], x.getBBox().width]),
        ),
      );
      if (c.allocated > 0 && c.unmet - c.partial > 0)
        expect(w.allocated! / w.unmet!).toBeCloseTo(c.allocated / (c.unmet - c.partial), 1);
    }
    expect(await page.locator("svg g[data-community]").count()).toBe(r.communities.length);
    expect(await page.locator("td.alert").count()).toBe(
      r.rows.filter((x) => x.urgentUnmet > 0).length +
        r.communities.filter((x) => x.urgentUnmet > 0).length,
    );
    await expectStandalone();
    await page.setViewportSize({ width: 1000, height: 900 });
    const shot = await page.screenshot({ fullPage: true });
    expect(shot.length).toBeGreaterThan(10_000);
    if (updateDocs) {
      mkdirSync(join(repo, "docs/match"), { recursive: true });
      await page.screenshot({ path: join(repo, "docs/match/rollup.png"), fullPage: true });
    }
    await page.close();
  });

  it("speaks English when asked, and a delivery sheet prints", async () => {
    const page = await browser.context.newPage();
    await page.goto(`file://${join(dir, "rollup.en.html")}`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toBe("Hub roll-up");
    await page.goto(`file://${join(dir, "sheet.html")}`);
    expect(await page.locator("tbody tr").count()).toBe(plan.rounds[0]!.taskIds.length);
    const pdf = await page.pdf({ format: "A4", landscape: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    // On a phone each stop is a card that fits the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    if (updateDocs)
      await page.screenshot({ path: join(repo, "docs/match/sheet-phone.png"), fullPage: true });
    await page.close();
  });
});
