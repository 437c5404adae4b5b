export type { RunAnswer, RunAsk } from "../engine/run.js";
export { runSampleJob, type SampleJob } from "../engine/sample.js";
export { type DedupeResult, dedupe, dedupeSteps } from "./dedupe.js";
