import { UNDECIDED } from "./dialect.js";
import type { CompiledPlan } from "./plan.js";
import type { Statement } from "./statements.js";
import type { SqlDialect } from "./types.js";

/**
 * The comparison as SQL over distinct key pairs. A field's level depends only on the two key
 * ids, and most candidate pairs share keys (duplicates agree on most fields, a household on
 * its phone): each field's level is computed once per distinct pair of different keys, then
 * joined back by the two ids. Pairs carry their key ids and the records' content hashes, so
 * scoring and edge selection need no other table.
 *
 * @example
 * ```ts
 * import { febrlProfile } from "@linli/dedupe";
 * import { compilePlan, duckdbNativeDialect, KeyedSql } from "@linli/dedupe/sql";
 * const sql = new KeyedSql(
 *   compilePlan(febrlProfile(), {}, { records: 5000, multi: [], across: false }),
 *   duckdbNativeDialect,
 * );
 * sql.keyPairs().name; // "pk"
 * ```
 */
export class KeyedSql {
  constructor(
    private readonly compiled: CompiledPlan,
    private readonly d: SqlDialect,
  ) {}

  private get fields() {
    return this.compiled.plan.fields;
  }

  /** Candidate pairs with each side's key id of every field and the records' content hashes. */
  keyPairs(): Statement {
    const cols = ["p.a", "p.b", "p.rules"];
    this.fields.forEach((f, i) => {
      cols.push(`ra.c_${f.column} AS a${i}`, `rb.c_${f.column} AS b${i}`);
    });
    cols.push("least(ra.h, rb.h) AS h1", "greatest(ra.h, rb.h) AS h2");
    return {
      name: "pk",
      sql: `SELECT ${cols.join(", ")}\nFROM pairs p JOIN rec ra ON ra.rid = p.a JOIN rec rb ON rb.rid = p.b`,
    };
  }

  /**
   * The distinct pairs of present, different key ids of field `i` in `pk` (columns `x`, `y`):
   * those whose level `keyLevels` computes, or the executor when it compares them itself.
   */
  distinctKeys(i: number): Statement {
    return {
      name: `lv_${this.fields[i]!.column}`,
      sql: `SELECT DISTINCT a${i} AS x, b${i} AS y FROM pk WHERE a${i} >= 0 AND b${i} >= 0 AND a${i} <> b${i}`,
    };
  }

  /**
   * Level of field `i` for every distinct pair of present, different keys of `pk` (columns
   * `x`, `y`, `l`): -1 where the SQL cannot decide it (a condition is NULL: the dialect left
   * a function of linli's undecided, or the comparator has no SQL form), for the executor to
   * compute. `undefined` when any two different keys are at its last level.
   */
  keyLevels(i: number): Statement | undefined {
    const f = this.fields[i]!;
    const cmp = this.compiled.comparators[i]!;
    const last = f.levels.length - 1;
    const distinct = this.distinctKeys(i).sql;
    const name = `lv_${f.column}`;
    if (!cmp.sql || !f.columns) {
      return { name, sql: `SELECT x, y, -1 AS l FROM (${distinct}) d` };
    }
    const side = (s: string) => (c: string) => `${s}.${this.d.id(c)}`;
    const conds = cmp.sql.levels(side("ka"), side("kb"), this.d);
    // A record with several values has one row per value, under the key id of them all:
    // equal values are level 0 too, as equal keys are, and the pair takes its best level.
    const same = f.multi ? ` WHEN ka.key = kb.key THEN 0` : "";
    const whens = conds
      .map((c, l) =>
        c === null || l >= last
          ? ""
          : `${c.includes(UNDECIDED) ? ` WHEN (${c}) IS NULL THEN -1` : ""} WHEN ${c} THEN ${l}`,
      )
      .join("");
    if (!whens && !same) return undefined;
    const level = `CASE${same}${whens} ELSE ${last} END`;
    const from = [
      `FROM (${distinct}) d`,
      `JOIN key_${f.column} ka ON ka.code = d.x JOIN key_${f.column} kb ON kb.code = d.y`,
    ].join("\n");
    return {
      name,
      sql: f.multi
        ? `SELECT d.x, d.y, min(${level}) AS l\n${from}\nGROUP BY d.x, d.y`
        : `SELECT d.x, d.y, ${level} AS l\n${from}`,
    };
  }

  /**
   * Every candidate pair with its levels (`l0`, `l1`, …), the key ids of the fields with term
   * frequencies (`ca*`, `cb*`), its training-rule bits and content hashes. `tables`: the
   * fields that have a `keyLevels` table.
   */
  compare(tables: ReadonlySet<number>): Statement {
    const tiny = this.d.type("tinyint");
    const cols = ["pk.a", "pk.b", "pk.rules", "pk.h1", "pk.h2"];
    const joins: string[] = [];
    this.fields.forEach((f, i) => {
      const last = f.levels.length - 1;
      let other = String(last);
      if (tables.has(i)) {
        joins.push(`LEFT JOIN lv_${f.column} v${i} ON v${i}.x = pk.a${i} AND v${i}.y = pk.b${i}`);
        other = `coalesce(v${i}.l, ${last})`;
      }
      const level = `CASE WHEN pk.a${i} < 0 OR pk.b${i} < 0 THEN ${f.levels.length} WHEN pk.a${i} = pk.b${i} THEN 0 ELSE ${other} END`;
      cols.push(`CAST(${level} AS ${tiny}) AS l${i}`);
      if (f.termFrequency) cols.push(`pk.a${i} AS ca${i}`, `pk.b${i} AS cb${i}`);
    });
    return { name: "cmp", sql: `SELECT ${cols.join(", ")}\nFROM pk\n${joins.join("\n")}` };
  }

  /** Pattern code of the levels `c.l*`, as `LinkageSql` and the in-memory engine number them. */
  patternCode(): string {
    const big = (x: string) => `CAST(${x} AS ${this.d.type("bigint")})`;
    let code = "0";
    this.fields.forEach((f, i) => {
      code = i === 0 ? big("c.l0") : `(${code}) * ${f.levels.length + 1} + ${big(`c.l${i}`)}`;
    });
    return code;
  }

  /** Term-frequency adjustment of each such field (`j*`) and the joins it needs. */
  private adjustments(tokens: ReadonlySet<number>): { cols: string[]; joins: string[] } {
    const cols: string[] = [];
    const joins: string[] = [];
    this.fields.forEach((f, i) => {
      if (!f.termFrequency) return;
      if (tokens.has(i)) {
        cols.push(`linli_tf(${i}, c.l${i}, c.ca${i}, c.cb${i}) AS j${i}`);
      } else {
        joins.push(
          `LEFT JOIN tf_${f.column} t${i} ON t${i}.code = c.ca${i} AND t${i}.level = c.l${i}`,
        );
        cols.push(`coalesce(t${i}.adj, ${this.d.double(0)}) AS j${i}`);
      }
    });
    return { cols, joins };
  }

  /**
   * Pairs counted by pattern and term-frequency adjustments, with the first pair of each (in
   * pair order): all that a pair's weight depends on, so the prior's rounds re-weigh these
   * few rows instead of every pair.
   */
  weightGroups(tokens: ReadonlySet<number>): Statement {
    const { cols, joins } = this.adjustments(tokens);
    const n = this.compiled.plan.records;
    const big = this.d.type("bigint");
    const keys = [`${this.patternCode()} AS pc`, ...cols];
    const by = ["pc", ...cols.map((c) => c.slice(c.lastIndexOf(" AS ") + 4))];
    return {
      name: "weight_groups",
      sql: [
        `SELECT ${keys.join(", ")}, count(*) AS c, min(CAST(c.a AS ${big}) * ${n} + c.b) AS first`,
        "FROM cmp c",
        ...joins,
        `GROUP BY ${by.join(", ")}`,
      ].join("\n"),
    };
  }

  /**
   * Every pair's log2 odds, summed as `LinkageSql.scores` sums them (the same doubles), with
   * its levels and hashes carried along: edges, strong non-matches and output read only this.
   */
  scores(tokens: ReadonlySet<number>): Statement {
    const zero = this.d.double(0);
    const { cols, joins } = this.adjustments(tokens);
    let sum = "pw.w";
    let k = 0;
    this.fields.forEach((f, i) => {
      if (!f.termFrequency) return;
      const adj = cols[k++]!.replace(/ AS j\d+$/, "");
      const t = `pw.t${i}`;
      sum = `(${sum} + CASE WHEN ${t} IS NULL THEN ${zero} WHEN ${t} > 0 AND ${t} + ${adj} < 0 THEN -${t} ELSE ${adj} END)`;
    });
    const ls = this.fields.map((_, i) => `c.l${i}`);
    return {
      name: "scores",
      sql: [
        `SELECT c.a, c.b, ${ls.join(", ")}, c.h1, c.h2, ${sum} + pw.prior AS logit, pw.prior AS prior, pw.household AS household`,
        `FROM cmp c JOIN pw ON pw.pc = ${this.patternCode()}`,
        ...joins,
      ].join("\n"),
    };
  }

  /** Match edges, strongest first; ties by the records' content, then by pair. */
  edges(): Statement {
    return {
      name: "edges",
      sql: [
        "SELECT a, b, row_number() OVER (ORDER BY logit DESC, h1, h2, a, b) AS e FROM scores",
        `WHERE logit >= ${this.d.double(this.compiled.plan.minLogit)}`,
      ].join("\n"),
    };
  }

  /** Scored pairs with their levels, for explanations: matches only, or all. */
  output(all: boolean): string {
    const ls = this.fields.map((_, i) => `l${i}`);
    const where = all ? "" : ` WHERE logit >= ${this.d.double(this.compiled.plan.minLogit)}`;
    return `SELECT a, b, ${ls.join(", ")}, logit FROM scores${where} ORDER BY a, b`;
  }
}
