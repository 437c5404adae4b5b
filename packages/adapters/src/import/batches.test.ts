import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityName } from "@linli/core";
import { describe, expect, it } from "vitest";
import { writeCsv } from "../csv/write.js";
import { writeXlsx } from "../xlsx/write.js";
import { importRecords } from "./import-records.js";

const realworld = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../fixtures/realworld/${path}`, import.meta.url)));

/** A register of `n` rows, some of them rejected (a bad citizen ID) and some blank. */
function register(n: number): string[][] {
  const rows = [["姓名", "身份证号", "电话", "住址"]];
  for (let i = 0; i < n; i++) {
    if (i % 997 === 5) rows.push(["", "", "", ""]);
    else
      rows.push([
        `王${i}`,
        i % 313 === 7 ? "110105194912310021" : "",
        `138${String(i).padStart(8, "0")}`,
        `雁塔区丈八街道${i % 40}号楼`,
      ]);
  }
  return rows;
}

async function both(bytes: Uint8Array, entity: EntityName, fileName: string) {
  const one = importRecords(bytes, { entity, fileName });
  const byRow = [];
  for await (const r of one) byRow.push(r);
  const many = importRecords(bytes, { entity, fileName });
  const batches = [];
  for await (const b of many.batches()) batches.push(b);
  return { byRow, batches, summaries: [await one.summary(), await many.summary()] };
}

describe("importRecords(…).batches()", () => {
  it.each([
    ["register.csv", () => writeCsv(register(5_000)), "resident"],
    ["register.xlsx", () => writeXlsx([{ name: "居民", rows: register(5_000) }]), "resident"],
    [
      "BRCMS_Standard_Demo_person.csv",
      () => realworld("sahana-eden/BRCMS_Standard_Demo_person.csv"),
      "resident",
    ],
    ["simple_services.csv", () => realworld("openreferral/simple_services.csv"), "organization"],
  ] as const)(
    "gives the rows of %s in order, as the run does one by one",
    async (name, make, entity) => {
      const { byRow, batches, summaries } = await both(make(), entity, name);
      expect(batches.flat()).toEqual(byRow);
      expect(batches.every((b) => b.length > 0)).toBe(true);
      expect(summaries[1]).toEqual(summaries[0]);
      expect(summaries[0]!.rowsRead).toBe(byRow.length);
      if (name.startsWith("register")) {
        expect(batches.length).toBeGreaterThan(1);
        expect(byRow.some((r) => r.kind !== "record" || r.warnings.length > 0)).toBe(true);
      }
    },
  );

  it("is iterated once, like the run", async () => {
    const run = importRecords(writeCsv(register(3)), { entity: "resident" });
    for await (const _ of run.batches()) {
      // Taking the rows.
    }
    expect(() => run.batches()).toThrow(/only once/);
    expect(() => run[Symbol.asyncIterator]()).toThrow(/only once/);
  });
});
