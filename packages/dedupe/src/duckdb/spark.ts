import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { expectArgument, expectText } from "@linli/core";
import { checkGroups } from "../dedupe/dedupe.js";
import { recordHasher } from "../engine/edges.js";
import { resolveComparator } from "../engine/resolve.js";
import { DedupeOptionError } from "../errors/option-error.js";
import type { DedupeOptions } from "../options.js";
import { resolveProfile } from "../profiles/index.js";
import { sparkDialect } from "../sql/dialect.js";
import { compilePlan, type LinkagePlan } from "../sql/plan.js";
import { LinkageSql, type Statement } from "../sql/statements.js";
import type { Params } from "../types.js";
import type { Normalized } from "./load.js";
import { clockOf, openWork, prepare } from "./prepare.js";
import type { Session } from "./session.js";
import { SPARK_RUNNER } from "./spark-runner.js";

/**
 * What `emitSpark` writes as `plan.json`: the plan and what finishing from its pairs needs.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import type { SparkManifest } from "@linli/dedupe/duckdb";
 * const m = JSON.parse(readFileSync("spark-plan/plan.json", "utf8")) as SparkManifest;
 * m.plan.rules.map((r) => r.name); // ["citizen-id", …]
 * ```
 */
export interface SparkManifest {
  readonly format: "linli-spark-plan";
  readonly version: 1;
  readonly plan: LinkagePlan;
  /** The Parquet tables in `input/`. */
  readonly inputs: readonly string[];
  /** Of the normalised records: changes when a record, or its order, does. */
  readonly fingerprint: string;
  readonly params: Params;
  /** The comparison patterns counted here: levels (pattern by pattern), pairs, stratum. */
  readonly patterns: {
    readonly levels: readonly number[];
    readonly counts: readonly number[];
    readonly stratum: readonly number[];
  };
  readonly stats: {
    readonly candidatePairs: number;
    readonly pairsByRule: Readonly<Record<string, number>>;
    readonly skippedBlocks: Readonly<Record<string, number>>;
  };
}

/**
 * What `emitSpark` wrote: the folder, each file with its size, the plan and the parameters.
 *
 * @example
 * ```ts
 * import type { SparkEmitted } from "@linli/dedupe/duckdb";
 * const bytes = (e: SparkEmitted) => e.files.reduce((sum, f) => sum + f.bytes, 0);
 * ```
 */
export interface SparkEmitted {
  readonly dir: string;
  readonly files: readonly { readonly name: string; readonly bytes: number }[];
  readonly plan: LinkagePlan;
  readonly params: Params;
}

/** The normalised records in 2 × 32 bits: their content hashes, in order. */
export function fingerprintOf(data: Normalized): string {
  const hash = recordHasher(data.fields);
  let x = 0x811c9dc5;
  let y = data.n | 0;
  for (let r = 0; r < data.n; r++) {
    const h = hash(r);
    const lo = (h % 4294967296) | 0;
    const hi = Math.floor(h / 4294967296) | 0;
    x = Math.imul(x ^ lo, 0x01000193);
    y = Math.imul(y ^ hi ^ lo, 0x5bd1e995);
  }
  return `${data.n}-${(x >>> 0).toString(16)}${(y >>> 0).toString(16)}`;
}

/** The Spark SQL of a plan, stage by stage, as the runner runs them. */
export function sparkStatements(sql: LinkageSql, rules: number): Statement[] {
  return [
    ...Array.from({ length: rules }, (_, i) => sql.rulePairs(i)),
    sql.pairs(),
    sql.side(),
    sql.compare("cmp", "pairs", "pairs"),
    sql.scores(),
    sql.edges(),
    sql.apart(),
    sql.output(false),
  ];
}

/** Fail before any work when the profile asks for what the Spark plan cannot compute. */
function checkSpark(options: DedupeOptions): void {
  const profile = resolveProfile(options.profile);
  const compiled = compilePlan(profile, options, { records: 0, multi: [], across: false });
  const sql = new LinkageSql(compiled, sparkDialect);
  profile.fields.forEach((spec, i) => {
    sql.level(i);
    if (spec.termFrequency && resolveComparator(spec.comparator, options.comparators).tokens) {
      throw new DedupeOptionError("options.sparkTokens", { field: spec.name });
    }
  });
  if (options.pairs === "all") throw new DedupeOptionError("options.sparkPairsAll");
}

async function copyOut(session: Session, table: string, dir: string): Promise<void> {
  const path = join(dir, "input", `${table}.parquet`).replaceAll("'", "''");
  await session.run(`COPY ${table} TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
}

/**
 * Write a linkage as a plan for Spark into `dir`: the records normalised here as Parquet
 * (`input/`), the parameters estimated here by the DuckDB engine (the weights in `input/pw`
 * and `input/tf_f*`), the linkage as Spark SQL (`linkage.sql`, one statement per stage), the
 * PySpark runner (`run_linkage.py`) and `plan.json`. On the cluster, `spark-submit
 * run_linkage.py` writes the pairs and clusters as Parquet in `output/`; `options.duckdb.pairs`
 * (`linli merge --pairs`) then finishes the merge from them. Needs `@duckdb/node-api`.
 *
 * @example
 * ```ts
 * import { emitSpark } from "@linli/dedupe/duckdb";
 * const { files } = await emitSpark(
 *   [{ name: "王伟", birthDate: "1985-03-02" }, { name: "王 伟", birthDate: "1985/3/2" }],
 *   { profile: "resident" },
 *   "spark-plan",
 * );
 * files.map((f) => f.name); // ["input/rec.parquet", …, "linkage.sql", "run_linkage.py", "plan.json"]
 * ```
 */
export async function emitSpark(
  records: readonly unknown[],
  options: DedupeOptions,
  dir: string,
): Promise<SparkEmitted> {
  expectArgument("emitSpark", "records", "list", records);
  expectArgument("emitSpark", "options", "object", options);
  expectText("emitSpark", "dir", dir);
  checkSpark(options);
  const profile = resolveProfile(options.profile);
  const group = checkGroups(records.length, options);
  const groups = {
    ...(options.acrossSourcesOnly && group ? { across: group } : {}),
    ...(options.oneToOne && group ? { oneToOne: group } : {}),
  };
  const out = resolve(dir);
  await rm(join(out, "input"), { recursive: true, force: true });
  await rm(join(out, "output"), { recursive: true, force: true });
  await mkdir(join(out, "input"), { recursive: true });
  const clock = clockOf(options);
  const work = await openWork(options);
  const inputs: string[] = [];
  let fingerprint = "";
  try {
    const p = await prepare(
      work.session,
      records,
      profile,
      options,
      groups,
      clock,
      async (data, compiled) => {
        fingerprint = fingerprintOf(data);
        const tables = [
          "rec",
          ...compiled.plan.fields.filter((f) => f.columns).map((f) => `key_${f.column}`),
          ...compiled.plan.rules.map((r) => r.table),
        ];
        for (const t of tables) await copyOut(work.session, t, out);
        for (const t of tables) inputs.push(t);
      },
    );
    const weights = [
      "pw",
      ...p.compiled.plan.fields.flatMap((f) => (f.termFrequency ? [`tf_${f.column}`] : [])),
    ];
    for (const t of weights) await copyOut(work.session, t, out);
    for (const t of weights) inputs.push(t);
    const sql = new LinkageSql(p.compiled, sparkDialect);
    const text = sparkStatements(sql, p.compiled.plan.rules.length)
      .map((s) => `-- statement: ${s.name}\n${s.sql};\n`)
      .join("\n");
    const manifest: SparkManifest = {
      format: "linli-spark-plan",
      version: 1,
      plan: p.compiled.plan,
      inputs,
      fingerprint,
      params: p.params,
      patterns: {
        levels: Array.from(p.patterns.levels),
        counts: Array.from(p.patterns.counts),
        stratum: Array.from(p.stratum),
      },
      stats: {
        candidatePairs: p.candidatePairs,
        pairsByRule: p.pairsByRule,
        skippedBlocks: p.skippedBlocks,
      },
    };
    await writeFile(join(out, "linkage.sql"), `-- linli linkage plan, Spark SQL\n\n${text}`);
    await writeFile(join(out, "run_linkage.py"), SPARK_RUNNER);
    await writeFile(join(out, "plan.json"), `${JSON.stringify(manifest, null, 1)}\n`);
    const names = [
      ...inputs.map((t) => `input/${t}.parquet`),
      "linkage.sql",
      "run_linkage.py",
      "plan.json",
    ];
    const files = [];
    for (const name of names) files.push({ name, bytes: (await stat(join(out, name))).size });
    return { dir: out, files, plan: p.compiled.plan, params: p.params };
  } finally {
    await work.close();
  }
}
