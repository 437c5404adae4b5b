import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DedupeOptionError,
  type DedupeResult,
  damerauLevenshtein,
  dedupe,
  febrlProfile,
  jaroWinkler,
} from "@linli/dedupe";
import { parseFebrl, synthesizeResidents } from "@linli/dedupe/benchmark";
import { dedupeDuckDB, emitSpark, trySparkPlan } from "@linli/dedupe/duckdb";
import { SparkSQL } from "dt-sql-parser";
import { afterAll, describe, expect, it } from "vitest";
import { planStatements } from "./spark-try.js";

// No Spark runs here. The emitted Spark SQL is parsed with a Spark SQL grammar, the runner is
// compiled by python3 (its UDFs checked against linli's), and the very statements the runner
// runs are run by DuckDB on the Parquet linli wrote, to finish the linkage from their pairs.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const febrl = parseFebrl(readFileSync(resolve(root, "fixtures/febrl/dataset1.csv"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "linli-spark-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const statements = (dir: string) => planStatements(readFileSync(join(dir, "linkage.sql"), "utf8"));

/** The same clusters, pairs, explanations, parameters and counts as the in-memory engine. */
function expectSame(spark: DedupeResult, memory: DedupeResult): void {
  expect(spark.clusters).toEqual(memory.clusters);
  expect(spark.stats.candidatePairs).toBe(memory.stats.candidatePairs);
  expect(spark.stats.pairsByRule).toEqual(memory.stats.pairsByRule);
  expect(spark.stats.matchedPairs).toBe(memory.stats.matchedPairs);
  expect(spark.params.fields).toEqual(memory.params.fields);
  expect(spark.params.lambda).toBeCloseTo(memory.params.lambda, 9);
  expect(spark.pairs.length).toBe(memory.pairs.length);
  spark.pairs.forEach((p, i) => {
    const q = memory.pairs[i]!;
    expect([p.a, p.b, p.match, p.keptApart, p.household]).toEqual([
      q.a,
      q.b,
      q.match,
      q.keptApart,
      q.household,
    ]);
    expect(p.weight).toBeCloseTo(q.weight, 6);
    expect(p.explanation).toEqual(q.explanation);
  });
}

describe("emitSpark: the linkage plan as Spark SQL, Parquet and a PySpark runner", () => {
  const febrlDir = join(work, "febrl");
  const residentsDir = join(work, "residents");
  const { records: generated } = synthesizeResidents({ records: 2500, seed: 11 });
  // One resident with two phones: the plan's multi-valued path (best level over the values).
  const first = generated[0] as { phones?: { number: string }[] };
  const residents = [
    ...generated,
    { ...first, phones: [...(first.phones ?? []), { number: "13912345678" }] },
  ];

  it("writes the inputs, the SQL, the runner and plan.json; the SQL parses as Spark SQL", async () => {
    const emitted = await emitSpark(febrl, { profile: febrlProfile() }, febrlDir);
    const names = emitted.files.map((f) => f.name);
    expect(names).toContain("input/rec.parquet");
    expect(names).toContain("input/pw.parquet");
    expect(names).toEqual(expect.arrayContaining(["linkage.sql", "run_linkage.py", "plan.json"]));
    expect(emitted.files.every((f) => f.bytes > 0)).toBe(true);
    const spark = new SparkSQL();
    const all = statements(febrlDir);
    expect(all.map((s) => s.name)).toEqual([
      ...emitted.plan.rules.map((_, i) => `pairs_r${i}`),
      "pairs",
      "side",
      "cmp",
      "scores",
      "edges",
      "apart",
      "output",
    ]);
    for (const s of all) expect(spark.validate(s.sql), s.name).toEqual([]);
    // The grammar does reject what is not Spark SQL.
    expect(spark.validate('SELECT "a" FROM t WHERE x = ANY (SELECT')).not.toEqual([]);
    expect(readFileSync(join(febrlDir, "linkage.sql"), "utf8")).toMatchSnapshot();
  });

  it("the residents' plan (Chinese names, phones with several values, households) parses too", async () => {
    await emitSpark(residents, {}, residentsDir);
    const spark = new SparkSQL();
    for (const s of statements(residentsDir)) expect(spark.validate(s.sql), s.name).toEqual([]);
    expect(readFileSync(join(residentsDir, "linkage.sql"), "utf8")).toMatchSnapshot();
  });

  it("the runner compiles, and its UDFs give linli's distances over UTF-16 code units", () => {
    const runner = join(febrlDir, "run_linkage.py");
    execFileSync("python3", ["-m", "py_compile", runner]);
    const cases: [string, string][] = [
      ["kitten", "sitting"],
      ["1102", "1012"],
      ["张静", "張靜"],
      ["欧阳锦希", "欧阳希锦"],
      ["wangwei", "wangwie"],
      ["😀ab", "😀ba"],
      ["", "abc"],
      ["martha", "marhta"],
      ["dixon", "dicksonx"],
      ["zhangsanfeng", "zhangsan"],
    ];
    const input = join(work, "cases.json");
    writeFileSync(input, JSON.stringify(cases));
    const script = [
      "import json, sys",
      `sys.path.insert(0, ${JSON.stringify(febrlDir)})`,
      "import run_linkage as r",
      `cases = json.load(open(${JSON.stringify(input)}, encoding="utf-8"))`,
      "print(json.dumps([[r.linli_dl(a, b, m) for m in (1, 2, 3, 99)] + [r.linli_jw(a, b)] for a, b in cases]))",
    ].join("\n");
    const got = JSON.parse(
      execFileSync("python3", ["-c", script], { encoding: "utf8" }),
    ) as number[][];
    cases.forEach(([a, b], i) => {
      const want = [1, 2, 3, 99].map((m) => damerauLevenshtein(a, b, m));
      expect(got[i]!.slice(0, 4), `${a} ${b}`).toEqual(want);
      expect(got[i]![4], `${a} ${b}`).toBe(jaroWinkler(a, b));
    });
  });

  it("finishes from the pairs of the emitted statements: the in-memory engine's result", async () => {
    await trySparkPlan(febrlDir);
    const options = { profile: febrlProfile() };
    const finished = await dedupeDuckDB(febrl, { ...options, duckdb: { pairs: febrlDir } });
    expectSame(finished, dedupe(febrl, options));
    await trySparkPlan(residentsDir);
    const viaSpark = await dedupe(residents, { engine: "duckdb", duckdb: { pairs: residentsDir } });
    expectSame(viaSpark, dedupe(residents));
    expect(viaSpark.pairs.some((p) => p.household)).toBe(true);
  });

  it("refuses pairs of other records or settings, a folder without them, and what Spark cannot run", async () => {
    const other = await dedupeDuckDB(residents.slice(1), { duckdb: { pairs: residentsDir } }).catch(
      (e: unknown) => e,
    );
    expect((other as DedupeOptionError).code).toBe("options.pairsMismatch");
    expect((other as DedupeOptionError).localized["zh-CN"]).toContain("重新导出计划");
    const threshold = await dedupeDuckDB(residents, {
      threshold: 0.5,
      duckdb: { pairs: residentsDir },
    }).catch((e: unknown) => e);
    expect((threshold as DedupeOptionError).code).toBe("options.pairsMismatch");
    const missing = await dedupeDuckDB(residents, { duckdb: { pairs: join(work, "none") } }).catch(
      (e: unknown) => e,
    );
    expect((missing as DedupeOptionError).code).toBe("options.pairsMissing");
    const orgs = await emitSpark([], { profile: "organization" }, join(work, "org")).catch(
      (e: unknown) => e,
    );
    expect(orgs).toBeInstanceOf(DedupeOptionError);
    expect(["options.noSql", "options.sparkTokens"]).toContain((orgs as DedupeOptionError).code);
  });
});
