export { dedupeDuckDB, linkDuckDB } from "./api.js";
export type { RecordSource } from "./load.js";
export type { SparkEmitted, SparkManifest } from "./spark.js";
export { emitSpark } from "./spark.js";
export { trySparkPlan } from "./spark-try.js";
