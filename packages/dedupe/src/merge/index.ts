export { stableHash } from "@linli/core";
export { type MergeDecisions, parseDecisions } from "./decisions.js";
export { type Linkage, merge, mergeSteps } from "./merge.js";
export { MergeError, type MergeMessageCode, mergeMessage } from "./messages.js";
export type { NearMiss } from "./near-miss.js";
export { isMergeResult } from "./rows.js";
export type * from "./types.js";
