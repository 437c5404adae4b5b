import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const data = fileURLToPath(
  new URL("../../../../examples/merge-communities/data/", import.meta.url),
);
const FILES = ["丈八社区居民登记.csv", "小寨社区重点人群台账.xlsx", "曲江池社区登记问卷.xlsx"].map(
  (f) => join(data, f),
);
const tmp = mkdtempSync(join(tmpdir(), "linli-merge-cli-"));

const io = (lang = "zh_CN.UTF-8", isTTY = false) => memoryIo({ env: { LANG: lang }, isTTY });

describe("linli merge", () => {
  it("merges, writes every output, says where, and exits 1 as rows were rejected", async () => {
    const t = io();
    const dir = join(tmp, "结果");
    expect(await main(["merge", ...FILES, "-o", dir, "--progress"], t.io)).toBe(1);
    const out = t.out();
    expect(out).toContain(
      "已合并 3 个来源：读取 156 行 = 完整接受 150 + 接受但有暂缓单元格 3 + 拒绝 1 + 空行 2。结果共 146 条记录",
    );
    expect(out).toContain("有 3 个单元格无法识别，已暂缓录入（所在行已保留）");
    expect(out).toContain(`结果已写入 ${dir}：`);
    for (const f of [
      "merged.csv",
      "merged.xlsx",
      "merged.json",
      "clusters.json",
      "issues.json",
      "report.html",
    ]) {
      expect(out).toContain(f);
      expect(existsSync(join(dir, f))).toBe(true);
    }
    // Progress on stderr, asked for with --progress: plain lines, as it is not a terminal.
    expect(t.err()).toContain("查找重复");
    expect(t.err()).toContain("写出 merged.xlsx");
    expect(t.err()).not.toContain("\r");
    expect(t.err()).not.toContain("\u001b");
    const clusters = JSON.parse(readFileSync(join(dir, "clusters.json"), "utf8"));
    expect(clusters[0].rows[0]).toEqual({ file: FILES[0], row: 2 });
  });

  it("--engine duckdb writes the same merge as the in-memory engine", async () => {
    const memory = join(tmp, "memory");
    const duckdb = join(tmp, "duckdb");
    expect(await main(["merge", ...FILES, "-o", memory], io().io)).toBe(1);
    const t = io();
    const work = join(tmp, "work");
    const args = [
      "--engine",
      "duckdb",
      "--memory-limit",
      "500MB",
      "--work-dir",
      work,
      "--progress",
    ];
    expect(await main(["merge", ...FILES, "-o", duckdb, ...args], t.io)).toBe(1);
    // DuckDB worked in --work-dir and removed its working folder afterwards.
    expect(readdirSync(work)).toEqual([]);
    expect(t.out()).toContain("结果共 146 条记录");
    for (const f of ["clusters.json", "merged.csv", "issues.json"]) {
      expect(readFileSync(join(duckdb, f), "utf8"), f).toBe(readFileSync(join(memory, f), "utf8"));
    }
  });

  it("--memory-limit and --work-dir belong to --engine duckdb; the limit is an amount, said before any file is read", async () => {
    const t = io("en_US.UTF-8");
    expect(await main(["merge", ...FILES, "-o", tmp, "--memory-limit", "8GB"], t.io)).toBe(2);
    expect(t.err()).toContain("add --engine duckdb");
    const w = io();
    expect(await main(["merge", ...FILES, "-o", tmp, "--work-dir", tmp], w.io)).toBe(2);
    expect(w.err()).toContain("--work-dir");
    expect(w.err()).toContain("请加上 --engine duckdb");
    const z = io();
    const args = ["--engine", "duckdb", "--memory-limit", "lots"];
    expect(await main(["merge", "missing.csv", "-o", tmp, ...args], z.io)).toBe(2);
    expect(z.err()).toContain("--memory-limit 应为内存大小");
    const e = io("en_US.UTF-8");
    expect(await main(["merge", ...FILES, "-o", tmp, "--engine", "spark"], e.io)).toBe(2);
    expect(e.err()).toContain("duckdb");
  });

  it("--json prints the summary; a rule and priority change what is kept", async () => {
    const t = io("en_US.UTF-8");
    const dir = join(tmp, "json");
    const code = await main(
      [
        "merge",
        ...FILES,
        "-o",
        dir,
        "--json",
        "--rule",
        "address=source-priority",
        "--priority",
        "小寨社区重点人群台账",
      ],
      t.io,
    );
    expect(code).toBe(1);
    expect(t.err()).toBe("");
    const doc = JSON.parse(t.out());
    expect(doc.figures).toMatchObject({
      sources: 3,
      rowsRead: 156,
      accepted: 153,
      acceptedInFull: 150,
      withheldRows: 3,
      withheldCells: 3,
      rejected: 1,
      emptySkipped: 2,
      records: 146,
    });
    expect(doc.files.map((f: { name: string }) => f.name)).toContain("report.html");
    expect(doc.summary).toHaveLength(3);
    const merged = JSON.parse(readFileSync(join(dir, "merged.json"), "utf8"));
    expect(merged.records[0].name).toBe("王建国");
    expect(merged.records[0].address.compound).toBe("长安中路12号院");
  });

  it("merges a new file into an earlier merged.json, keeping the ids", async () => {
    const first = join(tmp, "first");
    await main(["merge", FILES[0]!, FILES[1]!, "-o", first], io().io);
    const next = join(tmp, "next");
    await main(["merge", join(first, "merged.json"), FILES[2]!, "-o", next], io().io);
    const a = JSON.parse(readFileSync(join(first, "clusters.json"), "utf8"));
    const b = JSON.parse(readFileSync(join(next, "clusters.json"), "utf8"));
    const ids = new Set(b.map((c: { id: string }) => c.id));
    expect(a.every((c: { id: string }) => ids.has(c.id))).toBe(true);
    expect(b).toHaveLength(146);
  });

  it("counts in words that agree with the number, and is silent on stderr in a pipe", async () => {
    const one = join(tmp, "一户.csv");
    writeFileSync(one, "姓名,联系电话\n王伟,13800138000\n");
    const t = io("en_US.UTF-8");
    expect(await main(["merge", one, "-o", join(tmp, "一户")], t.io)).toBe(0);
    expect(t.out()).toMatch(
      /^Merged 1 source: 1 row read = 1 accepted in full \+ 0 accepted with withheld cells \+ 0 rejected \+ 0 empty\. Result: 1 record \(0 merged from several rows, 0 conflicting fields\)\.$/m,
    );
    expect(t.err()).toBe("");
  });

  it("explains usage errors in words, exit 2", async () => {
    const noOut = io("en_US.UTF-8");
    expect(await main(["merge", ...FILES], noOut.io)).toBe(2);
    expect(noOut.err()).toMatch(/Say where to write the results with -o/);
    const missing = io();
    expect(await main(["merge", "丈八.csv", "-o", tmp], missing.io)).toBe(2);
    expect(missing.err()).toContain("找不到文件“丈八.csv”");
    const rule = io("en_US.UTF-8");
    expect(await main(["merge", ...FILES, "-o", tmp, "--rule", "name=newest"], rule.io)).toBe(2);
    expect(rule.err()).toMatch(
      /--rule name=newest: “newest” is not a rule; the rules are most-frequent, most-recent, most-complete, source-priority\./,
    );
    const th = io();
    expect(await main(["merge", ...FILES, "-o", tmp, "--threshold", "2"], th.io)).toBe(2);
    expect(th.err()).toContain("--threshold 应为 0 到 1 之间的数");
    const file = join(tmp, "occupied");
    writeFileSync(file, "x");
    const notDir = io();
    expect(await main(["merge", ...FILES, "-o", file], notDir.io)).toBe(2);
    expect(notDir.err()).toContain("不是文件夹");
  });

  it("redraws its progress bars in place on a terminal", async () => {
    const t = io("en_US.UTF-8", true);
    await main(["merge", FILES[0]!, "-o", join(tmp, "tty")], t.io);
    expect(t.err()).toContain("\r\u001b[2KFinding duplicates █");
  });
});

describe("linli merge --profile", () => {
  it("writes every output through the profile, with the export log, and says so", async () => {
    const t = io();
    const dir = join(tmp, "共享");
    expect(await main(["merge", ...FILES, "-o", dir, "--profile", "partner-ngo"], t.io)).toBe(1);
    expect(t.out()).toContain("export-log.json");
    expect(t.out()).toContain("导出日志");
    expect(t.out()).toContain("所有输出都按共享方案“partner-ngo”生成");
    const log = JSON.parse(readFileSync(join(dir, "export-log.json"), "utf8"));
    expect(log).toMatchObject({ profile: { name: "partner-ngo" }, count: 146, format: "merge" });
    expect(log.files).toContain("report.html");
    const csv = readFileSync(join(dir, "merged.csv"), "utf8");
    expect(csv).toContain("王*国");
    expect(csv).not.toContain("王建国");
    // The shared merged.json is refused by a later merge, in the user's language.
    const again = io("en_US.UTF-8");
    expect(await main(["merge", join(dir, "merged.json"), "-o", join(tmp, "再次")], again.io)).toBe(
      2,
    );
    expect(again.err()).toContain("sharing profile “partner-ngo”");
    expect(again.err()).toContain("cannot be merged again");
  });

  it("takes a profile file, reports it in --json, and explains a bad one", async () => {
    const file = join(tmp, "送货.json");
    writeFileSync(
      file,
      JSON.stringify({
        name: "deliveries",
        description: { "zh-CN": "送货：保留电话", en: "Deliveries: phones kept" },
        extends: "partner-ngo",
        kinds: { phone: "keep" },
      }),
    );
    const t = io("en_US.UTF-8");
    const dir = join(tmp, "送货");
    await main(["merge", ...FILES, "-o", dir, "--profile", file, "--json"], t.io);
    const out = JSON.parse(t.out());
    expect(out.profile).toEqual({ name: "deliveries", view: "shared" });
    expect(out.files.map((f: { name: string }) => f.name)).toContain("export-log.json");
    // Phones kept whole, as the profile says; names still masked as in partner-ngo.
    const csv = readFileSync(join(dir, "merged.csv"), "utf8");
    expect(csv).toMatch(/,1[3-9]\d{9},/);
    expect(csv).not.toContain("王建国");
    const bad = io("en_US.UTF-8");
    expect(await main(["merge", ...FILES, "-o", dir, "--profile", "nope.json"], bad.io)).toBe(2);
    expect(bad.err()).toContain("Cannot use the sharing profile “nope.json”");
  });
});
