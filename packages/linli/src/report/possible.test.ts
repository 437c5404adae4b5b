import { merge } from "@linli/dedupe";
import { renderReport } from "linli";
import { describe, expect, it } from "vitest";

describe("report: possible matches", () => {
  it("flags a cluster held together by name, birth date and sex alone", () => {
    const row = (id: string, extra: Record<string, unknown> = {}) => ({
      meta: { id, schemaVersion: "0.0.0" },
      name: "欧阳韵溪",
      gender: "female",
      birthDate: "1979-10-30",
      ...extra,
    });
    const others = Array.from({ length: 40 }, (_, k) => ({
      meta: { id: `o${k}`, schemaVersion: "0.0.0" },
      name: `李${"伟静敏娜强磊军洋勇艳"[k % 10]}${"华明芳平"[k % 4]}`,
      birthDate: `19${40 + k}-0${1 + (k % 9)}-1${k % 10}`,
    }));
    const source = (name: string, records: Record<string, unknown>[]) => ({
      name,
      rows: records.map((record, i) => ({ row: i + 2, record })),
    });
    const result = {
      ...merge([
        source("甲社区", [row("1"), ...others]),
        source("乙社区", [row("1", { notes: "独居" })]),
      ]),
      mapping: [],
    } as unknown as Parameters<typeof renderReport>[0];
    expect(result.clusters.find((c) => c.rows.length > 1)?.possible).toBe(true);
    const zh = renderReport(result, { lang: "zh-CN" });
    expect(zh).toContain('class="card cluster possible"');
    expect(zh).toContain("可能是同一人");
    expect(zh).toContain('<span class="possible">可能</span>');
    expect(renderReport(result, { lang: "en" })).toContain("Possible match: only name");
  });
});
