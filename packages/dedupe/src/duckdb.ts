/**
 * The DuckDB engine: `dedupe` and `link` as SQL on an embedded DuckDB (no server), out of
 * core under a memory limit, with the same results as the in-memory engine. Needs the
 * optional package `@duckdb/node-api`; `dedupe(records, { engine: "duckdb" })` loads it too.
 *
 * @example
 * ```ts
 * import { dedupeDuckDB } from "@linli/dedupe/duckdb";
 * const { clusters, stats } = await dedupeDuckDB(
 *   [{ name: "王伟", birthDate: "1985-03-02" }, { name: "王 伟", birthDate: "1985/3/2" }],
 *   { duckdb: { memoryLimit: "2GB", onProgress: (p) => console.log(p.stage, p.done) } },
 * );
 * ```
 *
 * @module
 */
export * from "./duckdb/index.js";
