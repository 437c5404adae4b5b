import { residentProfile } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import { duckdbDialect } from "../sql/dialect.js";
import { LinkageSql } from "../sql/statements.js";
import { block, PART_ROWS } from "./block.js";
import { frequenciesOnThread } from "./frequency-threads.js";
import { blockKeys, derivations, normalize, writeBlockKeys } from "./load.js";
import { planOf } from "./prepare.js";
import { Session } from "./session.js";

async function blocked(written: "first" | "while blocking" | "from a thread") {
  const { records } = synthesizeResidents({ records: 2000, seed: 9 });
  const profile = residentProfile();
  const data = await normalize(records, profile, {}, () => {});
  const compiled = planOf(data, profile, {}, undefined);
  const sql = new LinkageSql(compiled, duckdbDialect);
  const session = await Session.open({ path: ":memory:", threads: 2 });
  const done: number[] = [];
  // Up before blocking starts (a thread still starting is not waited for).
  const thread =
    written === "from a thread"
      ? await frequenciesOnThread(data.fields, derivations(profile, data.fields))
      : undefined;
  const taken: string[] = [];
  try {
    const spy = thread && {
      ...thread,
      derived(field: number, transform: string) {
        const got = thread.derived(field, transform);
        if (got) taken.push(`${data.fields[field]!.name} ${transform}`);
        return got;
      },
    };
    const keys =
      written === "first"
        ? undefined
        : blockKeys(session, profile, data, undefined, spy && Promise.resolve(spy), true);
    if (spy) await Promise.resolve();
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
    return { result, rows, done, left, taken, order: keys?.order };
  } finally {
    thread?.close();
    session.close();
  }
}

describe("block keys written while blocking", () => {
  // Written first: ids, as the emitted Spark plan reads them; while blocking: numbers.
  it("gives the same pairs, counts and progress as block keys written first", async () => {
    const first = await blocked("first");
    const overlapped = await blocked("while blocking");
    expect(first.result.candidatePairs).toBeGreaterThan(500);
    expect(overlapped.result).toEqual(first.result);
    expect(overlapped.rows).toEqual(first.rows);
    expect(overlapped.done).toEqual(first.done);
    expect(overlapped.left).toEqual([]);
  });

  it("gives the same pairs, counts and progress with block keys derived on a thread", async () => {
    const first = await blocked("first");
    const threaded = await blocked("from a thread");
    expect(threaded.result).toEqual(first.result);
    expect(threaded.rows).toEqual(first.rows);
    expect(threaded.done).toEqual(first.done);
    expect(threaded.left).toEqual([]);
    // The citizen ID itself needs no derivation: its rule comes first, the others after.
    expect(threaded.order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(threaded.taken)).toEqual(
      new Set([
        "citizenId idBody",
        "name surnameKey",
        "phone last8",
        "name namePinyinKey",
        "birthDate year",
        "citizenId idBirth",
        "address home",
        ...(threaded.taken.includes("phone ") ? ["phone "] : []),
      ]),
    );
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
