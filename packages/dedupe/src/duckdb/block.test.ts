import { describe, expect, it } from "vitest";
import { residentProfile } from "../profiles/index.js";
import { duckdbDialect } from "../sql/dialect.js";
import { compilePlan } from "../sql/plan.js";
import { LinkageSql } from "../sql/statements.js";
import { block } from "./block.js";
import { Session } from "./session.js";

// Block keys of 600 records per rule: small blocks, a few over the cap, and records with
// several keys in one rule (phones), so that one pair comes from several keys and rules.
async function writeBlockKeys(session: Session, rules: number): Promise<void> {
  for (let i = 0; i < rules; i++) {
    await session.create(
      `bk_r${i}`,
      `SELECT range::INTEGER AS rid, (range % ${37 + i * 5})::INTEGER AS k, 0 AS grp FROM range(600)
       UNION ALL SELECT range::INTEGER AS rid, (range % ${11 + i})::INTEGER + 1000 AS k, 0 AS grp
       FROM range(0, 600, ${3 + i})`,
    );
  }
}

async function pairsOf(partRows?: number) {
  const compiled = compilePlan(
    residentProfile(),
    {},
    {
      records: 600,
      multi: [],
      across: false,
    },
  );
  const sql = new LinkageSql(compiled, duckdbDialect);
  const session = await Session.open({ path: ":memory:", threads: 2 });
  try {
    await writeBlockKeys(session, compiled.plan.rules.length);
    const blocked = await block(session, sql, compiled.plan.rules, () => {}, partRows);
    const rows = await session.rows("SELECT a, b, rules FROM pairs ORDER BY a, b");
    return { blocked, rows };
  } finally {
    session.close();
  }
}

describe("block", () => {
  it("groups the rules' pairs in parts into the same pairs, each once, with the same rule bits", async () => {
    const whole = await pairsOf();
    const parted = await pairsOf(1000);
    expect(whole.blocked.candidatePairs).toBeGreaterThan(5000);
    expect(parted.rows.length).toBe(whole.blocked.candidatePairs);
    expect(parted.blocked).toEqual(whole.blocked);
    expect(parted.rows).toEqual(whole.rows);
    // Pairs found by several training rules carry each one's bit.
    expect(new Set(whole.rows.map((r) => Number(r.rules))).size).toBeGreaterThan(2);
    const keys = new Set(parted.rows.map((r) => `${r.a}-${r.b}`));
    expect(keys.size).toBe(parted.rows.length);
  });
});
