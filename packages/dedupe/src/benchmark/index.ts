export { type FebrlRecord, parseFebrl } from "./febrl.js";
export { linkScores, type PairScores, pairwiseScores } from "./metrics.js";
export * from "./places/index.js";
export * from "./synthetic/index.js";
