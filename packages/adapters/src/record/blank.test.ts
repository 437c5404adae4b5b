import { describe, expect, it } from "vitest";
import { importRecords, importRecordsWith } from "../import/import-records.js";
import { parallelProcessor } from "../import/parallel.js";
import { isBlankCell, isBlankRow } from "./blank.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("isBlankCell", () => {
  it("takes empty cells, spaces and the missing-value markers of scripts as blank", () => {
    for (const t of [
      "",
      " ",
      "\u3000",
      "\u00a0",
      "nan",
      "NaN",
      "NaT",
      "<NA>",
      "NULL",
      "null",
      " nan ",
    ]) {
      expect(isBlankCell(t), JSON.stringify(t)).toBe(true);
    }
    for (const t of ["0", "-", "无", "Nan Li", "nano", "None", "NULLS", "N", "王伟", "<NA"]) {
      expect(isBlankCell(t), JSON.stringify(t)).toBe(false);
    }
    expect(isBlankRow(["", "nan", "NULL"])).toBe(true);
    expect(isBlankRow(["", "nan", "王伟"])).toBe(false);
  });
});

describe("cells a script wrote as nan, NaT or NULL", () => {
  // A register that went through pandas with astype(str): empty cells became "nan".
  const rows = ["姓名,身份证号,出生日期,电话,性别"];
  for (let i = 0; i < 3000; i++) {
    if (i % 500 === 7) rows.push("nan,nan,nan,nan,nan");
    else
      rows.push(
        `居民${i},nan,${i % 3 ? "NaT" : "1985-03-02"},138${String(i).padStart(8, "0")},${i % 2 ? "NULL" : "男"}`,
      );
  }
  const csv = enc(`${rows.join("\n")}\n`);
  const options = { entity: "resident", fileName: "a.csv" } as const;

  it("reads them as empty: no withheld cell, no 'did you mean'; a row of them is a blank row", async () => {
    const run = importRecords(csv, options);
    const results = [];
    for await (const r of run) results.push(r);
    const summary = await run.summary();
    expect(summary.accepted).toBe(2994);
    expect(summary.emptySkipped).toBe(6);
    expect(summary.rejected).toBe(0);
    expect(summary.withheldCells).toBe(0);
    const first = results[0]!;
    expect(first.kind === "record" && first.record).toMatchObject({
      name: "居民0",
      gender: "male",
    });
    const second = results[1]!;
    expect(second.kind === "record" && second.record.gender).toBeUndefined();
    expect(second.kind === "record" && second.record.birthDate).toBeUndefined();
    expect(second.kind === "record" && second.warnings).toEqual([]);
  });

  it("gives the same results read in pieces on threads", async () => {
    const all = async (run: AsyncIterable<unknown>) => {
      const out = [];
      for await (const r of run) out.push(r);
      return out;
    };
    const serial = await all(importRecords(csv, options));
    let built = 0;
    // As a stream brings it: the rows after the head are taken over and read in pieces.
    const stream = {
      async *[Symbol.asyncIterator]() {
        for (let at = 0; at < csv.length; at += 8192) yield csv.subarray(at, at + 8192);
      },
    };
    const pieces = await all(
      importRecordsWith(
        stream,
        options,
        parallelProcessor({ inline: true, pieceChars: 2000, onPiece: () => built++ }),
      ),
    );
    // The rows after the head (64 KiB) went through pieces, the last blank row among them.
    expect(built).toBeGreaterThan(2);
    expect(pieces).toEqual(serial);
  });
});
