import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCsv } from "../../../adapters/src/csv/write.js";
import { koboCsvFiles, koboResidents } from "../../../adapters/src/odk/kobo-fixture.js";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

// ODK Central and KoboToolbox exports through validate, convert and merge.
const tmp = mkdtempSync(join(tmpdir(), "linli-odk-cli-"));
const io = (lang = "en_US.UTF-8") => memoryIo({ cwd: tmp, env: { LANG: lang } });

const central = {
  main: [
    [
      "SubmissionDate",
      "name",
      "gender",
      "address-compound",
      "meta-instanceID",
      "KEY",
      "ReviewState",
    ],
    ["2024-03-01T01:30:00.000Z", "王伟", "male", "曲江池小区", "uuid:a", "uuid:a", "approved"],
    ["2024-03-01T02:00:00.000Z", "李娜", "female", "雁塔小区", "uuid:b", "uuid:b", ""],
  ],
  members: [
    ["name", "relationship", "PARENT_KEY", "KEY"],
    ["王丽", "spouse", "uuid:a", "uuid:a/members[1]"],
    ["王小明", "child", "uuid:b", "uuid:b/members[1]"],
    ["无主", "child", "uuid:zz", "uuid:zz/members[1]"],
  ],
};
writeFileSync(join(tmp, "居民登记.csv"), formatCsv(central.main));
writeFileSync(join(tmp, "居民登记-members.csv"), formatCsv(central.members));
writeFileSync(join(tmp, "other.csv"), "姓名,性别\n赵敏,女\n");
const kobo = koboCsvFiles(40);
writeFileSync(join(tmp, "kobo.csv"), kobo.files[0]!.bytes);
writeFileSync(join(tmp, "kobo-members.csv"), kobo.files[1]!.bytes);
const workbook = koboResidents(25);
writeFileSync(join(tmp, "kobo.xlsx"), workbook.bytes);

describe("linli with ODK and KoboToolbox exports", () => {
  it("validate reads an ODK Central export as one: the repeat joined, the row without a submission listed", async () => {
    const t = io();
    const files = ["居民登记.csv", "居民登记-members.csv", "other.csv"].map((f) => join(tmp, f));
    expect(await main(["validate", ...files, "--json"], t.io)).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([files[0], files[2]]);
    const [odk] = doc.files;
    expect(odk).toMatchObject({
      rowsRead: 2,
      accepted: 2,
      rejected: 0,
      mapping: { preset: "odk" },
    });
    expect(odk.repeats).toEqual([
      expect.objectContaining({ field: "household.members", rows: 3, joined: 2, orphans: 1 }),
    ]);
    expect(odk.issues.map((i: { code: string; row: number }) => [i.code, i.row])).toEqual([
      ["odk.orphan", 4],
    ]);
    const text = io("zh_CN.UTF-8");
    expect(await main(["validate", files[0]!, files[1]!], text.io)).toBe(0);
    expect(text.out()).toContain(
      "居民登记-members.csv → 同住人员：3 行中 2 行已归入所属提交，1 行找不到所属提交",
    );
    expect(text.out()).toContain("找不到 PARENT_KEY 为 uuid:zz 的提交");
  });

  it("validate says what to give for a repeat file alone, and checks the other files", async () => {
    const t = io();
    const files = [join(tmp, "居民登记-members.csv"), join(tmp, "other.csv")];
    expect(await main(["validate", ...files], t.io)).toBe(2);
    expect(t.err()).toContain(
      "is a repeat of an ODK or KoboToolbox export (PARENT_KEY column); give the submissions file with it",
    );
    expect(t.out()).toContain("other.csv: 1 row read");
  });

  it("convert takes the files of one export and writes each household with its members", async () => {
    const t = io();
    expect(await main(["convert", "kobo.csv", "kobo-members.csv", "-o", "kobo.json"], t.io)).toBe(
      0,
    );
    const records = JSON.parse(readFileSync(join(tmp, "kobo.json"), "utf8"));
    expect(records).toHaveLength(40);
    const members = records.reduce(
      (n: number, r: { household?: { members?: unknown[] } }) =>
        n + (r.household?.members?.length ?? 0),
      0,
    );
    expect(members).toBe(kobo.memberRows);
    expect(t.out()).toContain(
      `${kobo.memberRows} rows joined their submissions of ${kobo.memberRows}`,
    );
    const two = io();
    expect(await main(["convert", "kobo.csv", "other.csv", "-o", "x.json"], two.io)).toBe(2);
    expect(two.err()).toContain("Give one input file");
  });

  it("merge reads a Kobo workbook as one source with its members", async () => {
    const t = io();
    expect(
      await main(
        ["merge", join(tmp, "kobo.xlsx"), join(tmp, "other.csv"), "-o", "out", "--json"],
        t.io,
      ),
    ).toBe(0);
    const merged = JSON.parse(readFileSync(join(tmp, "out", "merged.json"), "utf8"));
    const members = merged.records.reduce(
      (n: number, r: { household?: { members?: unknown[] } }) =>
        n + (r.household?.members?.length ?? 0),
      0,
    );
    expect(members).toBe(workbook.memberRows);
    expect(
      merged.mapping.find((m: { preset?: string }) => m.preset === "kobo").repeats,
    ).toHaveLength(1);
  });

  it("merge guesses the entity from the submissions file, not from its repeats", async () => {
    const t = io();
    const files = ["居民登记.csv", "居民登记-members.csv"].map((f) => join(tmp, f));
    const code = await main(["merge", ...files, "-o", join(tmp, "guessed")], t.io);
    expect(t.err()).not.toContain("different kinds");
    expect(code).toBeLessThan(2);
  });
});
