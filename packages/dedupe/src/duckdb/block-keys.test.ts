import { residentProfile } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import { duckdbDialect } from "../sql/dialect.js";
import { LinkageSql } from "../sql/statements.js";
import { block, PART_ROWS } from "./block.js";
import { blockKeys, normalize, writeBlockKeys } from "./load.js";
import { planOf } from "./prepare.js";
import { Session } from "./session.js";

async function blocked(written: "first" | "while blocking") {
  const { records } = synthesizeResidents({ records: 2000, seed: 9 });
  const profile = residentProfile();
  const data = await normalize(records, profile, {}, () => {});
  const compiled = planOf(data, profile, {}, undefined);
  const sql = new LinkageSql(compiled, duckdbDialect);
  const session = await Session.open({ path: ":memory:", threads: 2 });
  const done: number[] = [];
  try {
    const keys = written === "first" ? undefined : blockKeys(session, profile, data, undefined);
    if (!keys) await writeBlockKeys(session, profile, data, undefined);
    const result = await block(
      session,
      sql,
      compiled.plan.rules,
      (_, d) => done.push(d),
      PART_ROWS,
      keys,
    );
    const rows = await session.rows("SELECT a, b, rules FROM pairs ORDER BY a, b");
    const left = await session.rows(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'bk_%'",
    );
    return { result, rows, done, left };
  } finally {
    session.close();
  }
}

describe("block keys written while blocking", () => {
  it("gives the same pairs, counts and progress as block keys written first", async () => {
    const first = await blocked("first");
    const overlapped = await blocked("while blocking");
    expect(first.result.candidatePairs).toBeGreaterThan(500);
    expect(overlapped.result).toEqual(first.result);
    expect(overlapped.rows).toEqual(first.rows);
    expect(overlapped.done).toEqual(first.done);
    expect(overlapped.left).toEqual([]);
  });

  it("passes on a failure to derive a rule's keys once DuckDB is done with the rule before", async () => {
    const session = await Session.open({ path: ":memory:" });
    const { records } = synthesizeResidents({ records: 50, seed: 2 });
    const profile = residentProfile();
    const data = await normalize(records, profile, {}, () => {});
    const compiled = planOf(data, profile, {}, undefined);
    const keys = blockKeys(session, profile, data, undefined);
    const failing = {
      derive: (i: number) => {
        if (i === 1) throw new Error("no keys for rule 1");
        return keys.derive(i);
      },
      write: keys.write,
    };
    try {
      const sql = new LinkageSql(compiled, duckdbDialect);
      await expect(
        block(session, sql, compiled.plan.rules, () => {}, PART_ROWS, failing),
      ).rejects.toThrow("no keys for rule 1");
      // The first rule's pairs were made before the failure reached the caller.
      expect(await session.rows("SELECT count(*) AS n FROM pairs_r0")).toHaveLength(1);
    } finally {
      session.close();
    }
  });
});
