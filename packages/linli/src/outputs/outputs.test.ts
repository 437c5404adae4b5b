import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importFile } from "@linli/adapters/node";
import { mergeOutputFiles, OUTPUT_FILES } from "linli";
import { LinliError, merge, readMergeResult, writeMergeOutputs } from "linli/node";
import { afterAll, describe, expect, it } from "vitest";

const data = new URL("../../../../examples/merge-communities/data/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "linli-outputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeMergeOutputs", async () => {
  // Files named as a person gives them, e.g. `linli merge 丈八社区居民登记.csv …` in their folder.
  const result = await merge(
    ["丈八社区居民登记.csv", "小寨社区重点人群台账.xlsx", "曲江池社区登记问卷.xlsx"].map(
      (file) => ({
        data: join(data, file),
        file,
      }),
    ),
  );
  const written = await writeMergeOutputs(result, join(dir, "结果"), { lang: "zh-CN" });
  const read = (name: string) => readFileSync(join(written.dir, name));

  it("writes every output into the folder", () => {
    expect(written.files.map((f) => f.name)).toEqual(Object.values(OUTPUT_FILES));
    for (const f of written.files) expect(f.bytes).toBe(read(f.name).length);
  });

  it("clusters.json: each record's id and source rows as file name given and spreadsheet row", () => {
    const clusters = JSON.parse(read("clusters.json").toString("utf8"));
    expect(clusters).toEqual(
      result.clusters.map((c) => ({
        id: c.id,
        rows: c.rows.map((r) => ({ file: r.file, row: r.row })),
      })),
    );
    expect(clusters[0]).toEqual({
      id: result.records[0]!.meta.id,
      rows: [
        { file: "丈八社区居民登记.csv", row: 2 },
        { file: "小寨社区重点人群台账.xlsx", row: 7 },
        { file: "曲江池社区登记问卷.xlsx", row: 3 },
      ],
    });
  });

  it("issues.json: every rejected or warned row with file, row, column, field, code and message", () => {
    const issues = JSON.parse(read("issues.json").toString("utf8"));
    expect(issues).toEqual(JSON.parse(JSON.stringify(result.issues)));
    expect(issues.filter((i: { severity: string }) => i.severity === "error")).toHaveLength(1);
    expect(issues.filter((i: { severity: string }) => i.severity === "withheld")).toHaveLength(3);
    expect(issues[0]).toMatchObject({
      file: "丈八社区居民登记.csv",
      row: 56,
      column: "身份证号码",
      field: "citizenId",
      code: "citizenId.scientificNotation",
      severity: "withheld",
      value: "6.10113E+17",
    });
    expect(Object.keys(issues[0].message)).toEqual(["zh-CN", "en"]);
  });

  it("merged.csv: UTF-8 with a BOM, Chinese headers, one row per record, source rows last", () => {
    const bytes = read("merged.csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(result.records.length + 1);
    expect(lines[0]!.split(",").slice(0, 4)).toEqual(["记录编号", "姓名", "性别", "出生日期"]);
    expect(lines[0]!.endsWith(",来源行")).toBe(true);
    expect(lines[1]).toMatch(/^m-\w+,王建国,男,1956-04-12,/);
    expect(lines[1]).toContain("丈八社区居民登记.csv 第 2 行；小寨社区重点人群台账.xlsx 第 7 行");
  });

  it("merged.xlsx: the same table, read back by the importer", async () => {
    const back = await importFile(join(written.dir, "merged.xlsx"), { entity: "resident" });
    expect(back.summary.accepted).toBe(result.records.length);
    expect(back.records[0]!.name).toBe("王建国");
    expect(back.records[0]!.identifiers?.[0]?.value).toBe(
      result.records[0]!.identifiers?.[0]?.value,
    );
  });

  it("merged.json: the whole result, taken back by a later merge", async () => {
    const earlier = await readMergeResult(join(written.dir, "merged.json"));
    expect(earlier).toEqual(JSON.parse(JSON.stringify(result)));
    // Large files are read line by line, to the same result.
    const lines = await readMergeResult(join(written.dir, "merged.json"), { maxWhole: 0 });
    expect(lines).toEqual(earlier);
    // A record merged from one row is stored once, its row keeping only its own id.
    const stored = JSON.parse(read("merged.json").toString("utf8"));
    const single = stored.clusters.findIndex((c: { rows: unknown[] }) => c.rows.length === 1);
    expect(stored.clusters[single].rows[0].record).toBeUndefined();
    expect(stored.clusters[single].rows[0].recordId).toBe(
      result.clusters[single]!.rows[0]!.record.meta.id,
    );
    const again = await merge([join(written.dir, "merged.json")]);
    expect(again.records.map((r) => r.meta.id)).toEqual(result.records.map((r) => r.meta.id));
    expect(again.mapping).toEqual(result.mapping);
  });

  it("report.html: one file, nothing from the network", () => {
    const html = read("report.html").toString("utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
  });

  it("chooses outputs, and explains a folder it cannot use", async () => {
    expect(mergeOutputFiles(result, { formats: ["issues"] }).map((f) => f.name)).toEqual([
      "issues.json",
    ]);
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const e = await writeMergeOutputs(result, file).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LinliError);
    expect((e as LinliError).text["zh-CN"]).toContain("不是文件夹");
  });

  it("writes English headers and choice labels with lang en", async () => {
    const csv = mergeOutputFiles(result, { lang: "en", formats: ["csv"] })[0]!;
    const parts: Uint8Array[] = [];
    for await (const c of csv.chunks()) parts.push(typeof c === "string" ? Buffer.from(c) : c);
    const text = Buffer.concat(parts)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toMatch(/^Record ID,Name,Gender,Date of birth,/);
    expect(text.split("\r\n")[1]).toMatch(/^m-\w+,王建国,Male,1956-04-12,/);
  });
});
