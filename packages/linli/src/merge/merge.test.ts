import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LinliError, MergeError, merge } from "linli";
import { merge as mergeFiles } from "linli/node";
import { describe, expect, it } from "vitest";

const data = fileURLToPath(
  new URL("../../../../examples/merge-communities/data/", import.meta.url),
);
const FILES = ["丈八社区居民登记.csv", "小寨社区重点人群台账.xlsx", "曲江池社区登记问卷.xlsx"];

const meta = (id: string) => ({ id, schemaVersion: "0.0.0" });
const names = (r: Awaited<ReturnType<typeof merge>>) =>
  r.clusters
    .filter((c) => c.rows.length > 1)
    .map((c) => c.rows.map((m) => `${m.source}:${m.row}`).join(" "));

describe("merge from any kind of source", () => {
  it("takes Files, flat rows, records and async iterables, each with its name", async () => {
    async function* stream() {
      yield { meta: meta("v1"), name: "张静", gender: "female" as const, birthDate: "1985-03-02" };
      yield { meta: meta("v2"), name: "" }; // invalid: rejected with its reason
      yield null; // an empty item
    }
    const r = await merge([
      new File(
        [
          "姓名,性别,出生日期,联系电话\n张静,女,1985-03-02,13800138000\n李娜,女,1990-07-19,13912345678\n",
        ],
        "丈八社区.csv",
      ),
      {
        name: "小寨社区",
        data: [{ 姓名: "張靜", 性别: "女", 出生年月: "1985/3/2", 手机: "138 0013 8000" }],
      },
      { name: "志愿者", data: stream() },
    ]);
    expect(
      r.summary.map((s) => [s.source, s.rowsRead, s.accepted, s.rejected, s.emptySkipped]),
    ).toEqual([
      ["丈八社区", 2, 2, 0, 0],
      ["小寨社区", 1, 1, 0, 0],
      ["志愿者", 3, 1, 1, 1],
    ]);
    expect(r.mapping.map((m) => m.file)).toEqual(["丈八社区.csv", "小寨社区"]);
    expect(r.issues.map((i) => i.code)).toEqual(["schema.empty", "record.identity"]);
    expect(r.issues[0]).toMatchObject({ file: "志愿者", row: 2, field: "name", severity: "error" });
    expect(r.issues[0]!.message["zh-CN"]).toMatch(/^志愿者 第 2 条：/);
    const zhang = r.clusters.find((c) => c.rows.length === 3);
    expect(zhang?.rows.map((m) => `${m.file}:${m.row}`)).toEqual([
      "丈八社区.csv:2",
      "小寨社区:1",
      "志愿者:1",
    ]);
    expect(r.records.find((x) => x.meta.id === zhang?.id)?.name).toBe("张静");
    expect(r.stats.timings.import).toBeGreaterThanOrEqual(0);
  });

  it("tells apart two files that share a name in different folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-names-"));
    for (const [folder, name] of [
      ["丈八", "王伟"],
      ["小寨", "李娜"],
    ] as const) {
      mkdirSync(join(dir, folder));
      writeFileSync(
        join(dir, folder, "居民.csv"),
        `姓名,联系电话\n${name},1380013800${name.length}\n`,
      );
    }
    const r = await mergeFiles([join(dir, "丈八", "居民.csv"), join(dir, "小寨", "居民.csv")]);
    expect(r.summary.map((s) => s.source)).toEqual(
      [join(dir, "丈八", "居民"), join(dir, "小寨", "居民")].sort(),
    );
    expect(r.records.map((x) => x.name).sort()).toEqual(["李娜", "王伟"]);
    expect(r.issues).toEqual([]);
  });

  it("says what is wrong with an input, in both languages", async () => {
    await expect(merge(["居民.csv"])).rejects.toThrow(LinliError);
    await expect(merge([{ data: [] }])).rejects.toThrow(/source 1 has none/);
    await expect(merge([{ name: "x", data: 42 as never }])).rejects.toThrow(/neither a file/);
    const shifts = await merge([{ name: "x", data: [] }], { entity: "shift" });
    expect(shifts).toMatchObject({ entity: "shift", records: [] });
    await expect(merge([shifts], { entity: "resident" })).rejects.toThrow(MergeError);
    const e = await mergeFiles([`${data}没有这个文件.csv`]).catch((x: unknown) => x);
    expect((e as LinliError).text["zh-CN"]).toContain("找不到文件");
  });
});

describe("merge of the example communities", async () => {
  const result = await mergeFiles(FILES.map((f) => `${data}${f}`));

  it("accounts for every row of every file", () => {
    for (const s of result.summary) {
      expect(s.rowsRead).toBe(s.accepted + s.rejected + s.emptySkipped);
      expect(s.withheldRows).toBeLessThanOrEqual(s.accepted);
      expect(s.rows).toBe(s.unique + s.duplicatesWithin + s.duplicatesAcross);
      expect(s.rows).toBe(s.accepted);
    }
    // An ID Excel turned into a number, the date 1972-02-30 and a six-digit ID are withheld
    // cells of rows kept; only the row without a name (or ID) is rejected.
    expect(result.summary.map((s) => [s.rejected, s.emptySkipped, s.withheldRows])).toEqual([
      [1, 2, 1],
      [0, 0, 1],
      [0, 0, 1],
    ]);
    const rows = result.clusters.reduce((n, c) => n + c.rows.length, 0);
    expect(rows).toBe(result.summary.reduce((n, s) => n + s.accepted, 0));
  });

  it("merges the same person across communities, and keeps families and twins apart", () => {
    expect(names(result)).toEqual([
      "丈八社区居民登记:2 小寨社区重点人群台账:7 曲江池社区登记问卷:3", // 王建国 / 王建國, three phone formats
      "丈八社区居民登记:4 曲江池社区登记问卷:2", // 张静 / 張靜
      "丈八社区居民登记:5 曲江池社区登记问卷:5", // 刘佳 (her twin 刘倩, row 6, stays alone)
      "丈八社区居民登记:7 曲江池社区登记问卷:8", // 陈志强 / 陳志強
      "小寨社区重点人群台账:4 小寨社区重点人群台账:5", // 赵敏 registered twice, an ID typo
      "小寨社区重点人群台账:6 曲江池社区登记问卷:4", // 马丽, day and month swapped
    ]);
    const alone = (source: string, row: number) =>
      result.clusters.find((c) => c.rows.some((m) => m.source === source && m.row === row))!.rows
        .length;
    expect(alone("丈八社区居民登记", 3)).toBe(1); // 王小明, 王建国's son: same phone and home
    expect(alone("丈八社区居民登记", 6)).toBe(1); // 刘倩
    expect(alone("曲江池社区登记问卷", 6)).toBe(1); // 周卫东
    expect(alone("曲江池社区登记问卷", 7)).toBe(1); // 吴桂兰, his wife
  });

  it("records the conflicts with every value and where it came from", () => {
    expect(result.conflicts.map((c) => c.field).sort()).toEqual([
      "address",
      "birthDate",
      "citizenId",
    ]);
    const birth = result.conflicts.find((c) => c.field === "birthDate")!;
    expect(birth.values.map((v) => v.value).sort()).toEqual(["1979-05-06", "1979-06-05"]);
    expect(birth.values.flatMap((v) => v.rows.map((r) => r.file.split("/").pop()))).toHaveLength(2);
  });

  it("re-merges its own result with a file already in it without adding anything", async () => {
    const again = await mergeFiles([result, `${data}${FILES[1]}`]);
    expect(again.records.map((r) => r.meta.id)).toEqual(result.records.map((r) => r.meta.id));
    expect(again.summary.find((s) => s.source === "小寨社区重点人群台账")?.repeated).toBe(46);
    // Incremental: the first two files first, then the third; the ids of the first merge stay.
    const first = await mergeFiles(FILES.slice(0, 2).map((f) => `${data}${f}`));
    const next = await mergeFiles([first, `${data}${FILES[2]}`]);
    expect(next.clusters.map((c) => c.rows.map((m) => m.key).join("|")).sort()).toEqual(
      result.clusters.map((c) => c.rows.map((m) => m.key).join("|")).sort(),
    );
    for (const c of first.clusters) {
      const now = next.clusters.find((x) => x.rows.some((m) => m.key === c.rows[0]!.key))!;
      expect(now.id).toBe(c.id);
    }
  });
});

describe("import settings for every file", () => {
  it("defaults and crs: a constant for the whole file and the coordinate system of its points", async () => {
    const file = (name: string, text: string) => new File([text], name);
    const r = await merge(
      [
        file("东区.csv", "求助人,物资名称,纬度,经度\n王伟,胰岛素,34.2,108.9\n"),
        file("西区.csv", "求助人,物资名称,需求类别\n李娜,口罩,防护用品\n"),
      ],
      { entity: "need", import: { defaults: { category: "medicine" }, crs: "GCJ-02" } },
    );
    const byName = new Map(r.records.map((x) => [x.requesterName, x]));
    expect(byName.get("王伟")?.category).toBe("medicine");
    expect(byName.get("王伟")?.deliveryAddress?.geo).toEqual({
      lat: 34.2,
      lon: 108.9,
      crs: "GCJ-02",
    });
    // A cell of the file wins over the constant.
    expect(byName.get("李娜")?.category).toBe("protective-supplies");
    // No WGS-84 notice when the system is stated.
    expect(r.mapping.flatMap((m) => m.notes.map((n) => n.code))).not.toContain("geo.assumedWgs84");
  });
});
