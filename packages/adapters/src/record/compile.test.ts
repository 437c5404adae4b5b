import { columns, type EntityName, entities, getColumn } from "@linli/core";
import * as arbitraries from "@linli/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestMapping } from "../mapping/suggest.js";
import type { TableRow } from "../types.js";
import { RecordBuilder } from "./build.js";
import { compileAssemble, compileConvert } from "./compile.js";
import { RowValues } from "./values.js";

// The generated converter and assembler do exactly what the loops over the columns do: same
// values, problems and warnings, same nesting, same order of keys.

const cellOf = (value: unknown): string =>
  value === undefined || value === null
    ? ""
    : Array.isArray(value)
      ? value.map(String).join("、")
      : String(value);

const junk = fc.constantFrom("", "abc", "12.5", "是", "3号楼2单元301", "北京市朝阳区望京街道");

describe("compiled assembly", () => {
  it.each<EntityName>(["resident", "volunteer", "need", "supply-item", "household", "location"])(
    "%s",
    (entity) => {
      const cols = columns(entities[entity]).filter((c) => !c.key.startsWith("meta.submission"));
      const headers = [...cols.map((c) => c.label["zh-CN"]), "序号", "住址", "电话2"];
      const mapping = suggestMapping(headers, entity, { fileName: "a.csv" });
      const source = fc.sample(fc.constantFrom(undefined, "a.csv"), 1)[0];
      const b = new RecordBuilder({
        entity,
        file: "a.csv",
        headers,
        mapping,
        ...(source ? { source } : {}),
      });
      const name = entity.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      const record = (arbitraries as unknown as Record<string, fc.Arbitrary<object>>)[name]!;
      fc.assert(
        fc.property(record, fc.array(fc.tuple(fc.nat(headers.length - 1), junk)), (r, noise) => {
          const cells = [...cols.map((c) => cellOf(getColumn(r, c))), "1", "", ""];
          for (const [i, text] of noise) cells[i] = text;
          const v = new RowValues(b.mapped);
          const u = new RowValues(b.mapped);
          const warnings: unknown[] = [];
          const warningsEach: unknown[] = [];
          const errors = b.convert(7, cells, v, warnings as never[]);
          expect(b.convertEach(7, cells, u, warningsEach as never[])).toStrictEqual(errors);
          expect(warnings).toStrictEqual(warningsEach);
          expect(v).toStrictEqual(u);
          const each = b.assembleEach(v, 7);
          const compiled = b.assemble(v, 7);
          expect(compiled).toStrictEqual(each);
          expect(JSON.stringify(compiled)).toBe(JSON.stringify(each));
        }),
        { numRuns: 200 },
      );
    },
  );

  it("splits an address into the parts that have no column", () => {
    const headers = [
      "姓名",
      "住址",
      "电话",
      "备用电话",
      "身份证号",
      "特殊人群",
      "家庭人数",
      "楼栋",
      "序号",
    ];
    const mapping = suggestMapping(headers, "resident", { fileName: "a.csv" });
    expect(mapping.columns[1]!.split?.length).toBeGreaterThan(5);
    const b = new RecordBuilder({ entity: "resident", file: "a.csv", headers, mapping });
    const address = fc.constantFrom(
      "陕西省西安市雁塔区电子城街道丈八社区绿地世纪城3号楼2单元301",
      "绿地世纪城12#2-1502",
      "北京市朝阳区望京街道",
      "随便写的",
      "",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(junk, address), { minLength: 9, maxLength: 9 }), (cells) => {
        const v = new RowValues(b.mapped);
        const u = new RowValues(b.mapped);
        b.convert(3, cells, v, []);
        b.convertEach(3, cells, u, []);
        expect(v).toStrictEqual(u);
        const each = b.assembleEach(v, 3);
        expect(JSON.stringify(b.assemble(v, 3))).toBe(JSON.stringify(each));
        expect(b.assemble(v, 3)).toStrictEqual(each);
      }),
      { numRuns: 500 },
    );
  });

  it("makes code for a mapping (the comparisons above are not of the loops with themselves)", () => {
    const b = residentBuilder(["姓名", "住址", "身份证号"]);
    expect(compileConvert(convertPlan(b))).toBeTypeOf("function");
    expect(compileAssemble(assemblePlan(b))).toBeTypeOf("function");
  });

  it("writes no header text into the code, whatever the headers say", () => {
    const hostile = [
      '"]; globalThis.pwned = 1; //',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a header that looks like a template
      "`${globalThis.pwned = 2}`",
      "*/ globalThis.pwned = 3; /*",
      "\u2028\u2029\n",
      "__proto__",
      "constructor",
    ];
    const headers = ["姓名", "住址", ...hostile];
    const b = residentBuilder(headers);
    const convert = compileConvert(convertPlan(b))!;
    const assemble = compileAssemble(assemblePlan(b))!;
    for (const h of hostile) {
      expect(convert.toString()).not.toContain(h);
      expect(assemble.toString()).not.toContain(h);
    }
    const r = b.build({
      row: 2,
      cells: ["王伟", "绿地世纪城3号楼2单元301", ...hostile.map((_, i) => `x${i}`)],
    });
    if (r.kind !== "record") throw new Error(`row rejected: ${JSON.stringify(r)}`);
    const extra = r.record.extra as { header: string; value: string }[];
    expect(extra.map((e) => e.header)).toStrictEqual(hostile);
    expect(Object.getPrototypeOf(r.record)).toBe(Object.prototype);
    expect(Object.hasOwn(globalThis, "pwned")).toBe(false);
  });

  it("gives way to the loops where code cannot be made (a CSP without 'unsafe-eval')", () => {
    const headers = ["姓名", "住址", "电话", "身份证号", "特殊人群", "备注", "楼栋"];
    const rows: TableRow[] = [
      [
        "王伟",
        "绿地世纪城3号楼2单元301",
        "13912345678",
        "110101199003071234",
        "独居老人、残疾人",
        "x",
        "",
      ],
      ["", "随便写的", "abc", "6.10113E+17", "不存在的人群", "", "5"],
      ["李娜", "随便写的", "abc", "6.10113E+17", "不存在的人群", "", "5"],
      ["", "", "", "", "", "", ""],
    ].map((cells, i) => ({ row: i + 2, cells }));
    const expected = rows.map((t) => residentBuilder(headers).build(t));
    const original = globalThis.Function;
    globalThis.Function = (() => {
      throw new EvalError("code generation from strings disallowed");
    }) as unknown as FunctionConstructor;
    try {
      const b = residentBuilder(headers);
      expect(compileConvert(convertPlan(b))).toBeUndefined();
      expect(compileAssemble(assemblePlan(b))).toBeUndefined();
      expect(rows.map((t) => b.build(t))).toStrictEqual(expected);
    } finally {
      globalThis.Function = original;
    }
    expect(expected.map((r) => r.kind)).toStrictEqual(["record", "rejected", "record", "empty"]);
  });
});

const residentBuilder = (headers: string[]) =>
  new RecordBuilder({
    entity: "resident",
    file: "a.csv",
    headers,
    mapping: suggestMapping(headers, "resident", { fileName: "a.csv" }),
  });

const convertPlan = (b: RecordBuilder) => ({
  columns: b.mapped,
  empties: undefined,
  isBlank: (t: string) => t.trim() === "",
  address: () => ({}),
  failed: () => undefined,
  warned: () => {},
  extra: () => {},
});

const assemblePlan = (b: RecordBuilder) => ({
  columns: b.mapped,
  source: undefined,
  schemaVersion: "1",
  idPrefix: "r-",
  extra: () => {},
});
