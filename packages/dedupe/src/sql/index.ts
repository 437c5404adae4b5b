export { duckdbDialect, duckdbNativeDialect, sparkDialect } from "./dialect.js";
export { KeyedSql } from "./keyed.js";
export type { CompiledPlan, LinkagePlan, PlanField, PlanRule } from "./plan.js";
export { compilePlan } from "./plan.js";
export type { Statement } from "./statements.js";
export { LinkageSql } from "./statements.js";
export type * from "./types.js";
