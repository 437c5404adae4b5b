import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { NdjsonParser, parseJsonTable } from "./parse.js";

describe("parseJsonTable", () => {
  it("reads an array of arrays as rows", () => {
    const t = parseJsonTable('[["姓名","人数"],["王伟",3],["李娜",null]]', "a.json");
    expect(t.objects).toBe(false);
    expect(t.rows.map((r) => [r.row, ...r.cells])).toEqual([
      [1, "姓名", "人数"],
      [2, "王伟", "3"],
      [3, "李娜", ""],
    ]);
  });

  it("reads an array of objects under the union of their keys, row 0 holding the keys", () => {
    const t = parseJsonTable('[{"a":1,"b":"x"},{"c":true,"a":2},{"d":{"e":1}}]', "a.json");
    expect(t.rows.map((r) => [r.row, ...r.cells])).toEqual([
      [0, "a", "b", "c", "d"],
      [1, "1", "x", "", ""],
      [2, "2", "", "true", ""],
      [3, "", "", "", '{"e":1}'],
    ]);
  });

  it("finds the table inside an object and marks rows that are not rows", () => {
    const t = parseJsonTable('{"status":"OK","results":[["a"],"oops"]}', "a.json");
    expect(t.rows[1]!.problem?.code).toBe("json.row");
  });

  it("cuts every value over the cell limit to it and lists it with its true size", () => {
    const objects = parseJsonTable(
      JSON.stringify([
        { 姓名: "王伟", 备注: "x".repeat(10), 说明: "y".repeat(8) },
        { 姓名: "李娜" },
      ]),
      "a.json",
      { cellChars: 5 },
    );
    expect(objects.rows[1]).toEqual({
      row: 1,
      cells: ["王伟", "xxxxx", "yyyyy"],
      oversize: [
        { index: 1, size: 10, limit: 5 },
        { index: 2, size: 8, limit: 5 },
      ],
    });
    expect(objects.rows[2]).toEqual({ row: 2, cells: ["李娜", "", ""] });
    const arrays = parseJsonTable('[["姓名","备注"],["王伟","abcdefg"]]', "a.json", {
      cellChars: 5,
    });
    expect(arrays.rows[1]).toEqual({
      row: 2,
      cells: ["王伟", "abcde"],
      oversize: [{ index: 1, size: 7, limit: 5 }],
    });
    // The default is Excel's limit.
    const big = parseJsonTable(JSON.stringify([{ a: "z".repeat(40_000) }]), "a.json");
    expect(big.rows[1]!.oversize).toEqual([{ index: 0, size: 40_000, limit: 32_767 }]);
    expect(big.rows[1]!.cells[0]).toHaveLength(32_767);
  });

  it("rejects invalid JSON and JSON without a table", () => {
    expect(() => parseJsonTable("[1,", "a.json")).toThrow(ImportError);
    expect(() => parseJsonTable('{"a":1}', "a.json")).toThrow(/no table/);
  });
});

describe("NdjsonParser", () => {
  it("streams objects, growing the keys, and marks bad lines", () => {
    let keys: string[] = [];
    const p = new NdjsonParser((k) => {
      keys = [...k];
    });
    const rows = [
      ...p.push('{"姓名":"王伟"}\n{"姓名":"李娜","电话":"138"}\nnot json\n'),
      ...p.push("[1,2]"),
      ...p.end(),
    ];
    expect(keys).toEqual(["姓名", "电话"]);
    expect(rows.map((r) => r.cells)).toEqual([["王伟"], ["李娜", "138"], ["not json"], ["1", "2"]]);
    expect(rows[2]!.problem?.code).toBe("ndjson.line");
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
  });
});

describe("NdjsonParser and the cell limit", () => {
  it("cuts every value over the limit to it and lists it with its true size", () => {
    const p = new NdjsonParser(() => {}, { cellChars: 4 });
    const rows = [
      ...p.push('{"姓名":"王伟","备注":"abcdefgh","说明":"12345"}\n["ok","toolong"]\n'),
      ...p.end(),
    ];
    expect(rows).toEqual([
      {
        row: 1,
        cells: ["王伟", "abcd", "1234"],
        oversize: [
          { index: 1, size: 8, limit: 4 },
          { index: 2, size: 5, limit: 4 },
        ],
      },
      { row: 2, cells: ["ok", "tool"], oversize: [{ index: 1, size: 7, limit: 4 }] },
    ]);
  });
});

describe("JSON nested deeper than any register", () => {
  it("a file nested 100,000 levels deep is refused with json.tooDeep, quickly", () => {
    const arrays = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(() => parseJsonTable(arrays, "deep.json")).toThrowError(
      expect.objectContaining({
        code: "json.tooDeep",
        params: expect.objectContaining({ offset: 513 }),
      }),
    );
    const objects = `[{"姓名":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}]`;
    expect(() => parseJsonTable(objects, "deep.json")).toThrowError(
      expect.objectContaining({ code: "json.tooDeep" }),
    );
    // Brackets inside strings do not count.
    expect(parseJsonTable(`[{"备注":"${"[".repeat(1000)}"}]`, "a.json").rows[1]!.cells).toEqual([
      "[".repeat(1000),
    ]);
  });

  it("an NDJSON line nested that deep is that line's problem only", () => {
    const p = new NdjsonParser(() => {});
    const rows = [
      ...p.push(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}\n{"姓名":"王伟"}\n`),
      ...p.end(),
    ];
    expect(rows[0]!.problem?.code).toBe("ndjson.line");
    expect(rows[1]!.cells).toEqual(["王伟"]);
  });
});
