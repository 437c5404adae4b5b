/**
 * Benchmark tools for record linkage: a FEBRL reader, pairwise precision/recall/F1, and the
 * seeded synthetic Chinese resident generator with noise and hard negatives.
 *
 * @example
 * ```ts
 * import { pairwiseScores } from "@linli/dedupe/benchmark";
 * pairwiseScores([[0, 1], [2]], [1, 1, 2]).precision; // 1
 * ```
 *
 * @module
 */
export * from "./benchmark/index.js";
