import { importOdkExport, writeXlsx } from "@linli/adapters";
import { citizenIdCheckChar } from "@linli/core";
import { describe, expect, it } from "vitest";
import { formatCsv } from "../csv/write.js";
import { koboResidents } from "./kobo-fixture.js";

const file = (name: string, rows: string[][]) => ({
  name,
  bytes: new TextEncoder().encode(formatCsv(rows)),
});
const id = (first: string) => first + citizenIdCheckChar(first);

describe("importOdkExport: ODK Central, rows and what is left out", () => {
  it("imports ODK Central's CSV files, the repeat joined by PARENT_KEY, Central's own columns kept aside", async () => {
    const main = [
      ["SubmissionDate", "name", "gender", "address-compound", "meta-instanceID", "KEY"],
      ["2024-03-01T01:30:00.000Z", "王伟", "male", "曲江池小区", "uuid:a", "uuid:a"],
      ["2024-03-01T02:00:00.000Z", "李娜", "female", "雁塔小区", "uuid:b", "uuid:b"],
    ].map((r, i) => [...r, i === 0 ? "ReviewState" : "approved", i === 0 ? "DeviceID" : "d1"]);
    const members = [
      ["name", "relationship", "citizenId", "PARENT_KEY", "KEY"],
      ["王小明", "child", id("61011320100101001"), "uuid:b", "uuid:b/members[1]"],
      ["王丽", "spouse", "", "uuid:a", "uuid:a/members[1]"],
      ["张三", "child", "", "uuid:a", "uuid:a/members[2]"],
    ];
    const r = await importOdkExport(
      [file("居民登记.csv", main), file("居民登记-members.csv", members)],
      { entity: "resident" },
    );
    expect(r.issues).toEqual([]);
    expect(r.summary.mapping.preset).toBe("odk");
    expect(r.records.map((x) => [x.name, x.household?.members?.map((m) => m.name)])).toEqual([
      ["王伟", ["王丽", "张三"]],
      ["李娜", ["王小明"]],
    ]);
    expect(r.records[0]).toMatchObject({
      address: { compound: "曲江池小区" },
      meta: {
        submission: { id: "uuid:a", at: "2024-03-01T01:30:00Z", channel: "ODK Central" },
      },
    });
    expect(r.records[0]!.extra).toEqual(
      expect.arrayContaining([{ header: "ReviewState", value: "approved" }]),
    );
    expect(r.summary.repeats[0]).toMatchObject({ field: "household.members", joined: 3 });
  });

  it("names rows as people see them, blank rows counted, and lists the members of a rejected submission", async () => {
    const kobo = koboResidents(3);
    const main = [...kobo.main];
    main.splice(2, 0, new Array(kobo.main[0]!.length).fill("")); // a blank row 3
    // 居民3 has neither name nor citizen ID: nothing that identifies a resident.
    main[4] = main[4]!.map((c, k) => (["name", "citizenId"].includes(kobo.main[0]![k]!) ? "" : c));
    const bytes = writeXlsx([
      { name: "居民登记", rows: main },
      { name: "members", rows: kobo.members },
    ]);
    const r = await importOdkExport({ name: "kobo.xlsx", bytes }, { entity: "resident" });
    expect(r.records.map((x) => x.name)).toEqual(["居民1", "居民2"]);
    expect(r.rows).toEqual([2, 4]);
    expect(r.rejected.map((x) => [x.row, x.sheet])).toEqual([[5, "居民登记"]]);
    expect(r.summary).toMatchObject({ rowsRead: 4, accepted: 2, rejected: 1, emptySkipped: 1 });
    // 居民3's three members: listed, each by its row in the members sheet.
    const lost = r.issues.filter((i) => i.code === "odk.orphanRejected");
    expect(lost.map((i) => i.row)).toEqual([5, 6, 7]);
    expect(lost[0]!.message["zh-CN"]).toBe(
      "kobo.xlsx「members」表第 5 行：所属的提交（第 5 行）未通过检查，这条 household.members 随之列在此处，未导入",
    );
    expect(lost[0]!.message.en).toMatch(
      /^kobo\.xlsx, sheet “members”, row 5: its submission \(row 5\)/,
    );
    expect(r.summary.repeats[0]).toMatchObject({ rows: 6, joined: 3, orphans: 3 });
  });

  it("lists a repeat sheet that is no list of the entity, and keeps the submissions", async () => {
    const kobo = koboResidents(2);
    const bytes = writeXlsx([
      { name: "居民登记", rows: kobo.main },
      {
        name: "vehicles",
        rows: [
          ["plate", "_parent_index"],
          ["陕A12345", "1"],
        ],
      },
    ]);
    const r = await importOdkExport({ name: "kobo.xlsx", bytes }, { entity: "resident" });
    expect(r.records).toHaveLength(2);
    expect(r.issues.map((i) => i.code)).toEqual(["odk.repeatUnknown"]);
    expect(r.issues[0]!.message.en).toMatch(/this row is no list of resident/);
    expect(r.summary.repeats).toEqual([
      { sheet: "vehicles", file: "kobo.xlsx", field: "", rows: 1, joined: 0, orphans: 1, left: 0 },
    ]);
  });

  it("keeps the members a household can hold, and lists those over the limit", async () => {
    const main = [
      ["name", "_uuid", "_submission_time", "_index"],
      ["王伟", "u1", "2024-03-01T01:30:00", "1"],
    ];
    const members = [["name", "relationship", "_parent_index"]];
    for (let k = 1; k <= 52; k++) members.push([`成员${k}`, "child", "1"]);
    const r = await importOdkExport([file("k.csv", main), file("k-members.csv", members)], {
      entity: "resident",
    });
    expect(r.records[0]!.household?.members).toHaveLength(50);
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([
      ["odk.item", 53],
      ["odk.item", 52],
    ]);
    expect(r.summary.repeats[0]).toMatchObject({ joined: 52, left: 2 });
  });

  it("leaves no empty object behind when every entry of a list is left out", async () => {
    const main = [
      ["name", "_uuid", "_index"],
      ["王伟", "u1", "1"],
    ];
    const members = [
      ["name", "_parent_index"],
      ["王丽", "1"],
    ];
    const r = await importOdkExport([file("k.csv", main), file("k-members.csv", members)], {
      entity: "resident",
    });
    expect(r.issues.map((i) => i.code)).toEqual(["odk.item"]);
    expect(r.records[0]!.household).toBeUndefined();
  });

  it("takes the user's mapping over group paths", async () => {
    const main = [
      ["q1/xm", "_uuid", "_index"],
      ["王伟", "u1", "1"],
    ];
    const r = await importOdkExport(file("k.csv", main), {
      entity: "resident",
      mapping: { entity: "resident", columns: { "q1/xm": "name" } },
    });
    expect(r.records[0]!.name).toBe("王伟");
  });
});
