import type { Comparator, Params, Profile } from "./types.js";

/**
 * The default match-probability threshold of every built-in profile (FEBRL and Chinese
 * residents alike): a pair is a match when its posterior probability is at least 0.9.
 *
 * @example
 * ```ts
 * import { DEFAULT_THRESHOLD, dedupe } from "@linli/dedupe";
 * dedupe([], { threshold: DEFAULT_THRESHOLD }).params.threshold; // 0.9
 * ```
 */
export const DEFAULT_THRESHOLD = 0.9;

/** Names of the built-in profiles: one per linli entity, and FEBRL's. */
export type ProfileName =
  | "resident"
  | "volunteer"
  | "organization"
  | "location"
  | "household"
  | "need"
  | "supply-item"
  | "stock-movement"
  | "shift"
  | "health-check"
  | "commitment"
  | "allocation"
  | "delivery-task"
  | "match-run"
  | "febrl";

/**
 * Options of {@link dedupe} (and, except `sources`, of {@link link}).
 *
 * @example
 * ```ts
 * import { dedupe } from "@linli/dedupe";
 * const records = [
 *   { name: "王伟", phones: [{ number: "13800138000" }] },
 *   { name: "王 伟", phones: [{ number: "138-0013-8000" }] },
 * ];
 * const result = dedupe(records, { profile: "resident", threshold: 0.9, pairs: "all" });
 * ```
 */
export interface DedupeOptions {
  /** A profile, or a built-in one by name. Default "resident". */
  readonly profile?: Profile | ProfileName;
  /** Match-probability threshold in (0, 1). Default: the profile's, else {@link DEFAULT_THRESHOLD}. */
  readonly threshold?: number;
  /** Your own comparators, for profile fields that name them. */
  readonly comparators?: Readonly<Record<string, Comparator>>;
  /**
   * Source of each record (parallel to `records`): a register, a community, a file. Returned
   * pairs and clusters are unchanged; with `acrossSourcesOnly`, only records from different
   * sources are compared (each source is taken to be deduplicated already).
   */
  readonly sources?: readonly (string | number)[];
  readonly acrossSourcesOnly?: boolean;
  /**
   * With `sources`: a cluster holds at most one record of each source (one-to-one linkage,
   * strongest pairs first). Use it when every source is already free of duplicates.
   */
  readonly oneToOne?: boolean;
  /** Groups of record indexes known to be the same (merged earlier): they stay together. */
  readonly mustLink?: readonly (readonly number[])[];
  /**
   * Groups of record indexes a person decided are different: no two records of one group end
   * in one cluster, even when they are exact copies (a `mustLink` group holding two of them
   * wins).
   */
  readonly cannotLink?: readonly (readonly number[])[];
  /** Parameters of an earlier run to reuse (skips estimation). */
  readonly params?: Params;
  /** Which scored pairs to return: at or above the threshold (default), all, or none. */
  readonly pairs?: "matches" | "all" | "none";
  /**
   * How to give the clusters: `"lists"` (default), or `"ids"`: also `clusterIds`, the cluster
   * number of each record in one `Int32Array`, and `clusters` built only when first read. For
   * millions of records, where millions of small arrays would take gigabytes.
   */
  readonly clusters?: "lists" | "ids";
  /**
   * How many near misses to return (default 0): pairs kept apart that came close, strongest
   * first: above the threshold but refused by clustering, or a little below it (up to 4 bits,
   * 16 times less likely), whose records ended in different clusters. For people to check.
   */
  readonly nearMisses?: number;
  /**
   * Two records whose own comparison weighs at most this (log2 Bayes factor) are not put in one
   * cluster through other records. Default -8; `-Infinity` turns chain splitting off.
   */
  readonly splitWeight?: number;
  /** Random pairs drawn to estimate u. Default 200,000 (all pairs when fewer). */
  readonly sampleSize?: number;
  /** EM iterations at most. Default 100. */
  readonly maxIterations?: number;
  /** Seed of the random-pair sample. */
  readonly seed?: number;
  /**
   * Where linkage runs: `"memory"` (default; plain TypeScript, nothing native) or `"duckdb"`
   * (SQL on an embedded DuckDB, out of core; needs the optional package `@duckdb/node-api`).
   * Both give the same result; with `"duckdb"`, `dedupe` and `link` return a Promise.
   */
  readonly engine?: "memory" | "duckdb";
  /**
   * Told of each stage's progress by the in-memory engine (the DuckDB engine tells
   * `duckdb.onProgress`): normalising (records × fields), blocking (rules), then the start
   * of each later stage.
   *
   * @example
   * ```ts
   * import { dedupe } from "@linli/dedupe";
   * dedupe([{ name: "张静" }, { name: "张静" }], { onProgress: (p) => console.log(p.stage, p.done, p.total) });
   * ```
   */
  readonly onProgress?: (progress: EngineProgress) => void;
  /** Settings of the DuckDB engine. */
  readonly duckdb?: DuckDBOptions;
}

/**
 * Settings of the DuckDB engine (`engine: "duckdb"`).
 *
 * @example
 * ```ts
 * import type { DuckDBOptions } from "@linli/dedupe";
 * const duckdb: DuckDBOptions = { memoryLimit: "4GB", directory: "/data/linli-work" };
 * ```
 */
export interface DuckDBOptions {
  /**
   * Folder in which the run makes its working folder (DuckDB's database and the data it
   * spills to disk). Default: the system's temporary folder.
   */
  readonly directory?: string;
  /** Keep the working folder after the run (its tables can be opened with DuckDB). */
  readonly keep?: boolean;
  /** DuckDB's memory limit, like "4GB" or "800MB". Default: DuckDB's own (80% of RAM). */
  readonly memoryLimit?: string;
  /** DuckDB's worker threads. Default: one per core. */
  readonly threads?: number;
  /**
   * Worker threads that normalise the records (the built-in comparators' `normalize`; your
   * own comparators run in the calling thread), while the calling thread reads the next
   * records. Default 0: none.
   */
  readonly normalizeThreads?: number;
  /**
   * Worker threads that compare the distinct pairs of keys (the built-in comparators; your
   * own comparators run in the calling thread), while the calling thread computes what term
   * frequencies need. Default 0: the calling thread compares (each thread computes the
   * features of the keys it compares again, which has not paid yet on two cores).
   */
  readonly compareThreads?: number;
  /**
   * Worker threads (at most one) that derive the block keys of the rules' named transforms
   * (those of the built-in profiles; your own transforms run in the calling thread), compute
   * term frequencies by value and u from random pairs (the built-in comparators; your own run
   * in the calling thread) while the calling thread writes and blocks, then compare their
   * fields while it compares the others. Default: one from 100,000 records, none below.
   */
  readonly frequencyThreads?: number;
  /**
   * Finish from pairs computed elsewhere: the folder written by `emitSpark` (`linli link
   * --emit spark`) after its Spark runner wrote `output/` in it. The records and settings must
   * be those the plan was emitted from; normalisation, clustering and explanations run here.
   */
  readonly pairs?: string;
  /** Told of each stage's progress. */
  readonly onProgress?: (progress: EngineProgress) => void;
}

/** How far a DuckDB run has got: a stage, and within it `done` of `total` (when known). */
export interface EngineProgress {
  readonly stage:
    | "normalize"
    | "write"
    | "block"
    | "compare"
    | "estimate"
    | "score"
    | "cluster"
    | "output";
  readonly done: number;
  readonly total?: number;
}

/** Options of {@link link}: those of {@link dedupe} without `sources`. */
export type LinkOptions = Omit<
  DedupeOptions,
  "sources" | "acrossSourcesOnly" | "mustLink" | "cannotLink" | "clusters"
> & {
  /** Each side already free of duplicates: link each record to at most one on the other side. */
  readonly oneToOne?: boolean;
};
