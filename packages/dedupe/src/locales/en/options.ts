/** English texts of option errors of @linli/dedupe. The keys define the codes. */
export const optionsEn = {
  "options.profile":
    "Unknown dedupe profile “{profile}”; use one of {profiles}, or pass a profile object",
  "options.column": "“{key}” is no column of this kind of record",
  "options.comparator":
    "Unknown comparator “{comparator}”; use a built-in one or pass it in options.comparators",
  "options.blockingField":
    "Blocking rule “{rule}” names “{field}”, which is no field of the profile",
  "options.trainingRule":
    "Training names the blocking rule “{rule}”, which the profile does not have",
  "options.conflict": "Conflicts name “{field}”, which is no field of the profile",
  "options.params":
    "The parameters given have no m and u with matching levels for the field “{field}”",
  "options.sources": "options.sources must have one entry per record ({records}); it has {sources}",
  "options.mustLink": "mustLink names {index}, which is not the index of a record",
  "options.cannotLink": "cannotLink names {index}, which is not the index of a record",
  "options.diceThresholds": "diceComparator thresholds must be decreasing and between 0 and 1",
  "options.diceLengths":
    "Bloom filters of {a} and {b, plural, one {# bit} other {# bits}} cannot be compared (were they encoded with different schemas?)",
  "options.minhash": "minhashBlocking takes whole numbers: bands ≥ 1 and rows from 1 to 8",
  "options.minhashBits": "minhashBlocking takes Bloom filters of at most 65,536 bits",
  "options.pprlNames": "pprlProfile needs at least one filter, and each filter and key named once",
  "options.pprlHousehold": "pprlProfile: household names “{name}”, which is no filter or key",
  "options.engine": "Unknown engine “{engine}”; use “memory” or “duckdb”",
  "options.clusters": "Unknown cluster form “{value}”; use “lists” or “ids”",
  "options.duckdbMissing":
    "The DuckDB engine needs the package @duckdb/node-api, which is not installed: run “npm install @duckdb/node-api@1.5.6-r.1” (or pnpm add) where linli is installed",
  "options.noSql":
    "Spark cannot run the field “{field}”: its comparator “{comparator}” has no SQL form (use the DuckDB or in-memory engine, or a comparator with SQL)",
  "options.sparkTokens":
    "Spark cannot run the field “{field}”: its term frequencies are over shared words, which the Spark plan does not compute (use the DuckDB or in-memory engine)",
  "options.sparkPairsAll":
    "Pairs from Spark hold the matches only; all pairs (pairs: “all”) need the DuckDB or in-memory engine",
  "options.pairsMissing":
    "“{path}” cannot be read: {detail}. Give the folder written by “linli link --emit spark”, after the Spark runner has written its output folder in it",
  "options.pairsMismatch":
    "The pairs in “{dir}” were computed from other records or settings ({what} differ): emit the plan again from these files with these settings, and run it on Spark again",
  "options.memoryLimit":
    "memoryLimit “{value}” is no amount of memory; write it like “4GB” or “800MB”",
} as const;

/** A code of an option error of @linli/dedupe. */
export type DedupeOptionCode = keyof typeof optionsEn;
