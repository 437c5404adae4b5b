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
    const long = parse("abcdef,x\n", ",", [], { cellChars: 3 })[0]!;
    expect(long.problem).toBeUndefined();
    expect(long.oversize).toEqual([{ index: 0, size: 6, limit: 3 }]);
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

describe("CsvParser on rows that arrive in many pieces", () => {
  const inPieces = (text: string, piece: number, options = {}) => {
    const p = new CsvParser({ delimiter: ",", ...options });
    const rows: TableRow[] = [];
    for (let at = 0; at < text.length; at += piece) {
      for (const r of p.push(text.slice(at, at + piece))) rows.push(r);
    }
    for (const r of p.end()) rows.push(r);
    return rows;
  };

  // One character at a time, a parser that read a row again from its start at every chunk
  // would do 10^10 steps here; these finish in well under a second.
  it("a quoted cell of 300,000 characters fed one character at a time is read in one pass", () => {
    const cell = 'a""\nb,'.repeat(50_000);
    const rows = inPieces(`x,"${cell}",y\nz\n`, 1, { cellChars: 1_000_000 });
    expect(rows).toHaveLength(2);
    expect(rows[0]!.cells).toEqual(["x", cell.replaceAll('""', '"'), "y"]);
    expect(rows[1]!.cells).toEqual(["z"]);
  });

  it("an unquoted row of 300,000 characters fed one at a time likewise", () => {
    const rows = inPieces(`${"ab,".repeat(100_000)}\nz\n`, 1);
    expect(rows[0]!.problem).toEqual({
      code: "limit.columns",
      params: { row: 1, count: 100_001, limit: 16_384 },
    });
    expect(rows[0]!.cells).toHaveLength(16_385);
    expect(rows[1]!.cells).toEqual(["z"]);
  });

  it("lists every cell over the limit with its true size, and keeps only the limit", () => {
    const rows = inPieces(`a,"${"长".repeat(5000)}"x,"${"y".repeat(300)}"\nb\n`, 7, {
      cellChars: 100,
    });
    expect(rows[0]!.problem).toBeUndefined();
    expect(rows[0]!.oversize).toEqual([
      { index: 1, size: 5001, limit: 100 },
      { index: 2, size: 300, limit: 100 },
    ]);
    expect(rows[0]!.cells).toEqual(["a", "长".repeat(100), "y".repeat(100)]);
    expect(rows[1]).toEqual({ row: 2, cells: ["b"] });
    // Unquoted, on the fast path of a whole line.
    const plain = parse(`a,${"x".repeat(200)},${"y".repeat(300)}\n`, ",", [], { cellChars: 100 });
    expect(plain[0]!.oversize).toEqual([
      { index: 1, size: 200, limit: 100 },
      { index: 2, size: 300, limit: 100 },
    ]);
    expect(plain[0]!.cells.map((c) => c.length)).toEqual([1, 100, 100]);
  });

  it("a quote that never closes is csv.unclosedQuote, at the end or past recordChars", () => {
    const text = `a,"open\nb,c\nd,e\n`;
    const end = inPieces(text, 3);
    expect(end[0]!.problem?.code).toBe("csv.unclosedQuote");
    expect(cells(end)).toEqual([
      ["a", '"open'],
      ["b", "c"],
      ["d", "e"],
    ]);
    const long = `a,"open\n${"b,c\n".repeat(1000)}"x"\n`;
    const bounded = inPieces(long, 16, { recordChars: 200 });
    expect(bounded[0]!.problem?.code).toBe("csv.unclosedQuote");
    expect(bounded).toHaveLength(1002);
    expect(bounded[1001]!.cells).toEqual(["x"]);
    // Two quotes in one row that both never close.
    const two = parse(`"a,${"x".repeat(50)},"b\nc\n`, ",", [], { recordChars: 20 });
    expect(cells(two)).toEqual([['"a', "x".repeat(50), '"b'], ["c"]]);
  });

  it("gives the same rows however the text is cut, one character at a time included", () => {
    const text = `姓名,备注\r\n王伟,"一""二""\r\n三"\r\n"李娜",好\n,\n"x"y,"",z\r`;
    const whole = inPieces(text, text.length);
    for (const piece of [1, 2, 3, 5, 8]) expect(inPieces(text, piece)).toEqual(whole);
  });

  it("gives the same rows and problems for any text cut anywhere, with any limits", () => {
    const piece = fc.constantFrom("a", "王", ",", '"', '""', "\n", "\r", "\r\n", "xyz");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join("")),
        fc.constantFrom(1, 2, 3, 7),
        fc.record({
          cellChars: fc.constantFrom(2, 5, 100),
          columns: fc.constantFrom(1, 3, 100),
          recordChars: fc.constantFrom(2, 6, 1000),
        }),
        (text, size, o) => {
          expect(inPieces(text, size, o)).toEqual(inPieces(text, text.length || 1, o));
        },
      ),
      // A cell too long past the cells kept was limit.cell cut one way, limit.columns the other.
      { numRuns: 3000, examples: [[",,aaa\r\n", 1, { cellChars: 2, columns: 1, recordChars: 2 }]] },
    );
  });
});
