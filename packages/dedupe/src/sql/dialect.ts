import type { SqlDialect, SqlType } from "./types.js";

// Doubles are written as text cast to DOUBLE: a bare literal such as 0.9 is a DECIMAL in both
// engines, and the cast of the shortest round-trip text gives back JavaScript's very double.
const double = (x: number) => `CAST('${x}' AS DOUBLE)`;

const TYPES = {
  duckdb: {
    text: "VARCHAR",
    integer: "INTEGER",
    double: "DOUBLE",
    bigint: "BIGINT",
    tinyint: "TINYINT",
    boolean: "BOOLEAN",
  },
  spark: {
    text: "STRING",
    integer: "INT",
    double: "DOUBLE",
    bigint: "BIGINT",
    tinyint: "TINYINT",
    boolean: "BOOLEAN",
  },
} as const;

/**
 * DuckDB. Its own `damerau_levenshtein` and `jaro_winkler_similarity` count bytes, and the
 * former allows swaps across edits; they agree with linli's only for an edit distance of at
 * most one between ASCII strings, where the built-in runs. Everywhere else the executor
 * registers linli's own functions (`linli_dl`, `linli_jw`) with DuckDB.
 *
 * @example
 * ```ts
 * import { duckdbDialect } from "@linli/dedupe/sql";
 * duckdbDialect.jaroWinkler("a.f0_pinyin", "b.f0_pinyin"); // "linli_jw(a.f0_pinyin, b.f0_pinyin)"
 * ```
 */
export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  id: (name) => `"${name.replaceAll('"', '""')}"`,
  type: (t: SqlType | "bigint" | "tinyint" | "boolean") => TYPES.duckdb[t],
  editDistance: (a, b, max, ascii) =>
    ascii && max <= 1 ? `damerau_levenshtein(${a}, ${b})` : `linli_dl(${a}, ${b}, ${max})`,
  jaroWinkler: (a, b) => `linli_jw(${a}, ${b})`,
  length: (s) => `length(${s})`,
  substr: (s, start, length) => `substr(${s}, ${start}, ${length})`,
  right: (s, n) => `right(${s}, ${n})`,
  contains: (h, n) => `(instr(${h}, ${n}) > 0)`,
  double,
};

/**
 * Marks an expression that may be NULL for "undecided": only level conditions holding it can
 * be undecided, so only those are tested for NULL (each test evaluates the condition again).
 */
export const UNDECIDED = "/* undecided */";

/**
 * DuckDB with no function of linli's: edit distances and Jaro-Winkler similarities are NULL,
 * "undecided", so that the level conditions they enter are NULL too and the executor computes
 * those levels in TypeScript, in bulk over the distinct key pairs, instead of DuckDB calling
 * back into JavaScript value by value. (DuckDB's own `damerau_levenshtein` agrees with linli's
 * on ASCII strings up to one edit, but costs more there than the TypeScript does.)
 *
 * @example
 * ```ts
 * import { duckdbNativeDialect } from "@linli/dedupe/sql";
 * duckdbNativeDialect.jaroWinkler("a.k", "b.k"); // "CAST(NULL AS DOUBLE) /* undecided *\/"
 * ```
 */
export const duckdbNativeDialect: SqlDialect = {
  ...duckdbDialect,
  editDistance: () => `CAST(NULL AS INTEGER) ${UNDECIDED}`,
  jaroWinkler: () => `CAST(NULL AS DOUBLE) ${UNDECIDED}`,
};

/**
 * Spark SQL. Spark has no Damerau-Levenshtein nor Jaro-Winkler of its own: the PySpark runner
 * registers linli's (`linli_dl`, `linli_jw`, written in Python over UTF-16 code units).
 *
 * @example
 * ```ts
 * import { sparkDialect } from "@linli/dedupe/sql";
 * sparkDialect.id("f0_key"); // "`f0_key`"
 * ```
 */
export const sparkDialect: SqlDialect = {
  name: "spark",
  id: (name) => `\`${name.replaceAll("`", "``")}\``,
  type: (t: SqlType | "bigint" | "tinyint" | "boolean") => TYPES.spark[t],
  editDistance: (a, b, max) => `linli_dl(${a}, ${b}, ${max})`,
  jaroWinkler: (a, b) => `linli_jw(${a}, ${b})`,
  length: (s) => `length(${s})`,
  substr: (s, start, length) => `substr(${s}, ${start}, ${length})`,
  right: (s, n) => `right(${s}, ${n})`,
  contains: (h, n) => `(instr(${h}, ${n}) > 0)`,
  double,
};
