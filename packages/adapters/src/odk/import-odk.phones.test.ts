import { importOdkExport } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { formatCsv } from "../csv/write.js";

// Central's CSV files: the submissions, and a repeat of household members.
const files = [
  {
    name: "居民.csv",
    bytes: new TextEncoder().encode(
      formatCsv([
        ["SubmissionDate", "name", "phone", "meta-instanceID", "KEY"],
        ["2024-03-01T01:30:00.000Z", "Alice", "(202) 555-0142", "uuid:a", "uuid:a"],
      ]),
    ),
  },
  {
    name: "居民-members.csv",
    bytes: new TextEncoder().encode(
      formatCsv([
        ["name", "relationship", "phone", "PARENT_KEY", "KEY"],
        ["Bob", "spouse", "(202) 555-0143", "uuid:a", "uuid:a/members[1]"],
        ["张三", "child", "138 0013 8000", "uuid:a", "uuid:a/members[2]"],
        ["李四", "child", "李四 13800138001", "uuid:a", "uuid:a/members[3]"],
      ]),
    ),
  },
];

describe("phone numbers of an ODK export", () => {
  it("read the submissions' and the repeat rows' numbers in the plan of phoneCountry", async () => {
    const r = await importOdkExport(files, { entity: "resident", phoneCountry: "us" });
    expect(r.records).toHaveLength(1);
    const [alice] = r.records;
    expect(alice!.phones).toEqual([expect.objectContaining({ number: "+12025550142" })]);
    expect(alice!.household?.members?.[0]).toMatchObject({ name: "Bob", phone: "+12025550143" });
  });

  it("read repeat rows' numbers as phone cells are, China's plan by default", async () => {
    const r = await importOdkExport(files, { entity: "resident" });
    const [alice] = r.records;
    expect(alice!.phones).toEqual([expect.objectContaining({ number: "02025550142" })]);
    const members = alice!.household?.members ?? [];
    expect(members.map((m) => [m.name, m.phone])).toEqual([
      ["Bob", "02025550143"],
      ["张三", "13800138000"],
      // Not one plain number: the member is kept, the cell left out and said.
      ["李四", undefined],
    ]);
    expect(r.issues.map((i) => i.message.en).join("\n")).toContain("李四 13800138001");
  });

  it("refuses a country code with no known plan", async () => {
    await expect(
      importOdkExport(files, { entity: "resident", phoneCountry: "XX" }),
    ).rejects.toThrow(expect.objectContaining({ code: "phoneCountry.unknown" }));
  });
});
