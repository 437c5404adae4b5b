import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { merge } from "linli";
import { merge as mergeFiles } from "linli/node";
import { afterAll, describe, expect, it } from "vitest";
import { formatCsv } from "../../../adapters/src/csv/write.js";
import { koboCsvFiles, koboResidents } from "../../../adapters/src/odk/kobo-fixture.js";
import { mappingSection } from "../report/details.js";

const dir = mkdtempSync(join(tmpdir(), "linli-odk-merge-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const members = (r: { records: readonly object[] }) =>
  r.records.reduce(
    (n, x) => n + ((x as { household?: { members?: unknown[] } }).household?.members?.length ?? 0),
    0,
  );

describe("merge reads ODK and KoboToolbox exports as one source each", () => {
  it("takes a Kobo workbook among other files: every submission and member, the mapping with its repeats", async () => {
    const kobo = koboResidents(200);
    const xlsx = join(dir, "曲江池Kobo.xlsx");
    writeFileSync(xlsx, kobo.bytes);
    const csv = join(dir, "丈八社区.csv");
    writeFileSync(csv, "姓名,性别,联系电话\n赵敏,女,13700137000\n");
    const r = await mergeFiles([xlsx, csv]);
    expect(r.summary.map((s) => [s.source, s.accepted, s.rejected]).sort()).toEqual([
      ["丈八社区", 1, 0],
      ["曲江池Kobo", 200, 0],
    ]);
    expect(r.records).toHaveLength(201);
    expect(members(r)).toBe(kobo.memberRows);
    const m = r.mapping.find((x) => x.source === "曲江池Kobo")!;
    expect(m).toMatchObject({ preset: "kobo", sheet: "居民登记" });
    expect(m.repeats).toEqual([
      expect.objectContaining({ sheet: "members", joined: kobo.memberRows, orphans: 0 }),
    ]);
    const third = r.records.find((x) => x.name === "居民3")!;
    expect(third.meta.submission).toMatchObject({ channel: "KoboToolbox" });
    expect(third.household?.members).toHaveLength(3);
    // The report says how the repeat joined, in both languages.
    expect(mappingSection(r, "en")).toContain(
      `曲江池Kobo.xlsx · members → People living together: ${kobo.memberRows} rows joined of ${kobo.memberRows}</li>`,
    );
    expect(mappingSection(r, "zh-CN")).toContain(
      `members → 同住人员：${kobo.memberRows} 行中 ${kobo.memberRows} 行已归入所属提交</li>`,
    );
  });

  it("joins CSV files given as Files: the submissions and the repeat named after them", async () => {
    const kobo = koboCsvFiles(30);
    const files = kobo.files.map((f) => new File([f.bytes], f.name));
    const r = await merge([files[1]!, files[0]!]);
    expect(r.summary.map((s) => [s.source, s.accepted])).toEqual([["居民登记", 30]]);
    expect(members(r)).toBe(kobo.memberRows);
    // Rows are those of the submissions file.
    const row = r.clusters.flatMap((c) => c.rows).find((x) => x.row === 4);
    expect(row?.source).toBe("居民登记");
  });

  it("refuses a repeat file without its submissions, saying what to give", async () => {
    const rows = [
      ["name", "relationship", "PARENT_KEY", "KEY"],
      ["王丽", "spouse", "uuid:a", "uuid:a/members[1]"],
    ];
    const file = join(dir, "form-members.csv");
    writeFileSync(file, formatCsv(rows));
    const e = await mergeFiles([file]).catch((x: unknown) => x);
    expect((e as { localized: { en: string } }).localized.en).toMatch(
      /form-members\.csv is a repeat of an ODK or KoboToolbox export \(PARENT_KEY column\); give the submissions file with it/,
    );
    expect((e as { localized: Record<string, string> }).localized["zh-CN"]).toMatch(/重复组/);
  });

  it("reads a file as a plain table when the user names its preset", async () => {
    const kobo = koboResidents(3);
    const xlsx = join(dir, "plain.xlsx");
    writeFileSync(xlsx, kobo.bytes);
    const r = await mergeFiles([{ data: xlsx, import: { preset: "none" } }]);
    expect(r.mapping[0]!.preset).toBeUndefined();
    expect(members(r)).toBe(0);
  });

  it("reads phone numbers in the plan of the merge's phoneCountry, repeat rows included", async () => {
    const submissions = formatCsv([
      ["SubmissionDate", "name", "phone", "meta-instanceID", "KEY"],
      ["2024-03-01T01:30:00.000Z", "Alice", "(202) 555-0142", "uuid:a", "uuid:a"],
    ]);
    const repeat = formatCsv([
      ["name", "relationship", "phone", "PARENT_KEY", "KEY"],
      ["Bob", "spouse", "(202) 555-0143", "uuid:a", "uuid:a/members[1]"],
    ]);
    const files = [new File([submissions], "居民.csv"), new File([repeat], "居民-members.csv")];
    const r = await merge(files, { entity: "resident", import: { phoneCountry: "US" } });
    const alice = r.records.find((x) => x.name === "Alice")!;
    expect(alice.phones).toEqual([expect.objectContaining({ number: "+12025550142" })]);
    expect(alice.household?.members).toEqual([
      expect.objectContaining({ name: "Bob", phone: "+12025550143" }),
    ]);
  });
});
