import type { PlanRule } from "../sql/plan.js";
import type { LinkageSql } from "../sql/statements.js";
import type { RuleKeys } from "./load.js";
import type { Session } from "./session.js";

/** The candidate pairs of the blocking rules (`pairs`), counted by rule. */
export interface Blocked {
  readonly candidatePairs: number;
  readonly pairsByRule: Record<string, number>;
  readonly skippedBlocks: Record<string, number>;
}

/**
 * Rules' pairs grouped at once into `pairs`. More are grouped in parts: one GROUP BY over
 * the 79 million pairs of 13 million residents took DuckDB 2 GB past a 3 GB limit.
 */
export const PART_ROWS = 8_000_000;

/** Block keys written rule by rule while blocking (see `blockKeys` in load.ts). */
export interface KeysByRule {
  /** The rules in the order to derive them (every rule once). */
  readonly order?: readonly number[];
  derive(i: number): RuleKeys | Promise<RuleKeys>;
  write(i: number, keys: RuleKeys): Promise<void>;
}

/**
 * Block in SQL: each rule's pairs, then `pairs`; the block-key tables are dropped. With
 * `keys`, each rule's block keys are written first, and the next rule's are derived here
 * while DuckDB finds the pairs of the one before on its own threads. The tasks of `idle` run
 * here while DuckDB finds the last rule's pairs and groups them (those left, after).
 */
export async function block(
  session: Session,
  sql: LinkageSql,
  rules: readonly PlanRule[],
  progress: (stage: "block", done: number, total: number) => void,
  partRows = PART_ROWS,
  keys?: KeysByRule,
  idle: (() => void)[] = [],
): Promise<Blocked> {
  const pairsByRule: Record<string, number> = {};
  const skippedBlocks: Record<string, number> = {};
  let rows = 0;
  let done = 0;
  const pairsOf = async (i: number, rule: PlanRule) => {
    await session.create(`pairs_r${i}`, sql.rulePairs(i).sql);
    const [count] = await session.rows(`SELECT count(*) AS n FROM pairs_r${i}`);
    const [skip] = await session.rows(sql.skippedBlocks(i).sql);
    pairsByRule[rule.name] = Number(count!.n);
    skippedBlocks[rule.name] = Number(skip!.skipped);
    rows += Number(count!.n);
    progress("block", ++done, rules.length + 1);
  };
  let pending: Promise<void> = Promise.resolve();
  try {
    const order = keys?.order ?? rules.map((_, i) => i);
    for (const [at, i] of order.entries()) {
      const rule = rules[i]!;
      const derived = await keys?.derive(i);
      await pending;
      if (keys && derived) await keys.write(i, derived);
      pending = pairsOf(i, rule);
      // Awaited before the next statement; a failure is not left unhandled meanwhile.
      pending.catch(() => {});
      if (at === rules.length - 1) idle.shift()?.();
    }
  } finally {
    await pending.catch(() => {});
  }
  await pending;
  const parts = Math.max(1, Math.ceil(rows / partRows));
  await whileRunning(session.create("pairs", sql.pairs(0, parts).sql), idle);
  for (let part = 1; part < parts; part++) {
    await whileRunning(session.run(`INSERT INTO pairs ${sql.pairs(part, parts).sql}`), idle);
  }
  await session.drop(rules.flatMap((r, i) => [`pairs_r${i}`, r.table]));
  const [{ n }] = (await session.rows("SELECT count(*) AS n FROM pairs")) as [{ n: number }];
  progress("block", rules.length + 1, rules.length + 1);
  return { candidatePairs: Number(n), pairsByRule, skippedBlocks };
}

/** Await a statement, running the next task of `idle` (taken off it) while DuckDB works. */
async function whileRunning(statement: Promise<void>, idle: (() => void)[]): Promise<void> {
  statement.catch(() => {});
  idle.shift()?.();
  await statement;
}
