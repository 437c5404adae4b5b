import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cloneableRecipe } from "../comparators/recipe.js";
import { corrected, ROUNDS } from "../engine/calibrate.js";
import type { EncodedField } from "../engine/encode.js";
import { compareIds } from "../engine/encode.js";
import { crossPairs } from "../engine/estimate.js";
import { estimateParams, reuseParams, strata } from "../engine/model.js";
import { priorOverWeights } from "../engine/prior.js";
import { resolveComparator } from "../engine/resolve.js";
import { type TermFrequency, tfAdjustments } from "../engine/score.js";
import { DedupeOptionError } from "../errors/option-error.js";
import type { DedupeOptions, EngineProgress } from "../options.js";
import { duckdbDialect, duckdbNativeDialect } from "../sql/dialect.js";
import { KeyedSql } from "../sql/keyed.js";
import { type CompiledPlan, compilePlan } from "../sql/plan.js";
import { LinkageSql } from "../sql/statements.js";
import type { Params, Profile } from "../types.js";
import { type Blocked, block, PART_ROWS } from "./block.js";
import { compareHere } from "./compare.js";
import { CompareThreads } from "./compare-threads.js";
import {
  type FieldThread,
  FREQUENCY_THREAD_RECORDS,
  frequenciesOnThread,
  keyStream,
  startFieldThread,
} from "./frequency-threads.js";
import { registerFunctions } from "./functions.js";
import {
  blockKeys,
  cachesFeatures,
  derivations,
  type Normalized,
  normalize,
  type RecordSource,
  writeBlockKeys,
  writeKeys,
  writeRecords,
} from "./load.js";
import {
  duckdbSource,
  type Patterns,
  readPatterns,
  sampledU,
  sampledUOn,
  writeFrequencies,
  writeWeights,
} from "./model.js";
import { tokenPairs } from "./output.js";
import { compareByKeys, rawWeightsOf } from "./score.js";
import { Session } from "./session.js";

const MEMORY = /^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)\s*$/i;

/** Sources as group ids: pairs only across groups, and at most one record of each group. */
export interface Groups {
  readonly across?: Int32Array;
  readonly oneToOne?: Int32Array;
}

/** A run's progress and stage timings. */
export interface Clock {
  readonly timings: Record<string, number>;
  readonly progress: (stage: EngineProgress["stage"], done: number, total?: number) => void;
  readonly lap: (name: string) => void;
}

/** Start a run's clock: stage timings, and progress to `options.duckdb.onProgress`. */
export function clockOf(options: DedupeOptions): Clock {
  const report = options.duckdb?.onProgress;
  const timings: Record<string, number> = {};
  let t = performance.now();
  return {
    timings,
    progress: (stage, done, total) =>
      report?.({ stage, done, ...(total !== undefined ? { total } : {}) }),
    lap: (name) => {
      const now = performance.now();
      timings[name] = Math.round(now - t);
      t = now;
    },
  };
}

/** The compiled plan of normalised records. */
export function planOf(
  data: Normalized,
  profile: Profile,
  options: DedupeOptions,
  group: Int32Array | undefined,
): CompiledPlan {
  return compilePlan(profile, options, {
    records: data.n,
    multi: data.fields.map((f) => f.multi.includes(1)),
    across: group !== undefined,
  });
}

/** Open a DuckDB session in a fresh working folder (removed by `close` unless kept). */
export async function openWork(
  options: DedupeOptions,
): Promise<{ session: Session; work: string; close(): Promise<void> }> {
  const settings = options.duckdb ?? {};
  if (settings.memoryLimit !== undefined && !MEMORY.test(settings.memoryLimit)) {
    throw new DedupeOptionError("options.memoryLimit", { value: settings.memoryLimit });
  }
  const base = settings.directory ?? tmpdir();
  await mkdir(base, { recursive: true });
  const work = await mkdtemp(join(base, "linli-duckdb-"));
  const session = await Session.open({
    path: join(work, "linli.duckdb"),
    tempDirectory: join(work, "spill"),
    ...(settings.memoryLimit ? { memoryLimit: settings.memoryLimit } : {}),
    ...(settings.threads ? { threads: settings.threads } : {}),
  });
  return {
    session,
    work,
    close: async () => {
      session.close();
      if (!settings.keep) await rm(work, { recursive: true, force: true });
    },
  };
}

/** Everything up to scoring: the tables in DuckDB, the patterns and the parameters. */
export interface Prepared {
  readonly data: Normalized;
  readonly compiled: CompiledPlan;
  readonly sql: LinkageSql;
  /** The comparison, scoring and output statements this executor runs. */
  readonly keyed: KeyedSql;
  readonly params: Params;
  readonly patterns: Patterns;
  readonly stratum: Uint8Array;
  readonly radix: readonly number[];
  readonly tf: (TermFrequency | undefined)[];
  readonly tokens: ReadonlySet<number>;
  readonly candidatePairs: number;
  readonly pairsByRule: Record<string, number>;
  readonly skippedBlocks: Record<string, number>;
}

/** Threads to compare on: `options.duckdb.compareThreads`, none by default. */
function compareThreadsOf(options: DedupeOptions): number {
  return Math.max(0, Math.floor(options.duckdb?.compareThreads ?? 0));
}

/**
 * Threads for term frequencies: `options.duckdb.frequencyThreads` (at most one is used), by
 * default one from {@link FREQUENCY_THREAD_RECORDS} records (below, starting it costs more than
 * it saves).
 */
function frequencyThreadsOf(options: DedupeOptions, n: number): number {
  const set = options.duckdb?.frequencyThreads;
  if (set !== undefined) return Math.min(1, Math.max(0, Math.floor(set)));
  return n >= FREQUENCY_THREAD_RECORDS ? 1 : 0;
}

/** Take the adjustments the thread computed, for the fields not adjusted yet. */
async function takeFrequencies(
  thread: Promise<FieldThread> | undefined,
  tf: (TermFrequency | undefined)[],
): Promise<void> {
  const t = await thread?.catch(() => undefined);
  if (!t) return;
  try {
    for (const [k, answer] of t.answers.entries()) {
      const got = await answer;
      if (got && tf[k] === undefined) tf[k] = got;
    }
  } finally {
    t.close();
  }
}

/**
 * Term-frequency adjustments of the fields not adjusted yet: by the whole key (no pairs
 * needed), or over shared tokens from `pairs`. Without `patterns`, only the former.
 */
export function keyFrequencies(
  fields: readonly EncodedField[],
  patterns: Patterns | undefined,
  n: number,
  tf: (TermFrequency | undefined)[],
  pairs?: { pairs: Float64Array; vectors: Parameters<typeof tfAdjustments>[2] },
): void {
  fields.forEach((f, k) => {
    if (!f.spec.termFrequency || tf[k] !== undefined) return;
    if (!patterns && f.comparator.tokens) return;
    const p = pairs ?? {
      pairs: new Float64Array(0),
      vectors: {
        levels: patterns?.levels ?? new Uint8Array(0),
        counts: patterns?.counts ?? new Float64Array(0),
        pattern: new Uint32Array(0),
      },
    };
    tf[k] = tfAdjustments(f, p.pairs, p.vectors, k, fields.length, n);
  });
}

/**
 * Normalise, write the tables, block, compare, count patterns, estimate the parameters (with
 * the prior over all pairs) and write the weights: `scores` then holds every pair's log2 odds.
 * `afterWrite` sees the input tables before blocking drops the block keys.
 */
export async function prepare(
  session: Session,
  source: RecordSource,
  profile: Profile,
  options: DedupeOptions,
  groups: Groups,
  clock: Clock,
  afterWrite?: (data: Normalized, compiled: CompiledPlan) => Promise<void>,
): Promise<Prepared> {
  const { progress, lap } = clock;
  // With the records' count known, the thread starts first and comes up on the other core
  // while this one normalises.
  const comparators = profile.fields.map((f) =>
    resolveComparator(f.comparator, options.comparators),
  );
  const early =
    Array.isArray(source) && frequencyThreadsOf(options, source.length) > 0
      ? startFieldThread(comparators)
      : undefined;
  // Once up, it gets the keys as they are found, and computes the features of the fields it
  // computes term frequencies of (names: what their block keys need first).
  const stream = early
    ? keyStream(
        early,
        // Fields the thread may take: with term frequencies, or blocked on.
        comparators.map(
          (c, k) =>
            cloneableRecipe(c, true) !== null &&
            (profile.fields[k]!.termFrequency === true ||
              profile.blocking.some((r) => !r.key && r.on?.includes(profile.fields[k]!.name))),
        ),
        profile.fields.map((f, k) => f.termFrequency === true && !comparators[k]!.tokens),
      )
    : undefined;
  let data: Normalized;
  try {
    data = await normalize(
      source,
      profile,
      options,
      (done) => progress("normalize", done),
      stream && ((keys) => stream.push(keys)),
    );
  } catch (e) {
    (await early)?.close();
    throw e;
  }
  const { n, fields } = data;
  const group = groups.across;
  lap("normalize");
  // A thread derives the block keys of its fields, then computes their term frequencies by
  // value, while this one writes and blocks (the frequencies are first read when scoring);
  // then the pairs' levels in those fields while this one compares the others.
  const frequencies =
    early || frequencyThreadsOf(options, n) > 0
      ? frequenciesOnThread(fields, afterWrite ? [] : derivations(profile, fields), early, stream)
      : undefined;
  frequencies?.catch(() => {});
  let thread: FieldThread | undefined;
  frequencies?.then(
    (t) => {
      thread = t;
    },
    () => {},
  );

  const compiled = planOf(data, profile, options, group);
  const { plan } = compiled;
  const sql = new LinkageSql(compiled, duckdbDialect);
  const radix = plan.fields.map((f) => f.levels.length + 1);
  const tf: (TermFrequency | undefined)[] = fields.map(() => undefined);
  registerFunctions(session, {
    level: (f, x, y) => compareIds(fields[f]!, x, y),
    tf: (f, l, x, y) => tf[f]!.at(l, x, y),
  });
  // Levels in SQL need each key's compared columns written, and the SQL leaves most of the
  // levels of a resident's fields undecided (edit distances, Jaro-Winkler): the distinct key
  // pairs are compared in TypeScript instead. The emitted Spark plan needs the key tables,
  // and fields with more keys than their features cache keeps stay in SQL.
  const inSql = fields.map((f) => afterWrite !== undefined || !cachesFeatures(f));
  const count = compareThreadsOf(options);
  // With no field in SQL and no threads, every pair is compared here from the records' key
  // ids; threads compare the distinct key pairs DuckDB selects.
  const here = count === 0 && inSql.every((s) => !s);
  // The threads start up while the tables are written and blocked.
  const starting =
    count > 0 && inSql.some((s) => !s) ? CompareThreads.start(fields, count) : undefined;
  starting?.catch(() => {});
  const keyed = new KeyedSql(compiled, duckdbNativeDialect);
  let blocked: Blocked;
  let patterns: Patterns;
  let sampled: number[][] | undefined;
  try {
    progress("write", 0, 3);
    // Record hashes only serve comparing here; kept otherwise they hold 8 bytes a record.
    // The thread hashed the keys streamed to it (what it lacks is hashed here); a thread not
    // up is not waited for.
    const up = stream?.up ? await frequencies?.catch(() => undefined) : undefined;
    const keyHashes = up ? await Promise.all(fields.map((_, k) => up.hashes(k))) : [];
    let hashes: Float64Array | undefined = await writeRecords(session, data, group, keyHashes);
    if (!here) hashes = undefined;
    progress("write", 1, 3);
    await writeKeys(session, compiled, data, inSql);
    progress("write", 2, 3);
    // The block keys are written while blocking (the next rule's derived while DuckDB finds
    // the pairs of the one before), unless `afterWrite` needs them all first.
    let keys = afterWrite ? undefined : blockKeys(session, profile, data, group, frequencies, true);
    if (!keys) await writeBlockKeys(session, profile, data, group);
    progress("write", 3, 3);
    await afterWrite?.(data, compiled);
    lap("write");

    // What needs no pairs is computed while DuckDB finds them on its own threads: u from
    // random pairs with the thread's fields counted there, when it is up.
    let sampling: Promise<number[][]> | undefined;
    const idle = [
      () => {
        if (options.params) return;
        if (thread) sampling = sampledUOn(thread, fields, n, group, options);
        else sampled = sampledU(fields, n, group, options);
      },
      ...(frequencies ? [] : [() => keyFrequencies(fields, undefined, n, tf)]),
    ];
    blocked = await block(session, sql, plan.rules, progress, PART_ROWS, keys, idle);
    for (const task of idle) task();
    if (sampling) sampled = await sampling;
    // Let go of the block keys and their derivation buffers (several arrays of a record
    // each, and every rule's derived keys) before the comparisons.
    keys = undefined;
    data.keyed.clear();
    lap("block");

    if (here) {
      const tf = plan.fields.map((f) => f.termFrequency !== null);
      // The thread computing term frequencies compares its fields' pairs too.
      const thread = await frequencies?.catch(() => undefined);
      await compareHere(
        session,
        fields,
        hashes!,
        tf,
        blocked.candidatePairs,
        (done) => progress("compare", done, blocked.candidatePairs),
        thread,
      );
    } else await compareByKeys(session, keyed, fields, inSql, await starting);
    patterns = await readPatterns(
      session,
      sql,
      radix,
      plan.rules.map((r) => r.bit),
    );
  } catch (e) {
    (await frequencies?.catch(() => undefined))?.close();
    throw e;
  } finally {
    (await starting?.catch(() => undefined))?.close();
  }
  const { pairsByRule, skippedBlocks, candidatePairs } = blocked;
  const stratum = strata(fields, patterns, profile);
  progress("compare", 1, 1);
  lap("compare");

  const threshold = plan.threshold;
  let params = options.params ? reuseParams(options.params, fields, threshold) : undefined;
  if (!params) {
    const ruleIndex = new Map(plan.rules.map((r, i) => [r.name, i]));
    params = estimateParams(
      fields,
      patterns,
      stratum,
      duckdbSource(patterns, ruleIndex, () => {
        sampled ??= sampledU(fields, n, group, options);
        return sampled;
      }),
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
  await takeFrequencies(frequencies, tf);
  keyFrequencies(fields, patterns, n, tf, pairsFor);
  await writeFrequencies(session, fields, tf, tokens);
  // The prior over all pairs goes with u from random pairs (as `calibrate` in memory).
  const overAll =
    !options.params && profile.estimateU !== "candidates" && params.estimate?.method !== "prior";
  if (overAll) {
    let inside = 0;
    for (let p = 0; p < stratum.length; p++) if (stratum[p] === 1) inside += patterns.counts[p]!;
    const total = (group ? crossPairs(group) : (n * (n - 1)) / 2) - inside;
    // Each round needs only the distinct weights, from the pairs grouped once.
    const tfFields = plan.fields.flatMap((f, i) => (f.termFrequency ? [i] : []));
    const raw = await rawWeightsOf(session, keyed, tokens, patterns, stratum, tfFields);
    const lambdaOf = (p: Params) => {
      const { ws, cs } = raw(p);
      return priorOverWeights(ws, cs, total);
    };
    const estimated = params;
    let fixed = estimated;
    let lambda = lambdaOf(fixed);
    for (let round = 0; round < ROUNDS; round++) {
      fixed = { ...estimated, fields: corrected(estimated.fields, lambda) };
      const next = lambdaOf(fixed);
      const settled = Math.abs(Math.log2(next / lambda)) < 0.01;
      lambda = next;
      if (settled) break;
    }
    params = { ...fixed, lambda };
  }
  await writeWeights(session, fields, params, patterns, stratum, radix, tf, tokens, false);
  await session.create("scores", keyed.scores(tokens).sql);
  await session.drop(["cmp"]);
  progress("score", 1, 1);
  lap("score");
  return {
    data,
    compiled,
    sql,
    keyed,
    params,
    patterns,
    stratum,
    radix,
    tf,
    tokens,
    candidatePairs,
    pairsByRule,
    skippedBlocks,
  };
}
