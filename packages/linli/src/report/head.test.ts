import { merge } from "@linli/dedupe";
import { match, rollup } from "@linli/match";
import { describe, expect, it } from "vitest";
import { rollupHtml } from "../match/rollup.js";
import { planSheets, sheetHtml } from "../match/sheet.js";
import { htmlHead } from "./head.js";
import { renderReport } from "./render.js";

describe("htmlHead", () => {
  it("opens a page in its language, loads nothing, escapes the title and holds the style", () => {
    const head = htmlHead("en", 'Plan <b> & "co"', "main{margin:0}");
    expect(
      head.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(head).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(head).toContain("<title>Plan &lt;b&gt; &amp; &quot;co&quot;</title>");
    expect(head).toContain("<style>main{margin:0}</style>");
    expect(head.endsWith("</head>")).toBe(true);
    expect(htmlHead("zh-CN", "合并报告", "")).toContain('<html lang="zh-CN">');
  });

  it("is how the merge report, the roll-up and the delivery sheets all begin", () => {
    const plan = match(
      {
        needs: [
          {
            meta: { id: "n-1", schemaVersion: "0.0.0" },
            requesterName: "张静",
            category: "groceries-delivery",
            status: "open",
            priority: "urgent",
            items: [{ name: "大米", quantity: 5, unit: "公斤" }],
            deliveryAddress: { community: "丈八社区", compound: "绿地世纪城", building: "3" },
          },
        ],
        stock: [
          {
            meta: { id: "m-1", schemaVersion: "0.0.0" },
            kind: "donation-in",
            itemName: "大米",
            quantity: 100,
            unit: "公斤",
            toName: "丈八街道仓库",
            occurredAt: "2022-01-04T10:00:00+08:00",
          },
        ],
        volunteers: [{ meta: { id: "v-1", schemaVersion: "0.0.0" }, name: "王磊" }],
        shifts: [
          {
            meta: { id: "s-1", schemaVersion: "0.0.0" },
            role: "delivery",
            start: "2022-01-05T09:00:00+08:00",
            end: "2022-01-05T12:00:00+08:00",
            assigneeIds: ["v-1"],
          },
        ],
      } as unknown as Parameters<typeof match>[0],
      { asOf: "2022-01-05T08:00:00+08:00" },
    );
    const merged = {
      ...merge([
        {
          name: "甲社区",
          rows: [{ row: 2, record: { meta: { id: "1", schemaVersion: "0.0.0" }, name: "张静" } }],
        },
      ]),
      mapping: [],
    } as unknown as Parameters<typeof renderReport>[0];
    const head = (html: string) => html.slice(0, html.indexOf("</head>") + "</head>".length);
    for (const lang of ["zh-CN", "en"] as const) {
      const pages = [
        rollupHtml(rollup(plan.needs, plan.run.asOf), plan, lang),
        sheetHtml(planSheets(plan, lang, "internal")[0]!, lang),
        renderReport(merged, { lang }),
      ];
      for (const page of pages) {
        const title = /<title>(.*)<\/title>/.exec(page)![1]!;
        const style = /<style>([\s\S]*)<\/style>/.exec(page)![1]!;
        expect(head(page)).toBe(htmlHead(lang, unescapeHtml(title), style));
      }
    }
  });
});

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");
