/** SQL type of a column a comparator compares. */
export type SqlType = "text" | "integer" | "double";

/** A column derived from one key (a name's pinyin, a date's day number). */
export interface SqlColumn {
  readonly name: string;
  readonly type: SqlType;
}

/** A value of such a column: `null` when the key has none. */
export type SqlValue = string | number | null;

/** The reference to a column of one side of a pair, e.g. `side("pinyin")` → `a.f0_pinyin`. */
export type SqlSide = (column: string) => string;

/**
 * The functions whose names and semantics differ between SQL engines. Each returns an SQL
 * expression. Strings are compared by UTF-16 code units, as the TypeScript comparators do;
 * where an engine's own function counts otherwise (bytes), the dialect supplies linli's.
 *
 * @example
 * ```ts
 * import { duckdbDialect } from "@linli/dedupe/sql";
 * duckdbDialect.editDistance("a.k", "b.k", 1, true); // "damerau_levenshtein(a.k, b.k)"
 * ```
 */
export interface SqlDialect {
  readonly name: "duckdb" | "spark";
  /** Quoted identifier. */
  id(name: string): string;
  /** Column type name. */
  type(type: SqlType | "bigint" | "tinyint" | "boolean"): string;
  /**
   * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps)
   * of two strings, or `max + 1` when farther. `ascii`: both are known to be ASCII.
   */
  editDistance(a: string, b: string, max: number, ascii?: boolean): string;
  /** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4), as `jaroWinkler`. */
  jaroWinkler(a: string, b: string): string;
  /** Length in characters (used on ASCII keys only). */
  length(s: string): string;
  /** `length` characters from 1-based `start` (used on ASCII keys only). */
  substr(s: string, start: number, length: number): string;
  /** The last `n` characters (used on ASCII keys only). */
  right(s: string, n: number): string;
  /** Whether `haystack` contains `needle`. */
  contains(haystack: string, needle: string): string;
  /** A double literal, exactly as JavaScript holds it. */
  double(x: number): string;
}

/**
 * How a comparator's levels are written in SQL: the columns it compares, computed once per
 * distinct key in TypeScript (normalisation stays there), and one condition per level.
 *
 * @example
 * ```ts
 * import type { ComparatorSql } from "@linli/dedupe";
 * // Equal or not: the key itself is all there is to compare.
 * const exactSql: ComparatorSql<string> = { columns: [], values: () => [], levels: () => [] };
 * ```
 */
export interface ComparatorSql<F = unknown> {
  /** Columns derived from one key, besides the key itself (column `key`, text). */
  readonly columns: readonly SqlColumn[];
  /** Their values for one key's features, in the order of `columns`. */
  values(features: F): readonly SqlValue[];
  /**
   * Conditions for the levels from the strongest on, but the last ("different", what is
   * left): `[level 0, level 1, …]`, `null` for a level no condition leads to. Equal keys are
   * level 0 before any of them. They are tried in order, so each may assume the ones before
   * it were false, exactly like `compare`.
   */
  levels(a: SqlSide, b: SqlSide, dialect: SqlDialect): readonly (string | null)[];
}
