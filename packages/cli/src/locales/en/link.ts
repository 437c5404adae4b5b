/** English texts of `linli link` and `linli merge --pairs`. The keys define the codes. */
export const linkEn = {
  "link.summary":
    "Write the linkage of a merge as a plan for Spark: SQL, Parquet and a PySpark runner",
  "link.help":
    "linli link --emit spark DIR <files…> reads the files as linli merge does, normalises the records, estimates the linkage parameters here with DuckDB (needs npm install @duckdb/node-api), and writes into DIR: input/*.parquet (the normalised records, block keys and weights), linkage.sql (the plan as Spark SQL), run_linkage.py (a PySpark runner) and plan.json. On the cluster: spark-submit DIR/run_linkage.py DIR writes the pairs and clusters as Parquet in DIR/output. Then linli merge <the same files> -o <folder> --pairs DIR finishes the merge from them.\n--emit      spark (the only engine a plan is written for)\n-o, --out   the plan folder, when not given after --emit spark\n--entity, --mapping, --sheet, --decisions, --threshold, --profile (a linkage profile): as for linli merge; give linli merge --pairs the same ones\n--memory-limit DuckDB's memory limit, e.g. 8GB\n--json      print what was written as JSON",
  "err.emit":
    "Say what to write with --emit spark, e.g. linli link --emit spark spark-plan 居民.csv",
  "err.emitDir":
    "Say where to write the plan, after --emit spark or with -o, e.g. linli link --emit spark spark-plan 居民.csv; “{path}” is a file",
  "err.sharing":
    "linli link writes no outputs to share: give the sharing profile “{profile}” to linli merge --pairs instead",
  "err.pairsEngine":
    "--pairs finishes from the pairs Spark wrote (read with DuckDB): leave --engine memory out",
  "link.done":
    "Wrote the Spark plan of {records, plural, one {# record} other {# records}} into {dir}:",
  "link.file.input": "input for Spark (Parquet)",
  "link.file.sql": "the linkage as Spark SQL",
  "link.file.runner": "the PySpark runner",
  "link.file.plan": "the plan, parameters and checks",
  "link.next":
    "Next: on the cluster, spark-submit {runner} {dir}\nThen: linli merge <the same files> -o <folder> --pairs {dir}",
} as const;

/** A code of a `linli link` text. */
export type LinkCode = keyof typeof linkEn;
