import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type MergeResult, renderReport } from "linli";
import { merge } from "linli/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWith } from "../../../../tests/support/tools.js";
import { launch, repo, updateDocs } from "../../../react/src/e2e/harness.js";
import { openHtmlFile } from "../../../react/src/e2e/site.js";

const data = fileURLToPath(
  new URL("../../../../examples/merge-communities/data/", import.meta.url),
);
const FILES = ["丈八社区居民登记.csv", "小寨社区重点人群台账.xlsx", "曲江池社区登记问卷.xlsx"];

const int = (s: string | null) => Number((s ?? "").replace(/,/g, ""));

describeWith("chromium", "the merge report in headless Chromium, at phone width", (chromium) => {
  let dir = "";
  let result: MergeResult;
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-report-"));
    result = await merge(FILES.map((file) => ({ data: join(data, file), file })));
    const date = new Date("2022-01-15T09:30:00Z");
    writeFileSync(join(dir, "report.html"), renderReport(result, { lang: "zh-CN", date }));
    writeFileSync(join(dir, "report.en.html"), renderReport(result, { lang: "en", date }));
    browser = await launch(chromium);
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows figures that match the merge result, and loads nothing", async () => {
    const { page, expectStandalone } = await openHtmlFile(
      browser.context,
      join(dir, "report.html"),
    );

    // Expected figures, computed here from the result rather than by the report's code.
    const sum = (k: "rowsRead" | "accepted" | "rejected" | "emptySkipped" | "withheldRows") =>
      result.summary.reduce((n, s) => n + s[k], 0);
    const multi = result.clusters.filter((c) => c.rows.length > 1);
    const expected = {
      sources: 3,
      rowsRead: sum("rowsRead"),
      acceptedInFull: sum("accepted") - sum("withheldRows"),
      withheldRows: sum("withheldRows"),
      rejected: sum("rejected"),
      emptySkipped: sum("emptySkipped"),
      records: result.records.length,
      duplicateClusters: multi.length,
      duplicateRows: multi.reduce((n, c) => n + c.rows.length - 1, 0),
      conflicts: result.conflicts.length,
      warnings: result.issues.filter((i) => i.severity === "warning").length,
    };
    const figures = await page.$$eval("[data-figure]", (els) =>
      Object.fromEntries(
        els.map((e) => [(e as HTMLElement).dataset.figure, e.querySelector("dd")!.textContent]),
      ),
    );
    expect(
      Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, int(v as string | null)])),
    ).toEqual(expected);
    expect(expected).toMatchObject({
      rowsRead: 156,
      acceptedInFull: 150,
      withheldRows: 3,
      rejected: 1,
      emptySkipped: 2,
      records: 146,
    });
    // The four kinds of rows add up on screen.
    expect(
      expected.acceptedInFull + expected.withheldRows + expected.rejected + expected.emptySkipped,
    ).toBe(expected.rowsRead);

    for (const s of result.summary) {
      const box = page.locator(`[data-source="${s.source}"]`);
      const counts = await box
        .locator("[data-count]")
        .evaluateAll((els) =>
          Object.fromEntries(
            els.map((e) => [(e as HTMLElement).dataset.count, e.querySelector("dd")!.textContent]),
          ),
        );
      expect(
        Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, int(v as string | null)])),
      ).toEqual({
        rowsRead: s.rowsRead,
        acceptedInFull: s.accepted - s.withheldRows,
        withheldRows: s.withheldRows,
        rejected: s.rejected,
        emptySkipped: s.emptySkipped,
        unique: s.unique,
        duplicatesWithin: s.duplicatesWithin,
        duplicatesAcross: s.duplicatesAcross,
      });
      // The bar's parts are as long as the counts say.
      const widths = await box.locator(".bar").evaluate((bar) => ({
        bar: bar.getBoundingClientRect().width,
        unique: bar.querySelector(".seg.unique")?.getBoundingClientRect().width ?? 0,
      }));
      const total =
        s.unique + s.duplicatesWithin + s.duplicatesAcross + s.rejected + s.emptySkipped;
      expect(Math.abs(widths.unique / widths.bar - s.unique / total)).toBeLessThan(0.03);
    }

    const rejectedRows = new Set(
      result.issues.filter((i) => i.severity === "error").map((i) => `${i.file}:${i.row}`),
    );
    expect(rejectedRows.size).toBe(expected.rejected);
    const cards = await page.$$eval(".issue.rejected", (els) =>
      els.map((e) => (e as HTMLElement).dataset.rejectedRow),
    );
    expect(new Set(cards)).toEqual(rejectedRows);
    expect(await page.locator("[data-conflict]").count()).toBe(result.conflicts.length);
    const clusters = await page.$$eval("[data-cluster]", (els) =>
      els.map((e) => [(e as HTMLElement).dataset.cluster, Number((e as HTMLElement).dataset.rows)]),
    );
    expect(clusters).toEqual(multi.map((c) => [c.id, c.rows.length]));
    await expect(page.locator("#clusters").textContent()).resolves.toContain("匹配概率");

    // Fits a phone, loads nothing, logs no error, breaks no CSP.
    await expectStandalone();

    const shot = await page.screenshot({
      fullPage: false,
      clip: { x: 0, y: 0, width: 390, height: 1600 },
    });
    expect(shot.length).toBeGreaterThan(10_000);
    if (updateDocs) {
      // The top of the report (summary and sources), then a conflict and a merged cluster.
      await page.screenshot({
        path: join(repo, "docs/merge/report-phone.png"),
        fullPage: true,
        clip: { x: 0, y: 0, width: 390, height: 1500 },
      });
      await page
        .locator(".card.conflict")
        .first()
        .screenshot({ path: join(repo, "docs/merge/report-conflict.png") });
      await page
        .locator(".card.cluster")
        .first()
        .screenshot({ path: join(repo, "docs/merge/report-cluster.png") });
    }
    await page.close();
  });

  it("speaks English when asked", async () => {
    const page = await browser.context.newPage();
    await page.goto(`file://${join(dir, "report.en.html")}`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toBe("Merge report");
    expect(await page.locator("#withheld").textContent()).toContain(
      "Excel has turned this ID into a number",
    );
    expect(await page.locator("#rejected").textContent()).toContain(
      "The record lacks what identifies it",
    );
    await page.close();
  });
});
