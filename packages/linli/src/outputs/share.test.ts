import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXPORT_LOG_FILE, mergeOutputFiles, OUTPUT_FILES, parseMergeResult } from "linli";
import { LinliError, merge, readMergeResult, writeMergeOutputs } from "linli/node";
import { afterAll, describe, expect, it } from "vitest";

const data = new URL("../../../../examples/merge-communities/data/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "linli-share-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const date = new Date("2022-01-05T08:00:00Z");

async function text(file: {
  chunks(): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
}) {
  const parts: Buffer[] = [];
  for await (const c of file.chunks())
    parts.push(typeof c === "string" ? Buffer.from(c) : Buffer.from(c));
  return Buffer.concat(parts).toString("utf8");
}

describe("merge outputs under a sharing profile", async () => {
  const result = await merge(
    ["丈八社区居民登记.csv", "小寨社区重点人群台账.xlsx", "曲江池社区登记问卷.xlsx"].map(
      (file) => ({ data: join(data, file), file }),
    ),
  );
  const write = (name: string, profile?: "internal" | "partner-ngo" | "public-statistics") =>
    writeMergeOutputs(result, join(dir, name), {
      report: { date },
      ...(profile ? { profile } : {}),
    });
  const plain = await write("plain");
  const partner = await write("partner", "partner-ngo");
  const stats = await write("stats", "public-statistics");
  const internal = await write("internal", "internal");
  const read = (w: { dir: string }, name: string) => readFileSync(join(w.dir, name), "utf8");
  const citizenIds = result.records.flatMap(
    (r) => r.identifiers?.filter((i) => i.scheme === "cn-citizen-id").map((i) => i.value) ?? [],
  );
  const phones = result.records.flatMap((r) => r.phones?.map((p) => p.number) ?? []);

  it("writes every output and an export log naming the profile, the time, the count and the files", () => {
    expect(partner.files.map((f) => f.name)).toEqual([
      ...Object.values(OUTPUT_FILES),
      EXPORT_LOG_FILE,
    ]);
    expect(plain.files.map((f) => f.name)).not.toContain(EXPORT_LOG_FILE);
    const log = JSON.parse(read(partner, EXPORT_LOG_FILE));
    expect(log).toMatchObject({
      linli: "export-log",
      at: "2022-01-05T08:00:00.000Z",
      entity: "resident",
      count: result.records.length,
      format: "merge",
      view: "shared",
      profile: { name: "partner-ngo", builtin: true },
      files: Object.values(OUTPUT_FILES),
    });
    expect(JSON.parse(read(internal, EXPORT_LOG_FILE)).view).toBe("canonical");
  });

  it("leaves no citizen ID or phone of the records in any output of partner-ngo or public-statistics", () => {
    expect(citizenIds.length).toBeGreaterThan(50);
    expect(phones.length).toBeGreaterThan(50);
    for (const w of [partner, stats]) {
      for (const f of w.files) {
        if (f.name.endsWith(".xlsx")) continue; // checked inflated in privacy.property.test.ts
        const body = read(w, f.name);
        for (const id of citizenIds) expect(body, `${f.name} ${id}`).not.toContain(id);
        for (const p of phones) expect(body, `${f.name} ${p}`).not.toContain(p);
      }
    }
    // Without a profile they are all there: the check above has something to find.
    expect(read(plain, "merged.json")).toContain(citizenIds[0]);
  });

  it("partner-ngo: names masked in the table and the report, IDs kept so rows can be traced", () => {
    const csv = read(partner, "merged.csv");
    expect(csv.split("\r\n")[0]).toContain("姓名（部分隐藏）");
    expect(csv).toContain("王*国");
    expect(csv).not.toContain("王建国");
    const html = read(partner, "report.html");
    expect(html).toContain('data-profile="partner-ngo"');
    expect(html).toContain("王*国");
    expect(html).not.toContain("王建国");
    expect(html).toMatch(/data-cluster="m-/);
    const clusters = JSON.parse(read(partner, "clusters.json"));
    expect(clusters[0].id).toBe(result.records[0]!.meta.id);
  });

  it("issues.json: raw cells and the messages quoting them are withheld, the row and reason kept", () => {
    const issues = JSON.parse(read(partner, "issues.json"));
    expect(issues).toHaveLength(result.issues.length);
    const first = issues[0];
    expect(first).toMatchObject({
      file: "丈八社区居民登记.csv",
      row: 56,
      column: "身份证号码",
      field: "citizenId",
      code: "citizenId.scientificNotation",
    });
    expect(result.issues[0]!.value).toBeDefined();
    expect(first.value).toBeUndefined();
    expect(first.message["zh-CN"]).toContain("按共享方案“partner-ngo”不予显示");
    expect(first.message.en).toContain("withheld under the sharing profile “partner-ngo”");
  });

  it("public-statistics: no record IDs anywhere, and the report only counts", () => {
    const clusters = JSON.parse(read(stats, "clusters.json"));
    expect(clusters).toHaveLength(result.records.length);
    expect(clusters.every((c: object) => !("id" in c))).toBe(true);
    const html = read(stats, "report.html");
    expect(html).not.toMatch(/data-record=|data-cluster=|data-rejected-row=/);
    expect(html).toContain('<span data-count="rejectedRows">1</span>');
    expect(html).toContain('<span data-count="withheldCells">3</span>');
    expect(html).toContain("citizenId.scientificNotation");
    for (const r of result.records) expect(html).not.toContain(r.meta.id);
    const json = read(stats, "merged.json");
    for (const r of result.records.slice(0, 20)) expect(json).not.toContain(r.meta.id);
  });

  it("internal: outputs as without a profile, and merged.json still merges", async () => {
    for (const name of ["merged.csv", "clusters.json", "issues.json"]) {
      expect(read(internal, name), name).toBe(read(plain, name));
    }
    expect(read(internal, "merged.json")).toContain(
      '"profile":{"name":"internal","view":"canonical"}',
    );
    const again = await merge([join(internal.dir, "merged.json")]);
    expect(again.records.map((r) => r.meta.id)).toEqual(result.records.map((r) => r.meta.id));
  });

  it("refuses a shared merged.json as input of a later merge, in both languages", async () => {
    const path = join(partner.dir, "merged.json");
    expect(read(partner, "merged.json")).toMatch(
      /^\{"format":"linli-merge","version":1,"entity":"resident",\n"profile":\{"name":"partner-ngo","view":"shared"\}/,
    );
    for (const attempt of [
      () => readMergeResult(path),
      () => readMergeResult(path, { maxWhole: 0 }),
      () => merge([path, join(data, "丈八社区居民登记.csv")]),
      () => merge([JSON.parse(read(stats, "merged.json"))]),
      async () => parseMergeResult(read(partner, "merged.json")),
    ]) {
      const e = await attempt().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(LinliError);
      expect((e as LinliError).code).toBe("merge.sharedJson");
      expect((e as LinliError).text["zh-CN"]).toContain("共享视图");
      expect((e as LinliError).text.en).toContain("cannot be merged again");
    }
  });

  it("applies the profile in mergeOutputFiles too (browsers), with the log last", async () => {
    const files = mergeOutputFiles(result, { profile: "partner-ngo", formats: ["issues"] });
    expect(files.map((f) => f.name)).toEqual(["issues.json", EXPORT_LOG_FILE]);
    expect(JSON.parse(await text(files[1]!)).files).toEqual(["issues.json"]);
    expect(await text(files[0]!)).not.toContain(result.issues[0]!.value!);
  });
});

describe("a profile that only drops fields", async () => {
  const result = await merge([
    {
      name: "丈八社区",
      data: [
        { 姓名: "王伟", 联系电话: "13800138000", 身份证号: "11010519491231002X" },
        { 姓名: "李娜", 性别: "13900139000" },
      ],
    },
  ]);
  const profile = {
    name: "no-phones-or-ids",
    description: { "zh-CN": "不含电话和证件号码", en: "No phones or ID numbers" },
    extends: "internal" as const,
    // citizen-id: pseudonymise without a secret drops it too.
    kinds: { phone: "drop" as const, "citizen-id": "pseudonymise" as const },
  };

  it("leaves the dropped values out of every output", async () => {
    const files = mergeOutputFiles(result, {
      profile,
      formats: ["csv", "json", "clusters", "issues", "report"],
    });
    for (const f of files) {
      const body = await text(f);
      for (const v of ["13800138000", "11010519491231002X"])
        expect(body, `${f.name} ${v}`).not.toContain(v);
    }
    const plain = await text(mergeOutputFiles(result, { formats: ["json"] })[0]!);
    expect(plain).toContain("13800138000");
    // The rejected gender cell stays: the profile keeps gender as it is, and free text.
    const issues = JSON.parse(await text(files.find((f) => f.kind === "issues")!));
    expect(issues[0]).toMatchObject({ field: "gender", value: "13900139000" });
    // merged.json and the log agree: a view with values left out is a shared one.
    const json = JSON.parse(await text(files.find((f) => f.kind === "json")!));
    const log = JSON.parse(await text(files.find((f) => f.kind === "log")!));
    expect([json.profile?.view, log.view]).toEqual(["shared", "shared"]);
  });
});
