import { dedupe, parseLinkageProfile } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

describe("parseLinkageProfile", () => {
  it("reads a profile written as JSON and links with it", () => {
    const r = parseLinkageProfile(
      JSON.stringify({
        name: "needs-by-phone",
        summary: "phone, item and day",
        fields: [
          { name: "phone", anyOf: ["phone", "phone2"], comparator: "phone" },
          {
            name: "item",
            column: "itemName",
            comparator: "string",
            options: { thresholds: [0.9] },
          },
          {
            name: "when",
            column: "reportedAt",
            comparator: "time",
            options: { withinHours: [24] },
          },
          { name: "ref", path: "meta.submission.id", comparator: "identifier" },
        ],
        blocking: [
          { name: "phone", on: ["phone"], transform: "last8" },
          { name: "item-day", on: ["item", "when"], transform: [null, "day"] },
        ],
        cannotLink: ["ref"],
        threshold: 0.95,
      }),
      "need",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.summary).toEqual({ "zh-CN": "phone, item and day", en: "phone, item and day" });
    const need = (id: string, phone: string, reportedAt: string) => ({
      meta: { id, schemaVersion: "0.0.0" },
      requesterName: "张静",
      category: "food",
      itemName: "大米",
      phones: [{ number: phone }],
      reportedAt,
    });
    const rows = [
      need("a", "13800138000", "2022-01-05T09:00:00+08:00"),
      need("b", "+86 138 0013 8000", "2022/1/5 10:30"),
      need("c", "13912345678", "2022-02-01T09:00:00+08:00"),
    ];
    // The same request logged twice by phone; the one a month later is another need.
    expect(
      dedupe(rows, { profile: r.value })
        .clusters.map((c) => c.length)
        .sort(),
    ).toEqual([1, 2]);
  });

  it("reports every problem with its place, in Chinese and English", () => {
    const r = parseLinkageProfile(
      {
        name: "bad",
        fields: [
          { name: "phone", column: "phon", comparator: "phone" },
          { name: "item", column: "itemName", comparator: "jaro" },
          { name: "item", column: "itemName", comparator: "exact" },
          { name: "when", column: "reportedAt", comparator: "exact", options: { x: 1 } },
          { name: "n", column: "itemName", comparator: "exact", m: [0.9] },
          { name: "name", column: "requesterName", comparator: "chineseName" },
        ],
        blocking: [
          { name: "b1", on: ["phone"], transform: "lastEight" },
          { name: "b2", on: [] },
        ],
        cannotLink: ["name"],
        conflicts: ["nope"],
        threshold: 1.5,
        training: [{ rule: "nope" }],
        colour: "red",
      },
      "need",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => `${i.path} ${i.code}`);
    expect(paths).toEqual([
      "profile profile.unknownKey",
      "fields[0].column profile.column",
      "fields[1].comparator profile.comparator",
      "fields[2].name profile.duplicate",
      "fields[3].options profile.options",
      "fields[4].m profile.levels",
      "blocking[0].on[0] profile.field",
      "blocking[1].on profile.empty",
      "cannotLink[0] profile.cannotLink",
      "conflicts[0] profile.field",
      "threshold profile.threshold",
      "training[0].rule profile.rule",
    ]);
    const column = r.issues[1]!.message;
    expect(column["zh-CN"]).toBe("fields[0].column：need数据没有“phon”这一列");
    expect(column.en).toBe("fields[0].column: “phon” is no column of need");
    expect(parseLinkageProfile("{ fields: ", "need")).toMatchObject({
      ok: false,
      issues: [{ code: "profile.json" }],
    });
  });
});
