import type * as DuckDBEngine from "./duckdb/api.js";

// Named by the package's own subpath and not as a literal, so that bundlers of the default
// entry (browsers, workers) neither follow it into Node's modules nor DuckDB.
const DUCKDB = "@linli/dedupe/duckdb";

/** The DuckDB engine, loaded on first use. */
export const duckdbEngine = (): Promise<typeof DuckDBEngine> =>
  import(/* @vite-ignore */ DUCKDB) as Promise<typeof DuckDBEngine>;
