import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TableRow } from "../types.js";
import { CsvParser } from "./parse.js";
import { formatCsv } from "./write.js";

function parse(text: string, delimiter = ",", splits: number[] = [], options = {}): TableRow[] {
  const p = new CsvParser({ delimiter, ...options });
  const out: TableRow[] = [];
  let at = 0;
  for (const s of [...splits].sort((a, b) => a - b)) {
    for (const x of p.push(text.slice(at, s))) out.push(x);
    at = s;
  }
  for (const x of p.push(text.slice(at))) out.push(x);
  for (const x of p.end()) out.push(x);
  return out;
}
const cells = (rows: TableRow[]) => rows.map((r) => r.cells);

describe("CsvParser", () => {
  it("reads RFC 4180 quoting, doubled quotes and line breaks in cells", () => {
    expect(cells(parse('a,"b,c","say ""hi"""\r\n"x\ny",,\n'))).toEqual([
      ["a", "b,c", 'say "hi"'],
      ["x\ny", "", ""],
    ]);
  });

  it("numbers rows as a spreadsheet shows them, counting blank lines", () => {
    const rows = parse('h1,h2\n\n"a\nb",c\nd,e');
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(rows[1]!.cells).toEqual([""]);
  });

  it("accepts CRLF, LF and lone CR line ends and no final newline", () => {
    expect(cells(parse("a,b\r\nc,d\re,f\ng,h"))).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("keeps text after a closing quote, as spreadsheets do", () => {
    expect(cells(parse('"a"b,c\n'))).toEqual([["ab", "c"]]);
  });

  it("reads an unclosed quote as a literal, marks the row and goes on", () => {
    const rows = parse('a,"oops\nb,c\n');
    expect(rows[0]!.problem?.code).toBe("csv.unclosedQuote");
    expect(rows[0]!.cells).toEqual(["a", '"oops']);
    expect(rows[1]!.cells).toEqual(["b", "c"]);
  });

  it("marks rows with an over-long cell or too many columns", () => {
    expect(parse("abcdef,x\n", ",", [], { cellChars: 3 })[0]!.problem?.code).toBe("limit.cell");
    expect(parse("a,b,c,d\n", ",", [], { columns: 3 })[0]!.problem?.code).toBe("limit.columns");
  });

  it("gives the same rows however the text is split into chunks", () => {
    const text = 'h,"q,uo"\r\n"a""b",c\r\n"multi\r\nline",\r\nlast,"x"';
    const whole = cells(parse(text));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 6 }),
        (splits) => {
          expect(cells(parse(text, ",", splits))).toEqual(whole);
        },
      ),
    );
  });

  it("reads back whatever formatCsv writes, with any delimiter", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "王", ",", ";", "\t", '"', "\n", "\r", " ", "1"),
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";", "\t"),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (delimiter, rows) => {
          expect(cells(parse(formatCsv(rows, { delimiter }), delimiter))).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
