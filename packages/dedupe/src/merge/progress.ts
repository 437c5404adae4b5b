import type { EngineProgress } from "../options.js";

/** Where each stage of an engine starts, and its share of the linkage. */
export type StageShares = Readonly<
  Record<EngineProgress["stage"], readonly [start: number, share: number]>
>;

/** Where each DuckDB stage starts, as a share of the linkage (measured on 1.2 million rows). */
export const DUCKDB_STAGES: StageShares = {
  normalize: [0, 0.3],
  write: [0.3, 0.03],
  block: [0.33, 0.22],
  compare: [0.55, 0.18],
  estimate: [0.73, 0.03],
  score: [0.76, 0.13],
  cluster: [0.89, 0.09],
  output: [0.98, 0.02],
};

/**
 * Where each in-memory stage starts, as a share of the linkage (measured on 100,000 rows of
 * `bench/merge`; it writes nothing).
 */
export const MEMORY_STAGES: StageShares = {
  normalize: [0, 0.36],
  write: [0.36, 0],
  block: [0.36, 0.13],
  compare: [0.49, 0.09],
  estimate: [0.58, 0.29],
  score: [0.87, 0.06],
  cluster: [0.93, 0.05],
  output: [0.98, 0.02],
};

/**
 * An engine's own progress as the merge's (0 to `n` records), from its stages' usual shares.
 * Both engines report their stages themselves, so the profile is not wrapped to watch it:
 * wrappers cost every read, comparison and key transform a call and a counter, and stop
 * blocking rules sharing a key derivation (a wrapped transform is a new function per rule).
 */
export function engineProgress(
  n: number,
  report: (done: number, step: string) => void,
  stages: StageShares,
  also?: (progress: EngineProgress) => void,
): (progress: EngineProgress) => void {
  return (p) => {
    also?.(p);
    const [start, share] = stages[p.stage];
    const of = p.total ?? (p.stage === "normalize" ? n : 0);
    const within = of > 0 ? Math.min(1, p.done / of) : 0;
    report(Math.round((start + share * within) * n), p.stage);
  };
}
