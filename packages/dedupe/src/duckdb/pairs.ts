import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { RunOutput } from "../engine/run.js";
import type { TermFrequency } from "../engine/score.js";
import { DedupeOptionError } from "../errors/option-error.js";
import type { DedupeOptions } from "../options.js";
import type { Profile } from "../types.js";
import { normalize, type RecordSource } from "./load.js";
import { type Patterns, patternCode } from "./model.js";
import { clusterEdges } from "./output.js";
import { clockOf, type Groups, keyFrequencies, openWork, planOf } from "./prepare.js";
import { fingerprintOf, type SparkManifest } from "./spark.js";

const detailOf = (e: unknown) =>
  (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));

async function manifestOf(dir: string): Promise<SparkManifest> {
  const path = join(dir, "plan.json");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new DedupeOptionError("options.pairsMissing", { path, detail: detailOf(e) });
  }
  let m: SparkManifest;
  try {
    m = JSON.parse(text) as SparkManifest;
  } catch (e) {
    throw new DedupeOptionError("options.pairsMissing", { path, detail: detailOf(e) });
  }
  if (m?.format !== "linli-spark-plan" || m.version !== 1) {
    throw new DedupeOptionError("options.pairsMissing", {
      path,
      detail: "not a linli Spark plan (format linli-spark-plan, version 1)",
    });
  }
  return m;
}

/** `read_parquet` of the Parquet files a Spark job wrote in one output folder. */
async function parquetOf(dir: string, name: string, empty: string): Promise<string> {
  const folder = join(dir, "output", name);
  let files: string[];
  try {
    files = (await readdir(folder)).filter((f) => f.endsWith(".parquet")).sort();
  } catch (e) {
    throw new DedupeOptionError("options.pairsMissing", { path: folder, detail: detailOf(e) });
  }
  if (files.length === 0) return `(${empty} LIMIT 0)`;
  const list = files.map((f) => `'${join(folder, f).replaceAll("'", "''")}'`).join(", ");
  return `read_parquet([${list}])`;
}

/**
 * Finish a linkage from the pairs a Spark run of an emitted plan wrote: normalise the records
 * again (they must be the ones the plan was emitted from), then cluster the match edges with
 * the in-memory engine's rules and explain the pairs, as the DuckDB engine does.
 */
export async function finishFromPairs(
  source: RecordSource,
  profile: Profile,
  options: DedupeOptions,
  groups: Groups,
  folder: string,
): Promise<RunOutput> {
  const dir = resolve(folder);
  const m = await manifestOf(dir);
  if ((options.pairs ?? "matches") === "all") throw new DedupeOptionError("options.sparkPairsAll");
  const clock = clockOf(options);
  const data = await normalize(source, profile, options, (done) =>
    clock.progress("normalize", done),
  );
  clock.lap("normalize");
  const compiled = planOf(data, profile, options, groups.across);
  const differ: string[] = [];
  if (m.plan.records !== data.n) differ.push("records");
  else if (fingerprintOf(data) !== m.fingerprint) differ.push("records");
  if (
    JSON.stringify({ ...compiled.plan, records: 0 }) !== JSON.stringify({ ...m.plan, records: 0 })
  )
    differ.push("settings");
  if (differ.length > 0) {
    throw new DedupeOptionError("options.pairsMismatch", { dir, what: differ.join(", ") });
  }
  const F = compiled.plan.fields.length;
  const radix = compiled.plan.fields.map((f) => f.levels.length + 1);
  const levels = Uint8Array.from(m.patterns.levels);
  const index = new Map<number, number>();
  for (let p = 0; p < m.patterns.counts.length; p++) {
    index.set(patternCode(levels.subarray(p * F, p * F + F), radix), p);
  }
  const patterns: Patterns = {
    levels,
    counts: Float64Array.from(m.patterns.counts),
    byRule: new Map(),
    index,
  };
  const tf: (TermFrequency | undefined)[] = data.fields.map(() => undefined);
  keyFrequencies(data.fields, patterns, data.n, tf);
  const ls = compiled.plan.fields.map((_, i) => `CAST(l${i} AS TINYINT) AS l${i}`).join(", ");
  const edges = await parquetOf(dir, "edges", "SELECT 0 AS a, 0 AS b, 0 AS e");
  const apart = await parquetOf(dir, "apart", "SELECT 0 AS a, 0 AS b, 0.0 AS logit");
  const pairs = await parquetOf(
    dir,
    "pairs",
    `SELECT 0 AS a, 0 AS b, ${compiled.plan.fields.map((_, i) => `0 AS l${i}`).join(", ")}, 0.0 AS logit`,
  );
  const int = (c: string) => `CAST(${c} AS INTEGER) AS ${c}`;
  const work = await openWork(options);
  try {
    const out = await clusterEdges(
      work.session,
      compiled,
      `SELECT ${int("a")}, ${int("b")}, e FROM ${edges}`,
      {
        fields: data.fields,
        profile,
        options,
        groups,
        params: m.params,
        patterns,
        stratum: Uint8Array.from(m.patterns.stratum),
        radix,
        tf,
        ...clock,
        queries: {
          apart: `SELECT ${int("a")}, ${int("b")}, CAST(logit AS DOUBLE) AS logit FROM ${apart} ORDER BY a, b`,
          output: () =>
            `SELECT ${int("a")}, ${int("b")}, ${ls}, CAST(logit AS DOUBLE) AS logit FROM ${pairs} ORDER BY a, b`,
        },
      },
    );
    return {
      root: out.root,
      pairs: out.pairs,
      params: m.params,
      stats: {
        records: data.n,
        candidatePairs: m.stats.candidatePairs,
        pairsByRule: { ...m.stats.pairsByRule },
        skippedBlocks: { ...m.stats.skippedBlocks },
        distinctPatterns: m.patterns.counts.length,
        matchedPairs: out.edges,
        clusters: out.clusters,
        timings: clock.timings,
      },
    };
  } finally {
    await work.close();
  }
}
