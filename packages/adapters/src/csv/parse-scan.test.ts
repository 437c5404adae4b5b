import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TableRow } from "../types.js";
import { CsvParser, type CsvParserOptions } from "./parse.js";

// Reading a file in pieces that another parser scanned must give the rows reading it whole
// gives: same cells, row numbers and problems, and the same number of rows per chunk.

const piece = fc.constantFrom(
  "a",
  "王伟",
  "",
  ",",
  ",",
  ";",
  '"',
  '""',
  '"x,y"',
  '"多\n行"',
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  "12345678",
  " ",
  "'=1",
);
const csv = fc.array(piece, { maxLength: 60 }).map((a) => a.join(""));
const options = fc.record({
  delimiter: fc.constantFrom(",", ";"),
  cellChars: fc.constantFrom(3, 6, 32_767),
  columns: fc.constantFrom(2, 4, 16_384),
  recordChars: fc.constantFrom(3, 8, 2 ** 26),
});

/** Cut points of a text into chunks. */
const cuts = (text: string) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 8 })
    .map((a) => [0, ...a.filter((x) => x < text.length).sort((x, y) => x - y), text.length]);

function chunks(text: string, at: number[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < at.length; i++) out.push(text.slice(at[i - 1], at[i]));
  return out;
}

function whole(o: CsvParserOptions, parts: string[]): { rows: TableRow[]; batches: number[] } {
  const p = new CsvParser(o);
  const rows: TableRow[] = [];
  const batches: number[] = [];
  for (const c of parts) {
    const r = p.push(c);
    batches.push(r.length);
    for (const x of r) rows.push(x);
  }
  const last = p.end();
  batches.push(last.length);
  for (const x of last) rows.push(x);
  return { rows, batches };
}

/** Push the first `handoff` chunks as usual, scan the rest and parse each scanned piece anew. */
function scanned(o: CsvParserOptions, parts: string[], handoff: number) {
  const p = new CsvParser(o);
  const rows: TableRow[] = [];
  const batches: number[] = [];
  const readPiece = (text: string, firstRow: number) => {
    const q = new CsvParser({ ...o, firstRow });
    return [...q.push(text), ...q.end()];
  };
  parts.forEach((c, i) => {
    if (i < handoff) {
      const r = p.push(c);
      batches.push(r.length);
      for (const x of r) rows.push(x);
      return;
    }
    const s = p.scan(c, false);
    const r = readPiece(s.text, s.firstRow);
    expect(r.length).toBe(s.rows);
    batches.push(s.rows);
    for (const x of r) rows.push(x);
  });
  const s = p.scan("", true);
  const r = readPiece(s.text, s.firstRow);
  expect(r.length).toBe(s.rows);
  batches.push(s.rows);
  for (const x of r) rows.push(x);
  return { rows, batches };
}

describe("CsvParser.scan", () => {
  it("cuts text where push would, so that the pieces read as the whole", () => {
    fc.assert(
      fc.property(
        options,
        csv.chain((text) => fc.tuple(fc.constant(text), cuts(text), fc.nat(10))),
        (o, [text, at, handoff]) => {
          const parts = chunks(text, at);
          expect(scanned(o, parts, handoff)).toStrictEqual(whole(o, parts));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("numbers rows from firstRow", () => {
    const p = new CsvParser({ delimiter: ",", firstRow: 7 });
    expect(p.push("a\nb\n").map((r) => r.row)).toEqual([7, 8]);
    expect(p.nextRow).toBe(9);
    const s = new CsvParser({ delimiter: "," });
    expect(s.scan('x\n"y\nz"\nw', false)).toEqual({ text: 'x\n"y\nz"\n', rows: 2, firstRow: 1 });
    expect(s.scan("", true)).toEqual({ text: "w", rows: 1, firstRow: 3 });
  });
});
