import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corrected, ROUNDS } from "../engine/calibrate.js";
import { compareIds } from "../engine/encode.js";
import { crossPairs } from "../engine/estimate.js";
import { estimateParams, reuseParams, strata } from "../engine/model.js";
import { priorOverWeights } from "../engine/prior.js";
import type { RunOutput } from "../engine/run.js";
import { type TermFrequency, tfAdjustments } from "../engine/score.js";
import { DedupeOptionError } from "../errors/option-error.js";
import type { DedupeOptions, EngineProgress } from "../options.js";
import { duckdbDialect } from "../sql/dialect.js";
import { compilePlan } from "../sql/plan.js";
import { LinkageSql } from "../sql/statements.js";
import type { Params, Profile } from "../types.js";
import { registerFunctions } from "./functions.js";
import { normalize, type RecordSource, writeBlockKeys, writeKeys, writeRecords } from "./load.js";
import { duckdbSource, readPatterns, sampledU, writeWeights } from "./model.js";
import { clusterEdges, tokenPairs } from "./output.js";
import { Session } from "./session.js";

const MEMORY = /^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)\s*$/i;

/**
 * The linkage of `run` (the in-memory engine) with blocking, comparisons, pattern counts,
 * scoring and edge selection as SQL on an embedded DuckDB, out of core in a working folder.
 * Normalisation, the estimator's iterations over the pattern table, term frequencies per key
 * and the constrained clustering over the streamed edges are the in-memory engine's own
 * functions, so both give the same result.
 */
export async function runDuckDB(
  source: RecordSource,
  profile: Profile,
  options: DedupeOptions,
  groups: { readonly across?: Int32Array; readonly oneToOne?: Int32Array } = {},
): Promise<RunOutput> {
  const settings = options.duckdb ?? {};
  if (settings.memoryLimit !== undefined && !MEMORY.test(settings.memoryLimit)) {
    throw new DedupeOptionError("options.memoryLimit", { value: settings.memoryLimit });
  }
  const report = settings.onProgress;
  const progress = (stage: EngineProgress["stage"], done: number, total?: number) =>
    report?.({ stage, done, ...(total !== undefined ? { total } : {}) });
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };

  const data = await normalize(source, profile, options, (done) => progress("normalize", done));
  const { n, fields } = data;
  const group = groups.across;
  lap("normalize");

  const compiled = compilePlan(profile, options, {
    records: n,
    multi: fields.map((f) => f.multi.includes(1)),
    across: group !== undefined,
  });
  const { plan } = compiled;
  const sql = new LinkageSql(compiled, duckdbDialect);
  const radix = plan.fields.map((f) => f.levels.length + 1);
  const base = settings.directory ?? tmpdir();
  await mkdir(base, { recursive: true });
  const work = await mkdtemp(join(base, "linli-duckdb-"));
  const session = await Session.open({
    path: join(work, "linli.duckdb"),
    tempDirectory: join(work, "spill"),
    ...(settings.memoryLimit ? { memoryLimit: settings.memoryLimit } : {}),
    ...(settings.threads ? { threads: settings.threads } : {}),
  });
  const tf: (TermFrequency | undefined)[] = fields.map(() => undefined);
  try {
    registerFunctions(session, {
      level: (f, x, y) => compareIds(fields[f]!, x, y),
      tf: (f, l, x, y) => tf[f]!.at(l, x, y),
    });
    progress("write", 0, 3);
    await writeRecords(session, data, group);
    progress("write", 1, 3);
    await writeKeys(session, compiled, data);
    progress("write", 2, 3);
    await writeBlockKeys(session, profile, data, group);
    progress("write", 3, 3);
    lap("write");

    const pairsByRule: Record<string, number> = {};
    const skippedBlocks: Record<string, number> = {};
    for (const [i, rule] of plan.rules.entries()) {
      await session.create(`pairs_r${i}`, sql.rulePairs(i).sql);
      const [count] = await session.rows(`SELECT count(*) AS n FROM pairs_r${i}`);
      const [skip] = await session.rows(sql.skippedBlocks(i).sql);
      pairsByRule[rule.name] = Number(count!.n);
      skippedBlocks[rule.name] = Number(skip!.skipped);
      progress("block", i + 1, plan.rules.length + 1);
    }
    await session.create("pairs", sql.pairs().sql);
    const done = plan.rules.flatMap((r, i) => [`pairs_r${i}`, r.table]);
    await session.drop(done);
    const [{ n: candidatePairs }] = (await session.rows("SELECT count(*) AS n FROM pairs")) as [
      { n: number },
    ];
    progress("block", plan.rules.length + 1, plan.rules.length + 1);
    lap("block");

    await session.create("side", sql.side().sql);
    await session.create("cmp", sql.compare("cmp", "pairs", "pairs").sql);
    await session.drop(["pairs"]);
    const patterns = await readPatterns(
      session,
      sql,
      radix,
      plan.rules.map((r) => r.bit),
    );
    const stratum = strata(fields, patterns, profile);
    progress("compare", 1, 1);
    lap("compare");

    const threshold = plan.threshold;
    let params = options.params ? reuseParams(options.params, fields, threshold) : undefined;
    if (!params) {
      const sampled = sampledU(fields, n, group, options);
      const ruleIndex = new Map(plan.rules.map((r, i) => [r.name, i]));
      params = estimateParams(
        fields,
        patterns,
        stratum,
        duckdbSource(patterns, ruleIndex, () => sampled),
        profile,
        options,
        threshold,
      );
    }
    progress("estimate", 1, 1);
    lap("estimate");

    // Term frequencies per key in TypeScript; over shared tokens they also need the pairs.
    const tokens = new Set(
      fields.flatMap((f, i) => (f.spec.termFrequency && f.comparator.tokens ? [i] : [])),
    );
    const pairsFor = tokens.size > 0 ? await tokenPairs(session, patterns, radix, n) : undefined;
    fields.forEach((f, k) => {
      if (!f.spec.termFrequency) return;
      const p = pairsFor ?? {
        pairs: new Float64Array(0),
        vectors: { ...patterns, pattern: new Uint32Array(0) },
      };
      tf[k] = tfAdjustments(f, p.pairs, p.vectors, k, fields.length, n);
    });
    const score = async (p: Params) => {
      await writeWeights(session, fields, p, patterns, stratum, radix, tf, tokens);
      await session.create("scores", sql.scores(tokens).sql);
    };
    // The prior over all pairs goes with u from random pairs (as `calibrate` in memory).
    const overAll =
      !options.params && profile.estimateU !== "candidates" && params.estimate?.method !== "prior";
    if (overAll) {
      let inside = 0;
      for (let p = 0; p < stratum.length; p++) if (stratum[p] === 1) inside += patterns.counts[p]!;
      const total = (group ? crossPairs(group) : (n * (n - 1)) / 2) - inside;
      const lambdaOf = async (p: Params) => {
        await score(p);
        const rows = await session.rows(sql.rawWeights().sql);
        const ws = Float64Array.from(rows, (r) => Number(r.w));
        const cs = Float64Array.from(rows, (r) => Number(r.c));
        return priorOverWeights(ws, cs, total);
      };
      const estimated = params;
      let fixed = estimated;
      let lambda = await lambdaOf(fixed);
      for (let round = 0; round < ROUNDS; round++) {
        fixed = { ...estimated, fields: corrected(estimated.fields, lambda) };
        const next = await lambdaOf(fixed);
        const settled = Math.abs(Math.log2(next / lambda)) < 0.01;
        lambda = next;
        if (settled) break;
      }
      params = { ...fixed, lambda };
    }
    await score(params);
    progress("score", 1, 1);
    lap("score");

    const out = await clusterEdges(session, sql, compiled, {
      fields,
      profile,
      options,
      groups,
      params,
      patterns,
      stratum,
      radix,
      tf,
      progress,
      lap,
    });
    return {
      root: out.root,
      pairs: out.pairs,
      params,
      stats: {
        records: n,
        candidatePairs: Number(candidatePairs),
        pairsByRule,
        skippedBlocks,
        distinctPatterns: patterns.counts.length,
        matchedPairs: out.edges,
        clusters: out.clusters,
        timings,
      },
    };
  } finally {
    session.close();
    if (!settings.keep) await rm(work, { recursive: true, force: true });
  }
}
