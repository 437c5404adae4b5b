/**
 * Linkage as SQL: a profile compiled to one plan (fields with their comparison levels,
 * blocking rules, training rules, threshold) and written as SQL for DuckDB or Spark, with the
 * dialect layer naming each engine's functions (edit distance, Jaro-Winkler, strings).
 *
 * @example
 * ```ts
 * import { febrlProfile } from "@linli/dedupe";
 * import { compilePlan, LinkageSql, sparkDialect } from "@linli/dedupe/sql";
 * const compiled = compilePlan(febrlProfile(), {}, { records: 1000, multi: [], across: false });
 * new LinkageSql(compiled, sparkDialect).rulePairs(0).sql; // "SELECT x.rid AS a, y.rid AS b …"
 * ```
 *
 * @module
 */
export * from "./sql/index.js";
