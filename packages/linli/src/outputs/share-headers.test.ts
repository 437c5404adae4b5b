import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pseudonymizer } from "linli";
import { merge, writeMergeOutputs } from "linli/node";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "linli-share-headers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytes = (text: string) => new TextEncoder().encode(text);
const date = new Date("2022-01-05T08:00:00Z");

// The first person's name, ID and phone used to become the headers of a file without a
// header row, and appeared in every output under public-statistics.
const PERSON = ["王伟", "110101199003077777", "13800138000"];
const NO_HEADER = `${PERSON.join(",")},幸福路1号\n李娜,110101198505051234,13912345678,幸福路2号\n`;

const allText = (out: string) =>
  readdirSync(out)
    .map((f) => readFileSync(join(out, f), "utf8"))
    .join("\n");

describe("personal data in headers", () => {
  it("a file without a header row: its first row is read as data, with a note, nothing lost", async () => {
    const result = await merge([{ data: bytes(NO_HEADER), file: "无表头.csv" }]);
    expect(result.summary[0]).toMatchObject({ rowsRead: 2 });
    const m = result.mapping[0]!;
    expect(m.columns.map((c) => c.header)).toEqual(["A", "B", "C", "D"]);
    expect(m.notes[0]!.code).toBe("header.none");
    expect(m.notes[0]!.message["zh-CN"]).toContain("第 1 行");
    const mapped = await merge([
      {
        data: bytes(NO_HEADER),
        file: "无表头.csv",
        mapping: { entity: "resident", columns: { A: "name", B: "citizenId", C: "phone" } },
      },
    ]);
    expect(mapped.records.map((r) => r.name).sort()).toEqual(["李娜", "王伟"]);
  });

  it("under public-statistics no output holds a value typed into a header", async () => {
    const valueHeader = `姓名,电话,${PERSON[1]},${PERSON[2]}\n李娜,13912345678,x,y\n`;
    for (const [name, text] of [
      ["no-header", NO_HEADER],
      ["value-header", valueHeader],
    ] as const) {
      const result = await merge([{ data: bytes(text), file: `${name}.csv` }]);
      const w = await writeMergeOutputs(result, join(dir, name), {
        profile: "public-statistics",
        report: { date },
      });
      const out = allText(w.dir);
      for (const v of PERSON) expect(out).not.toContain(v);
    }
  });

  it("without a profile the header is shown as it is", async () => {
    const result = await merge([
      { data: bytes(`姓名,电话,${PERSON[1]}\n李娜,13912345678,x\n`), file: "a.csv" },
    ]);
    const w = await writeMergeOutputs(result, join(dir, "plain"), { report: { date } });
    expect(readFileSync(join(w.dir, "merged.json"), "utf8")).toContain(PERSON[1]);
  });

  it("a record number that is the ID number leaves under partner-ngo only as its pseudonym", async () => {
    const text = `记录编号,姓名,电话\n${PERSON[1]},王伟,13800138000\n110101198505051234,李娜,13912345678\n`;
    const result = await merge([{ data: bytes(text), file: "记录编号.csv" }]);
    const keyed = await pseudonymizer("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    for (const [name, options] of [
      ["ids-keyed", { pseudonymizer: keyed }],
      ["ids-unkeyed", {}],
    ] as const) {
      const w = await writeMergeOutputs(result, join(dir, name), {
        profile: "partner-ngo",
        profileOptions: options,
        report: { date },
      });
      const out = allText(w.dir);
      expect(out).not.toContain(PERSON[1]);
      expect(out).not.toContain("110101198505051234");
    }
  });
});
