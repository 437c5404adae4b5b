import { DedupeOptionError } from "../errors/option-error.js";
import type { CompiledPlan, PlanField } from "./plan.js";
import type { SqlDialect } from "./types.js";

// The linkage as SQL, stage by stage. Input tables, written by the executor from what
// TypeScript normalised:
//   rec(rid, grp, h, c_f0, c_f1, …)     one row per record: key id per field (-1: missing),
//                                       group (source), content hash (orders tied edges)
//   key_f0(code, parts, key, <columns>) per key id of a field with SQL: one row per value
//   bk_r0(rid, k, grp)                  block keys of a rule
//   sample(s, a, b)                     the random pairs u is estimated from
//   pw(pc, w, prior, household, t0, …)  per comparison pattern: its weight, prior and level
//                                       weights of the term-frequency fields
//   tf_f0(code, level, adj)             term-frequency adjustment per key id and level
// Every statement is one SELECT, materialised under its name by the executor.

/** One named query of the linkage. */
export interface Statement {
  readonly name: string;
  readonly sql: string;
}

const radixOf = (f: PlanField) => f.levels.length + 1;

/**
 * The SQL of one plan in one dialect: one SELECT per stage (candidate pairs per rule, their
 * union, comparison levels, pattern counts, scores, match edges, strong non-matches, output).
 *
 * @example
 * ```ts
 * import { febrlProfile } from "@linli/dedupe";
 * import { compilePlan, duckdbDialect, LinkageSql } from "@linli/dedupe/sql";
 * const sql = new LinkageSql(
 *   compilePlan(febrlProfile(), {}, { records: 5000, multi: [], across: false }),
 *   duckdbDialect,
 * );
 * sql.patterns().sql; // "SELECT l0, l1, …, count(*) AS n … FROM cmp GROUP BY l0, l1, …"
 * ```
 */
export class LinkageSql {
  private readonly d: SqlDialect;

  constructor(
    private readonly compiled: CompiledPlan,
    dialect: SqlDialect,
  ) {
    this.d = dialect;
  }

  private get fields() {
    return this.compiled.plan.fields;
  }

  private col(side: string, name: string): string {
    return `${side}.${this.d.id(name)}`;
  }

  /** Candidate pairs of one rule: records sharing a block key, blocks over the cap skipped. */
  rulePairs(rule: number): Statement {
    const r = this.compiled.plan.rules[rule]!;
    const across = this.compiled.plan.across ? " AND x.grp <> y.grp" : "";
    return {
      name: `pairs_r${rule}`,
      sql: [
        `SELECT x.rid AS a, y.rid AS b`,
        `FROM (SELECT k FROM ${r.table} GROUP BY k HAVING count(*) BETWEEN 2 AND ${r.cap}) s`,
        `JOIN ${r.table} x ON x.k = s.k`,
        `JOIN ${r.table} y ON y.k = s.k AND x.rid < y.rid${across}`,
      ].join("\n"),
    };
  }

  /** Blocks of one rule skipped for their size. */
  skippedBlocks(rule: number): Statement {
    const r = this.compiled.plan.rules[rule]!;
    return {
      name: `skipped_r${rule}`,
      sql: `SELECT count(*) AS skipped FROM (SELECT k FROM ${r.table} GROUP BY k HAVING count(*) > ${r.cap}) s`,
    };
  }

  /**
   * All candidate pairs, each once, with the bits of the training rules that found it. With
   * `parts`, only the pairs whose `a` is `part` modulo `parts`: the parts are disjoint, their
   * union is the whole, and each groups a `parts`-th of the pairs (DuckDB appends them one
   * by one to stay within its memory limit).
   */
  pairs(part = 0, parts = 1): Statement {
    const where = parts > 1 ? ` WHERE a % ${parts} = ${part}` : "";
    const rows = this.compiled.plan.rules.map(
      (r, i) => `SELECT a, b, ${r.bit} AS bit FROM pairs_r${i}${where}`,
    );
    return {
      name: "pairs",
      sql: `SELECT a, b, bit_or(bit) AS rules FROM (\n${rows.join("\nUNION ALL\n")}\n) u GROUP BY a, b`,
    };
  }

  /** Records with the compared columns of their keys (one row per value of a multi-valued key). */
  side(): Statement {
    const d = this.d;
    const select = ["r.rid", "r.grp", "r.h"];
    const joins: string[] = [];
    const multi: string[] = [];
    this.fields.forEach((f, i) => {
      select.push(`r.c_${f.column}`);
      if (!f.columns) return;
      const k = `k${i}`;
      joins.push(`LEFT JOIN key_${f.column} ${k} ON ${k}.code = r.c_${f.column}`);
      select.push(`${k}.key AS ${d.id(`${f.column}_key`)}`);
      for (const c of f.columns)
        select.push(`${k}.${d.id(c.name)} AS ${d.id(`${f.column}_${c.name}`)}`);
      if (f.multi) multi.push(`coalesce(${k}.parts, 1) > 1`);
    });
    select.push(`${multi.length > 0 ? multi.join(" OR ") : "false"} AS multi`);
    return { name: "side", sql: `SELECT ${select.join(", ")}\nFROM rec r\n${joins.join("\n")}` };
  }

  /** Level of field `i` for sides `a` and `b` of a pair. */
  level(i: number): string {
    const f = this.fields[i]!;
    const cmp = this.compiled.comparators[i]!;
    const ca = `a.c_${f.column}`;
    const cb = `b.c_${f.column}`;
    const missing = f.levels.length;
    const last = f.levels.length - 1;
    const head = `CASE WHEN ${ca} < 0 OR ${cb} < 0 THEN ${missing} WHEN ${ca} = ${cb} THEN 0`;
    if (!cmp.sql || !f.columns) {
      if (this.d.name !== "duckdb") {
        throw new DedupeOptionError("options.noSql", { field: f.name, comparator: f.comparator });
      }
      return `${head} ELSE linli_level(${i}, ${ca}, ${cb}) END`;
    }
    const side = (s: string) => (c: string) => this.col(s, `${f.column}_${c}`);
    const conds = cmp.sql.levels(side("a"), side("b"), this.d);
    // A record with several values has one row per value, under the key id of them all:
    // equal values are level 0 too, as equal keys are.
    const same = f.multi ? ` WHEN ${side("a")("key")} = ${side("b")("key")} THEN 0` : "";
    const whens = conds
      .map((c, l) => (c === null || l >= last ? "" : ` WHEN ${c} THEN ${l}`))
      .join("");
    return `${head}${same}${whens} ELSE ${last} END`;
  }

  /** Pattern code: the levels in mixed radix, as the in-memory engine numbers them. */
  private patternCode(levels: readonly string[]): string {
    // Levels are TINYINT: widened first, or the products overflow.
    const big = (x: string) => `CAST(${x} AS ${this.d.type("bigint")})`;
    let code = "0";
    this.fields.forEach((f, i) => {
      code = i === 0 ? big(levels[0]!) : `(${code}) * ${radixOf(f)} + ${big(levels[i]!)}`;
    });
    return code;
  }

  /**
   * Levels of every field for the pairs of `pairs` (columns `key` and `a`, `b`): a pair of
   * multi-valued keys takes the best level over their values, as `compareIds` does.
   */
  compare(name: string, pairs: string, key: "pairs" | "sample"): Statement {
    const d = this.d;
    const keyCols = key === "pairs" ? ["a", "b", "rules"] : ["s", "a", "b"];
    const levels = this.fields.map((_, i) => this.level(i));
    const codes = this.fields
      .map((f, i) =>
        f.termFrequency ? `a.c_${f.column} AS ca${i}, b.c_${f.column} AS cb${i}` : "",
      )
      .filter(Boolean);
    const tiny = (x: string) => `CAST(${x} AS ${d.type("tinyint")})`;
    const single = [
      ...keyCols.map((c) => `p.${c}`),
      ...levels.map((l, i) => `${tiny(l)} AS l${i}`),
      ...codes,
    ];
    const from = `FROM ${pairs} p JOIN side a ON a.rid = p.a JOIN side b ON b.rid = p.b`;
    const multi = this.fields.some((f) => f.multi && f.columns);
    if (!multi) return { name, sql: `SELECT ${single.join(", ")}\n${from}` };
    const group = key === "pairs" ? ["p.a", "p.b"] : ["p.s"];
    const grouped = [
      ...keyCols.map((c) => (group.includes(`p.${c}`) ? `p.${c}` : `min(p.${c}) AS ${c}`)),
      ...levels.map((l, i) => `${tiny(`min(${l})`)} AS l${i}`),
      ...codes.map((c) => c.replace(/(\w\.c_f\d+) AS (c[ab]\d+)/g, "min($1) AS $2")),
    ];
    return {
      name,
      sql: [
        `SELECT ${single.join(", ")}`,
        `${from} WHERE NOT a.multi AND NOT b.multi`,
        "UNION ALL",
        `SELECT ${grouped.join(", ")}`,
        `${from} WHERE a.multi OR b.multi GROUP BY ${group.join(", ")}`,
      ].join("\n"),
    };
  }

  /** Pairs per comparison pattern, in all and among each training rule's pairs. */
  patterns(): Statement {
    const ls = this.fields.map((_, i) => `l${i}`);
    const rules = this.compiled.plan.rules
      .map((r, i) =>
        r.bit ? `sum(CASE WHEN (rules & ${r.bit}) <> 0 THEN 1 ELSE 0 END) AS r${i}` : "",
      )
      .filter(Boolean);
    return {
      name: "patterns",
      sql: `SELECT ${[...ls, "count(*) AS n", ...rules].join(", ")} FROM cmp GROUP BY ${ls.join(", ")}`,
    };
  }

  /** Levels of the random pairs, counted by pattern. */
  sampleLevels(): Statement {
    const ls = this.fields.map((_, i) => `l${i}`);
    return {
      name: "sample_levels",
      sql: `SELECT ${ls.join(", ")}, count(*) AS n FROM sample_cmp GROUP BY ${ls.join(", ")}`,
    };
  }

  /**
   * Posterior log2 odds of every pair: its pattern's weight, each term-frequency field's
   * adjustment (never turning an agreement into evidence against), its prior — summed in the
   * in-memory engine's order, so the doubles are the same.
   */
  scores(tokens: ReadonlySet<number> = new Set()): Statement {
    const d = this.d;
    const zero = d.double(0);
    let sum = "pw.w";
    const joins: string[] = [];
    this.fields.forEach((f, i) => {
      if (!f.termFrequency) return;
      const t = `pw.t${i}`;
      let adj: string;
      if (tokens.has(i)) {
        adj = `linli_tf(${i}, c.l${i}, c.ca${i}, c.cb${i})`;
      } else {
        joins.push(
          `LEFT JOIN tf_${f.column} t${i} ON t${i}.code = c.ca${i} AND t${i}.level = c.l${i}`,
        );
        adj = `coalesce(t${i}.adj, ${zero})`;
      }
      sum = `(${sum} + CASE WHEN ${t} IS NULL THEN ${zero} WHEN ${t} > 0 AND ${t} + ${adj} < 0 THEN -${t} ELSE ${adj} END)`;
    });
    const pc = this.patternCode(this.fields.map((_, i) => `c.l${i}`));
    return {
      name: "scores",
      sql: [
        `SELECT c.a, c.b, ${sum} + pw.prior AS logit, pw.prior AS prior, pw.household AS household`,
        `FROM cmp c JOIN pw ON pw.pc = ${pc}`,
        ...joins,
      ].join("\n"),
    };
  }

  /**
   * Distinct weights (log2 odds less the prior) of the pairs outside households, with how
   * many pairs have each, in the order of their first pair (as the in-memory engine counts).
   * `scores`: the table, or the scores query in parentheses (not kept).
   */
  rawWeights(scores = "scores"): Statement {
    const n = this.compiled.plan.records;
    const big = this.d.type("bigint");
    return {
      name: "raw_weights",
      sql: [
        `SELECT logit - prior AS w, count(*) AS c, min(CAST(a AS ${big}) * ${n} + b) AS first`,
        `FROM ${scores} s WHERE household = 0 GROUP BY logit - prior ORDER BY first`,
      ].join("\n"),
    };
  }

  /** Match edges, numbered strongest first (`e`); ties by the records' content, then by pair. */
  edges(): Statement {
    const d = this.d;
    return {
      name: "edges",
      sql: [
        "SELECT s.a, s.b, row_number() OVER (",
        "  ORDER BY s.logit DESC, least(ra.h, rb.h), greatest(ra.h, rb.h), s.a, s.b",
        ") AS e FROM scores s",
        "JOIN rec ra ON ra.rid = s.a JOIN rec rb ON rb.rid = s.b",
        `WHERE s.logit >= ${d.double(this.compiled.plan.minLogit)}`,
      ].join("\n"),
    };
  }

  /** Strong non-matches between records that some edge touches (the chain rule's input). */
  apart(): Statement {
    const d = this.d;
    const touched = "(SELECT a AS r FROM edges UNION SELECT b AS r FROM edges)";
    return {
      name: "apart",
      sql: [
        "SELECT s.a, s.b, s.logit FROM scores s",
        `WHERE s.logit <= ${d.double(this.compiled.plan.splitWeight)}`,
        `AND s.a IN ${touched} AND s.b IN ${touched}`,
        "ORDER BY s.a, s.b",
      ].join("\n"),
    };
  }

  /** Scored pairs with their levels, for explanations: matches only, or all. */
  output(all: boolean): Statement {
    const d = this.d;
    const ls = this.fields.map((_, i) => `c.l${i}`);
    return {
      name: "output",
      sql: [
        `SELECT c.a, c.b, ${ls.join(", ")}, s.logit`,
        "FROM cmp c JOIN scores s ON s.a = c.a AND s.b = c.b",
        all ? "" : `WHERE s.logit >= ${d.double(this.compiled.plan.minLogit)}`,
        "ORDER BY c.a, c.b",
      ]
        .filter(Boolean)
        .join("\n"),
    };
  }
}
