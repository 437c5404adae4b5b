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
