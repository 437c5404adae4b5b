import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { trySparkPlan } from "@linli/dedupe/duckdb";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const data = fileURLToPath(
  new URL("../../../../examples/merge-communities/data/", import.meta.url),
);
const FILES = ["丈八社区居民登记.csv", "小寨社区重点人群台账.xlsx", "曲江池社区登记问卷.xlsx"].map(
  (f) => join(data, f),
);
const tmp = mkdtempSync(join(tmpdir(), "linli-link-"));
const io = (lang = "zh_CN.UTF-8") => memoryIo({ env: { LANG: lang }, isTTY: false });

describe("linli link --emit spark, then linli merge --pairs", () => {
  const plan = join(tmp, "spark-plan");

  it("writes the plan, and a merge from the pairs run on it equals the normal merge", async () => {
    const t = io();
    expect(await main(["link", "--emit", "spark", plan, ...FILES], t.io)).toBe(0);
    expect(t.out()).toContain("Spark 计划写入");
    expect(t.out()).toContain("spark-submit");
    for (const f of ["linkage.sql", "run_linkage.py", "plan.json", "input/rec.parquet"]) {
      expect(existsSync(join(plan, f)), f).toBe(true);
    }
    // No Spark here: the same statements, run by DuckDB, write the runner's output folders.
    await trySparkPlan(plan);
    const normal = join(tmp, "normal");
    const spark = join(tmp, "from-pairs");
    expect(await main(["merge", ...FILES, "-o", normal], io().io)).toBe(1);
    const m = io();
    expect(await main(["merge", ...FILES, "-o", spark, "--pairs", plan], m.io)).toBe(1);
    expect(m.out()).toContain("结果共 146 条记录");
    for (const f of ["clusters.json", "merged.csv", "issues.json"]) {
      expect(readFileSync(join(spark, f), "utf8"), f).toBe(readFileSync(join(normal, f), "utf8"));
    }
  });

  it("--json says what was written; other files or settings are refused by merge --pairs", async () => {
    const t = io("en_US.UTF-8");
    const dir = join(tmp, "json-plan");
    expect(await main(["link", "--emit", "spark", "-o", dir, "--json", ...FILES], t.io)).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.records).toBe(153);
    expect(doc.files.map((f: { name: string }) => f.name)).toContain("linkage.sql");
    expect(doc.plan.profile).toBe("resident");
    await trySparkPlan(dir);
    const e = io("en_US.UTF-8");
    const out = join(tmp, "refused");
    expect(await main(["merge", FILES[0]!, "-o", out, "--pairs", dir], e.io)).toBe(2);
    expect(e.err()).toContain("other records or settings");
    const th = io();
    const args = ["-o", out, "--pairs", dir, "--threshold", "0.5"];
    expect(await main(["merge", ...FILES, ...args], th.io)).toBe(2);
    expect(th.err()).toContain("重新导出计划");
  });

  it("says what is missing: --emit spark, the folder, a folder without pairs, --engine memory", async () => {
    const a = io("en_US.UTF-8");
    expect(await main(["link", ...FILES], a.io)).toBe(2);
    expect(a.err()).toContain("--emit spark");
    const b = io("en_US.UTF-8");
    expect(await main(["link", "--emit", "spark", FILES[0]!], b.io)).toBe(2);
    expect(b.err()).toContain("is a file");
    const c = io();
    const none = join(tmp, "no-plan");
    expect(await main(["merge", ...FILES, "-o", join(tmp, "x"), "--pairs", none], c.io)).toBe(2);
    expect(c.err()).toContain("linli link --emit spark");
    const d = io("en_US.UTF-8");
    const args = ["-o", join(tmp, "y"), "--pairs", plan, "--engine", "memory"];
    expect(await main(["merge", ...FILES, ...args], d.io)).toBe(2);
    expect(d.err()).toContain("leave --engine memory out");
  });
});
