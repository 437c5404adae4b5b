// No exported cell can start a formula: whatever text the records hold, every CSV/HXL cell a
// spreadsheet reads either starts with a harmless character or is a plain number, and XLSX
// has no formula element and marks formula-like text as quoted text.
import { resident } from "@linli/core/testing";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { CsvParser } from "../csv/parse.js";
import { quotePrefixStyles, writtenCells } from "../testing/xlsx-cells.js";
import { exportRecords } from "./export-records.js";

const TRIGGER = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;

const risky = fc
  .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'=", "''-", "'", "", " ="), fc.string())
  .map(([p, s]) => p + s);

const records = fc.array(
  fc
    .record({
      r: resident,
      notes: risky,
      origin: risky,
      line: risky,
      head: risky,
      extraHeader: risky,
      extraValue: fc.oneof(
        risky,
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      ),
    })
    .map(({ r, notes, origin, line, head, extraHeader, extraValue }) => ({
      ...r,
      notes,
      origin,
      address: { ...r.address, line },
      household: { ...r.household, headName: head },
      extra: [{ header: extraHeader, value: extraValue }],
    })),
  { minLength: 1, maxLength: 4 },
);

describe("no exported cell can start a formula", () => {
  it("CSV and HXL, any delimiter", async () => {
    await fc.assert(
      fc.asyncProperty(
        records,
        fc.constantFrom("csv" as const, "hxl" as const),
        fc.constantFrom(",", ";", "\t"),
        async (rs, format, delimiter) => {
          const bytes = await exportRecords(rs as never[], {
            entity: "resident",
            format,
            delimiter,
          }).bytes();
          const parser = new CsvParser({ delimiter });
          const rows = [...parser.push(new TextDecoder().decode(bytes)), ...parser.end()];
          expect(rows.length).toBeGreaterThan(rs.length);
          for (const row of rows)
            for (const cell of row.cells)
              if (TRIGGER.test(cell)) expect([cell, NUMBER.test(cell)]).toEqual([cell, true]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("XLSX: no formula element, formula-like text marked as quoted text", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(records, async (rs) => {
        const bytes = await exportRecords(rs as never[], {
          entity: "resident",
          format: "xlsx",
        }).bytes();
        const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
        const quoted = quotePrefixStyles(bytes);
        expect(sheet).not.toMatch(/<f[ >]/);
        for (const [ref, c] of writtenCells(bytes)) {
          if (c.t !== "s" && c.t !== "inlineStr") continue;
          if (/^'*[=+\-@\t\r]/.test(c.text ?? "")) {
            checked++;
            expect([ref, c.text, quoted[c.s]]).toEqual([ref, c.text, true]);
          }
        }
      }),
      { numRuns: 80 },
    );
    expect(checked).toBeGreaterThan(80);
  });
});
