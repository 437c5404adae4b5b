import { checkPhone } from "@linli/core";
import { listDivisions } from "@linli/core/divisions";
import { synthesizeOrganizations } from "@linli/dedupe/benchmark";
import { merge, renderReport } from "linli";
import type { Comparator, Profile } from "linli/dedupe";
import { describe, expect, it } from "vitest";

const meta = (id: string, source: string) => ({ id, schemaVersion: "0.0.0", source });

/** Generated rows as canonical records: phones as the model stores them. */
const canonical = <R extends { phones?: readonly { number: string }[] }>(r: R): R => ({
  ...r,
  ...(r.phones
    ? {
        phones: r.phones.map((p) => {
          const c = checkPhone(p.number);
          return { number: c.ok ? c.value : p.number };
        }),
      }
    : {}),
});

describe("the merge report on linkage", () => {
  it("lists near misses with both rows and the reasons, in both languages", async () => {
    const data = synthesizeOrganizations({ records: 300, seed: 3, duplicateRate: 0 });
    const first = data.records[0]!;
    const r = await merge(
      [
        { name: "甲", data: data.records.map(canonical) },
        {
          name: "乙",
          data: [
            {
              meta: meta("x1", "乙"),
              name: first.name.replace("市", ""),
              phones: [{ number: "13300001111" }],
            },
          ],
        },
      ],
      { entity: "organization" },
    );
    expect(r.nearMisses?.length).toBeGreaterThan(0);
    const zh = renderReport(r, { lang: "zh-CN" });
    expect(zh).toContain('<section id="near">');
    expect(zh).toContain("差一点合并的记录");
    expect(zh).toMatch(/乙 第 \d+ 行/);
    expect(zh).toContain(first.name.replace("市", ""));
    expect(zh).toMatch(/姓名 相同|名称 相同/);
    const en = renderReport(r, { lang: "en" });
    expect(en).toContain("Near misses");
    const two = { ...r, nearMisses: [r.nearMisses![0]!, r.nearMisses![0]!] };
    const cut = renderReport(two, { lang: "en", limits: { nearMisses: 1 } });
    expect(cut.match(/class="card near"/g)).toHaveLength(1);
    expect(cut).toContain("Showing the 1 strongest of 2");
    // Under a profile without record IDs, rows are counted, never listed.
    const pub = renderReport(r, { lang: "en", profile: "public-statistics" });
    expect(pub).not.toContain('<section id="near">');
  });

  it("says when the estimate was not trusted, and when rows match only on exact keys", async () => {
    // Names only, each pair of one pattern sharing all but the place: a naive comparator.
    const hubei = listDivisions().filter((d) => d.code.startsWith("42") && d.level === "city");
    const core = (s: string) => s.replace(/^.*?[市州]/, "");
    const naive: Comparator<{ full: string; core: string }> = {
      id: "core-name",
      levels: ["exact", "core", "different"],
      normalize: (v) => (typeof v === "string" ? v : undefined),
      features: (k) => ({ full: k, core: core(k) }),
      compare: (a, b) => (a.full === b.full ? 0 : a.core === b.core ? 1 : 2),
    };
    const profile: Profile = {
      name: "naive",
      fields: [{ name: "name", get: "name", comparator: naive }],
      blocking: [{ name: "core", on: ["name"], transform: core }],
    };
    const hospitals = hubei.map((d, i) => ({
      meta: meta(`h${i}`, "甲"),
      name: `${d.name}第一人民医院`,
    }));
    const r = await merge([{ name: "甲", data: hospitals }], { entity: "organization", profile });
    expect(r.records).toHaveLength(hospitals.length);
    expect(renderReport(r, { lang: "zh-CN" })).toContain('data-estimate="most-pairs-match"');
    expect(renderReport(r, { lang: "en" })).toContain("The linkage estimate was not trusted");

    const items = await merge(
      [
        {
          name: "仓库",
          data: [
            { meta: meta("a", "仓库"), name: "医用外科口罩", spec: "YY 0469-2010", unit: "只" },
            { meta: meta("b", "仓库"), name: "医用外科口罩", spec: "YY0469-2010", unit: "只" },
          ],
        },
      ],
      { entity: "supply-item" },
    );
    expect(items.records).toHaveLength(1);
    expect(renderReport(items, { lang: "zh-CN" })).toContain("只有关键信息完全一致的行才算重复");
  });
});
