import { importOdkExport, writeXlsx } from "@linli/adapters";
import { validator } from "@linli/core";
import { describe, expect, it } from "vitest";
import { koboResidents } from "./kobo-fixture.js";

const file = (name: string, bytes: Uint8Array) => ({ name, bytes });
const csv = (rows: string[][]) =>
  new TextEncoder().encode(
    `${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\n")}\n`,
  );

describe("importOdkExport", () => {
  it("imports a Kobo export of 200 submissions with every record and every household member", async () => {
    const kobo = koboResidents(200);
    const r = await importOdkExport(file("居民登记_2024.xlsx", kobo.bytes), { entity: "resident" });
    expect(r.rejected).toEqual([]);
    expect(r.records).toHaveLength(200);
    const members = r.records.reduce((n, x) => n + (x.household?.members?.length ?? 0), 0);
    expect(members).toBe(kobo.memberRows);
    expect(r.summary.repeats).toEqual([
      {
        sheet: "members",
        file: "居民登记_2024.xlsx",
        field: "household.members",
        rows: kobo.memberRows,
        joined: kobo.memberRows,
        orphans: 0,
        left: 0,
      },
    ]);
    const valid = validator("resident");
    for (const x of r.records) expect(valid(x).ok).toBe(true);
    const third = r.records[2]!;
    expect(third).toMatchObject({
      name: "居民3",
      gender: "female",
      address: { compound: "曲江池小区", building: "4", room: "103" },
      vulnerabilities: ["elderly-living-alone"],
      household: {
        relationToHead: "head",
        members: [
          { name: "同住3-0", relationship: "spouse", gender: "female" },
          { name: "同住3-1", relationship: "child", gender: "male" },
          { name: "同住3-2", relationship: "child", gender: "female" },
        ],
      },
      meta: {
        submission: {
          id: "00000000-0000-4000-8000-000000000003",
          at: "2024-03-01T01:30:00Z",
          by: "enumerator1",
          channel: "KoboToolbox",
        },
      },
    });
    expect(third.household?.members?.[0]?.citizenId).toMatch(/^\d{17}[\dX]$/);
    // Kobo's own questions (start, _id, _index…) are kept aside, never taken for linli fields.
    expect(third.quarantine).toEqual({ status: "none" });
    expect(third.extra).toEqual(
      expect.arrayContaining([
        { header: "start", value: "2024-03-01T08:00:00.000+08:00" },
        { header: "_id", value: "9003" },
      ]),
    );
    expect(r.issues).toEqual([]);
  });

  it("reads select_multiple as one column per choice, and joins by _submission__uuid", async () => {
    const kobo = koboResidents(6, { splitChoices: true });
    const members = kobo.members.map((row, i) =>
      i === 0 ? row : row.map((c, k) => (kobo.members[0]![k] === "_parent_index" ? "" : c)),
    );
    const bytes = writeXlsx([
      { name: "居民登记", rows: kobo.main },
      { name: "members", rows: members },
    ]);
    const r = await importOdkExport(file("kobo.xlsx", bytes), { entity: "resident" });
    expect(r.records.map((x) => x.vulnerabilities ?? [])).toEqual([
      ["chronic-illness"],
      ["disabled"],
      ["elderly-living-alone"],
      ["chronic-illness"],
      ["disabled"],
      ["elderly-living-alone"],
    ]);
    expect(r.summary.repeats[0]).toMatchObject({ joined: kobo.memberRows, orphans: 0 });
  });

  it("imports CSV files: the submissions and a repeat file", async () => {
    const kobo = koboResidents(10);
    const r = await importOdkExport(
      [file("居民登记.csv", csv(kobo.main)), file("members.csv", csv(kobo.members))],
      { entity: "resident", source: "曲江池社区" },
    );
    expect(r.records).toHaveLength(10);
    expect(r.records[0]!.meta.source).toBe("曲江池社区");
    expect(r.records.reduce((n, x) => n + (x.household?.members?.length ?? 0), 0)).toBe(
      kobo.memberRows,
    );
  });

  it("lists what it cannot join or keep, in Chinese and English, and keeps the rest", async () => {
    const kobo = koboResidents(4);
    const members = [
      ...kobo.members,
      ["孤儿行", "child", "male", "", "99", "居民登记", "77", "", "", ""],
      ["", "child", "male", "", "100", "居民登记", "1", "", "", ""],
      ["坏号码", "child", "male", "123", "101", "居民登记", "2", "", "", ""],
    ];
    const bytes = writeXlsx([
      { name: "居民登记", rows: kobo.main },
      { name: "members", rows: members },
    ]);
    const r = await importOdkExport(file("kobo.xlsx", bytes), { entity: "resident" });
    expect(r.records).toHaveLength(4);
    const codes = r.issues.map((i) => i.code).sort();
    expect(codes).toEqual(["odk.item", "odk.itemCell", "odk.orphan"]);
    const orphan = r.issues.find((i) => i.code === "odk.orphan")!;
    expect(orphan.message["zh-CN"]).toMatch(/找不到 _parent_index 为 77 的提交/);
    expect(orphan.message.en).toMatch(/no submission with _parent_index 77/);
    // The member with a bad ID is kept without it.
    expect(r.records[1]!.household?.members?.some((m) => m.name === "坏号码" && !m.citizenId)).toBe(
      true,
    );
    expect(r.summary.repeats[0]).toMatchObject({ orphans: 1, left: 1 });
  });

  it("maps an export with label headers by its HXL row", async () => {
    const rows = [
      ["开始时间", "受访者/名字", "受访者/手机", "住址/小区", "_uuid", "_index"],
      ["", "#beneficiary +name", "#contact +phone", "#loc +compound", "", ""],
      ["2024-03-01", "王伟", "13800138000", "曲江池小区", "u-1", "1"],
    ];
    const r = await importOdkExport(file("kobo-labels.csv", csv(rows)), { entity: "resident" });
    expect(r.records[0]).toMatchObject({
      name: "王伟",
      phones: [{ number: "13800138000" }],
      address: { compound: "曲江池小区" },
      meta: { submission: { id: "u-1" } },
    });
  });

  it("says so when no sheet holds submissions", async () => {
    const bytes = writeXlsx([
      {
        name: "members",
        rows: [
          ["name", "_parent_index"],
          ["x", "1"],
        ],
      },
    ]);
    await expect(importOdkExport(file("k.xlsx", bytes), { entity: "resident" })).rejects.toThrow(
      /no sheet of submissions/,
    );
  });
});
