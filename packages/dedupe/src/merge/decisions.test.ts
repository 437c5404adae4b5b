import {
  MergeError,
  type MergeResult,
  type MergeSource,
  merge,
  parseDecisions,
} from "@linli/dedupe";
import { describe, expect, it } from "vitest";

type Rec = Record<string, unknown> & { meta: { id: string; schemaVersion: string } };
const person = (id: string, name: string, phone: string, birthDate = "1985-03-02"): Rec => ({
  meta: { id, schemaVersion: "0.0.0" },
  name,
  birthDate,
  gender: "female",
  phones: [{ number: phone }],
});
const source = (name: string, records: Rec[]): MergeSource<Rec> => ({
  name,
  file: `${name}.csv`,
  rows: records.map((record, i) => ({ row: 2 + i, record })),
});
// 张静 twice across two communities, and an exact copy of her within the first.
const a = source("丈八社区", [
  person("1", "张静", "13800138000"),
  person("2", "张静", "13800138000"),
  person("3", "李娜", "13912345678", "1990-07-19"),
]);
const b = source("小寨社区", [person("1", "張靜", "138 0013 8000")]);
const rowsOf = (r: MergeResult<Rec>) =>
  r.clusters.map((c) => c.rows.map((x) => `${x.source}:${x.row}`));

describe("merge with a reviewer's decisions", () => {
  it("links rows found the same, and keeps rows decided apart in different records", () => {
    const plain = merge([a, b]);
    expect(rowsOf(plain)).toContainEqual(["丈八社区:2", "丈八社区:3", "小寨社区:2"]);

    // Split 小寨 row 2 off: it is kept apart from both rows of 丈八.
    const split = merge([a, b], {
      cannotLink: [
        [
          { source: "小寨社区", row: 2 },
          { source: "丈八社区", row: 2 },
        ],
        [
          { source: "小寨社区", row: 2 },
          { source: "丈八社区", row: 3 },
        ],
      ],
    });
    expect(rowsOf(split)).toContainEqual(["丈八社区:2", "丈八社区:3"]);
    expect(rowsOf(split)).toContainEqual(["小寨社区:2"]);
    expect(split.records).toHaveLength(plain.records.length + 1);
  });

  it("keeps even exact copies apart when a person says so, and must-link wins over nothing else", () => {
    const r = merge([a, b], {
      cannotLink: [
        [
          { source: "丈八社区", row: 2 },
          { source: "丈八社区", row: 3 },
        ],
      ],
    });
    const together = rowsOf(r).find((c) => c.includes("丈八社区:2"))!;
    expect(together).not.toContain("丈八社区:3");
    // 李娜 joined to 张静 by hand: the decision links rows no comparison would.
    const joined = merge([a, b], {
      mustLink: [
        [
          { source: "丈八社区", row: 4 },
          { source: "小寨社区", row: 2 },
        ],
      ],
    });
    expect(rowsOf(joined)).toContainEqual(["丈八社区:2", "丈八社区:3", "丈八社区:4", "小寨社区:2"]);
  });

  it("warns about a decision naming a row that is not there, in both languages", () => {
    const r = merge([a], {
      cannotLink: [
        [
          { source: "丈八社区", row: 99 },
          { source: "丈八社区", row: 2 },
        ],
      ],
    });
    const w = r.issues.find((i) => i.code === "merge.unknownApartRow")!;
    expect(w.message["zh-CN"]).toContain("丈八社区 第 99 行");
    expect(w.message.en).toContain("row 99");
  });

  it("reads a decisions file and says what is wrong with a bad one", () => {
    const text = JSON.stringify({
      format: "linli-decisions",
      version: 1,
      entity: "resident",
      mustLink: [],
      cannotLink: [
        [
          { source: "小寨社区", row: 2 },
          { source: "丈八社区", row: 2, sheet: "居民" },
        ],
      ],
    });
    expect(parseDecisions(text).cannotLink[0]).toEqual([
      { source: "小寨社区", row: 2 },
      { source: "丈八社区", row: 2, sheet: "居民" },
    ]);
    const bad = (v: unknown) => {
      try {
        parseDecisions(v, "决定.json");
      } catch (e) {
        expect(e).toBeInstanceOf(MergeError);
        return (e as MergeError).localized;
      }
      throw new Error("accepted");
    };
    expect(bad("{").en).toContain("决定.json");
    expect(bad({ format: "x" })["zh-CN"]).toContain("“format”");
    expect(
      bad({ format: "linli-decisions", version: 1, mustLink: [[{ source: "甲", row: 0 }]] }).en,
    ).toContain("“mustLink[0][0].row”");
    expect(bad({ format: "linli-decisions", version: 2 })["zh-CN"]).toContain("“version”");
  });
});
