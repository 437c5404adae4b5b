import { importRecords } from "@linli/adapters";
import { ArgumentError, parseAddress, validate } from "@linli/core";
import { merge as mergeRows } from "@linli/dedupe";
import { describe, expect, it } from "vitest";
import { merge } from "./index.js";
import { writeMergeOutputs } from "./node.js";
import { renderReport } from "./report/render.js";

// The calls that gave plain TypeErrors: each is now an ArgumentError with its code, the
// function and argument named, and the message in zh-CN and en. tests/arguments.test.ts
// calls every public function of every package this way.
const argumentError = (fn: string, argument: string) =>
  expect.objectContaining({
    name: "ArgumentError",
    code: "argument.invalid",
    function: fn,
    argument,
    localized: {
      "zh-CN": expect.stringContaining(`${fn}：${argument} 应为`),
      en: expect.stringContaining(`${fn}: ${argument} must be`),
    },
  });

const valid = { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" };

describe("null, undefined and unknown names", () => {
  it("merge, parseAddress, validate, writeMergeOutputs, renderReport", async () => {
    await expect(merge(null as never)).rejects.toEqual(argumentError("merge", "inputs"));
    await expect(merge([null] as never)).rejects.toEqual(argumentError("merge", "inputs[0]"));
    await expect(merge([], { entity: "person" as never })).rejects.toEqual(
      argumentError("merge", "options.entity"),
    );
    expect(() => parseAddress(null as never)).toThrow(ArgumentError);
    expect(() => parseAddress(undefined as never)).toThrowError(
      expect.objectContaining({ argument: "s", localized: expect.anything() }),
    );
    expect(() => validate(null as never, valid)).toThrowError(argumentError("validate", "name"));
    expect(() => validate("people" as never, valid)).toThrowError(
      expect.objectContaining({
        localized: expect.objectContaining({ en: expect.stringContaining("resident, household") }),
      }),
    );
    // The record itself is data: a null record is invalid, not a wrong call.
    expect(validate("resident", null).ok).toBe(false);
    await expect(writeMergeOutputs(null as never, "out")).rejects.toEqual(
      argumentError("writeMergeOutputs", "result"),
    );
    expect(() => renderReport(undefined as never)).toThrowError(
      argumentError("renderReport", "result"),
    );
  });

  it("an unknown entity in importRecords is named before anything is read", () => {
    const bytes = new TextEncoder().encode("姓名\n王伟\n");
    expect(() => importRecords(bytes, { entity: "people" as never })).toThrowError(
      argumentError("importRecords", "options.entity"),
    );
    expect(() => importRecords(null as never, { entity: "resident" })).toThrowError(
      argumentError("importRecords", "source"),
    );
  });
});

describe("a hole in a list of rows is that row's problem only", () => {
  it("linli merge: [undefined, a valid record] keeps the valid one", async () => {
    const r = await merge([{ name: "丈八社区", data: [undefined, valid] as never }]);
    expect(r.records.map((x) => x.name)).toEqual(["王伟"]);
    expect(r.summary[0]).toMatchObject({ rowsRead: 2, accepted: 1, emptySkipped: 1 });
  });

  it("dedupe merge: [undefined, a valid row] keeps the valid one and reports the hole", () => {
    const r = mergeRows([
      { name: "丈八社区", rows: [undefined, { row: 3, record: valid }] as never },
    ]);
    expect(r.records.map((x) => x.name)).toEqual(["王伟"]);
    expect(r.summary[0]).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
    expect(r.issues[0]).toMatchObject({ code: "merge.badRow", row: 1, severity: "error" });
    expect(r.issues[0]!.message["zh-CN"]).toContain("已略过");
  });
});
