import { residentProfile } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it, vi } from "vitest";
import { duckdbDialect, duckdbNativeDialect } from "../sql/dialect.js";
import { KeyedSql } from "../sql/keyed.js";
import { LinkageSql } from "../sql/statements.js";
import { block } from "./block.js";
import { compareHere } from "./compare.js";
import { normalize, writeBlockKeys, writeKeys, writeRecords } from "./load.js";
import { planOf } from "./prepare.js";
import { compareByKeys } from "./score.js";
import { Session } from "./session.js";

describe("every candidate pair compared here (DuckDB engine)", () => {
  it("writes the same cmp table as the comparison of distinct key pairs", async () => {
    const { records } = synthesizeResidents({ records: 3000, seed: 11 });
    const profile = residentProfile();
    const data = await normalize(records, profile, {}, () => {});
    const compiled = planOf(data, profile, {}, undefined);
    const sql = new LinkageSql(compiled, duckdbDialect);
    const keyed = new KeyedSql(compiled, duckdbNativeDialect);
    const session = await Session.open({ path: ":memory:" });
    try {
      const hashes = await writeRecords(session, data, undefined);
      const blockAgain = async () => {
        await writeBlockKeys(session, profile, data, undefined);
        return block(session, sql, compiled.plan.rules, () => {});
      };
      const read = async () => {
        const rows = await session.rows("SELECT * FROM cmp ORDER BY a, b");
        await session.drop(["cmp"]);
        return rows;
      };
      const { candidatePairs } = await blockAgain();
      const tf = compiled.plan.fields.map((f) => f.termFrequency !== null);
      await compareHere(session, data.fields, hashes, tf, candidatePairs);
      const here = await read();
      await blockAgain();
      const inSql = data.fields.map(() => false);
      await compareByKeys(session, keyed, data.fields, inSql);
      const byKeys = await read();
      expect(here.length).toBe(candidatePairs);
      expect(here.length).toBeGreaterThan(1000);
      // Every field at more than one level, and term-frequency key ids carried.
      for (const [i] of data.fields.entries()) {
        expect(new Set(here.map((r) => r[`l${i}`])).size).toBeGreaterThan(1);
      }
      expect(Object.keys(here[0]!)).toEqual(Object.keys(byKeys[0]!));
      expect(here).toEqual(byKeys);
    } finally {
      session.close();
    }
  });

  it("lowers DuckDB's memory limit while key pairs are compared here, and sets it back", async () => {
    const { records } = synthesizeResidents({ records: 600, seed: 5 });
    const profile = residentProfile();
    const data = await normalize(records, profile, {}, () => {});
    const compiled = planOf(data, profile, {}, undefined);
    const sql = new LinkageSql(compiled, duckdbDialect);
    const keyed = new KeyedSql(compiled, duckdbNativeDialect);
    const session = await Session.open({ path: ":memory:", memoryLimit: "1GB" });
    try {
      const limit = async () =>
        String((await session.rows("SELECT current_setting('memory_limit') AS v"))[0]!.v);
      const opened = await limit();
      // One field in SQL (its undecided levels computed here too), the others here.
      const inSql = data.fields.map((_, i) => i === 0);
      await writeRecords(session, data, undefined);
      await writeKeys(session, compiled, data, inSql);
      await writeBlockKeys(session, profile, data, undefined);
      const { candidatePairs } = await block(session, sql, compiled.plan.rules, () => {});
      const run = vi.spyOn(session, "run");
      await compareByKeys(session, keyed, data.fields, inSql);
      const sets = run.mock.calls.map(([q]) => q).filter((q) => q.startsWith("SET memory_limit"));
      // Lowered and set back once per field compared here.
      expect(sets.length).toBeGreaterThanOrEqual(2 * (data.fields.length - 1));
      expect(sets.filter((q) => q === "SET memory_limit = '256MiB'").length).toBe(sets.length / 2);
      expect(sets.filter((q) => q === "SET memory_limit = '1GB'").length).toBe(sets.length / 2);
      expect(await limit()).toBe(opened);
      const [{ n }] = (await session.rows("SELECT count(*) AS n FROM cmp")) as [{ n: bigint }];
      expect(Number(n)).toBe(candidatePairs);
    } finally {
      session.close();
    }
  });

  it("refuses a pairs table that does not hold the pairs counted", async () => {
    const session = await Session.open({ path: ":memory:" });
    try {
      await session.run("CREATE TABLE pairs AS SELECT 0 AS a, 1 AS b, 1 AS rules");
      const { records } = synthesizeResidents({ records: 20, seed: 1 });
      const data = await normalize(records, residentProfile(), {}, () => {});
      const h = new Float64Array(data.n);
      const tf = data.fields.map(() => false);
      await expect(compareHere(session, data.fields, h, tf, 2)).rejects.toThrow(/1 read, 2/);
    } finally {
      session.close();
    }
  });
});
