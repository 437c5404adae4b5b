import { columns, type EntityName, entities, getColumn } from "@linli/core";
import * as arbitraries from "@linli/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestMapping } from "../mapping/suggest.js";
import { footerKind } from "../table/header.js";
import type { TableRow } from "../types.js";
import { type BuilderOptions, RecordBuilder, type RowResult } from "./build.js";
import { type FooterKind, PieceReader, PieceWriter, SEP } from "./compact.js";

// Rows built by one builder, written compactly and read back by another builder configured the
// same way, give exactly the results of building them where they are read.

const cellOf = (value: unknown): string => {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(String).join("、");
  return String(value);
};

/** Junk that makes cells fail conversion or validation, or look like footers. */
const junk = fc.constantFrom(
  "",
  " ",
  "abc",
  "合计：4人",
  "填表人：赵敏",
  "6.10113E+17",
  "-0",
  "1e400",
  "110105194912310021",
  "2099-01-01",
  `a${SEP}b`,
  "是",
  "12.5",
  "北京市朝阳区望京街道3号楼2单元301",
);

function table(entity: EntityName) {
  const cols = columns(entities[entity]).filter(
    (c) => c.key !== "meta.schemaVersion" && !c.key.startsWith("meta."),
  );
  const headers = [...cols.map((c) => c.label["zh-CN"]), "序号", "住址"];
  const record = (arbitraries as unknown as Record<string, fc.Arbitrary<Record<string, unknown>>>)[
    entity.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
  ]!;
  const row = fc
    .tuple(record, fc.array(fc.tuple(fc.nat(headers.length - 1), junk), { maxLength: 3 }))
    .map(([r, noise]) => {
      const cells = [...cols.map((c) => cellOf(getColumn(r, c))), "7", cellOf(r.address)];
      for (const [i, text] of noise) cells[i] = text;
      return cells;
    });
  return { headers, rows: fc.array(row, { minLength: 1, maxLength: 12 }) };
}

function builder(entity: EntityName, headers: string[]): RecordBuilder {
  const mapping = suggestMapping(headers, entity, { fileName: "a.csv" });
  const o: BuilderOptions = { entity, file: "a.csv", source: "a.csv", headers, mapping };
  return new RecordBuilder(JSON.parse(JSON.stringify(o)) as BuilderOptions);
}

describe("compact rows", () => {
  it.each<EntityName>(["resident", "volunteer", "need", "supply-item", "household"])(
    "%s: read back as built",
    (entity) => {
      const { headers, rows } = table(entity);
      fc.assert(
        fc.property(rows, fc.boolean(), fc.integer({ min: 1, max: 5 }), (cells, json, first) => {
          const here = builder(entity, headers);
          const there = builder(entity, headers);
          const reader0 = builder(entity, headers);
          const tableRows: TableRow[] = cells.map((c, i) => ({ row: first + i, cells: c }));
          const expected: [RowResult, FooterKind, boolean][] = tableRows.map((t) => [
            here.build(t),
            footerKind(t.cells, headers.length),
            t.cells.every((c) => c.trim() === ""),
          ]);
          const w = new PieceWriter();
          for (const [t, [, kind, blank]] of tableRows.map((t, i) => [t, expected[i]!] as const)) {
            w.row(there, t, kind, blank);
          }
          const got: [RowResult, FooterKind, boolean][] = [];
          const needsJson = cells.some((c) => c.some((x) => x.includes(SEP)));
          const piece = w.finish(json || needsJson);
          const reader = new PieceReader(reader0, piece.layout, piece.texts, piece.json, first);
          while (reader.next((...r) => got.push(r)));
          expect(reader.whole).toBe(true);
          expect(got).toStrictEqual(expected);
          expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
        }),
        { numRuns: 300 },
      );
    },
  );

  it("sends values holding the separator as JSON", () => {
    const b = builder("resident", ["姓名", "备注"]);
    const w = new PieceWriter();
    w.row(b, { row: 2, cells: ["王伟", `a${SEP}b`] }, undefined, false);
    expect(w.finish(false).json).toBe(false);
    expect(w.finish(true).json).toBe(true);
    const v = new PieceWriter();
    // A name that normalising changes, then holding the separator.
    v.row(b, { row: 2, cells: [` 王${SEP}伟 `, ""] }, undefined, false);
    const piece = v.finish(false);
    const got: RowResult[] = [];
    const reader = new PieceReader(b, piece.layout, piece.texts, piece.json, 2);
    while (reader.next((r) => got.push(r)));
    expect(got).toStrictEqual([b.build({ row: 2, cells: [` 王${SEP}伟 `, ""] })]);
  });

  it("sends most valid rows compactly", () => {
    const headers = ["姓名", "联系电话", "住址", "特殊人群", "家庭人数", "序号"];
    const b = builder("resident", headers);
    const w = new PieceWriter();
    w.row(
      b,
      { row: 2, cells: ["王伟", "13800138000", "绿地世纪城3号楼2单元301", "独居老人", "3", "1"] },
      undefined,
      false,
    );
    w.row(b, { row: 3, cells: ["", "abc", "", "", "", ""] }, undefined, false);
    const { layout } = w.finish(false);
    // The first row is compact, the second goes back as cells.
    expect(layout[0]).toBe(0x40);
    expect(layout.includes(0x48)).toBe(true);
  });
});
