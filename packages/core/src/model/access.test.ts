import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError } from "../i18n/argument.js";
import { entities } from "../schemas/index.js";
import { columnElementIndex, columnGetter, getColumn, setColumn } from "./access.js";
import { type Column, columns } from "./columns.js";

// Values in the places columns read from, and in the wrong shapes: nulls, arrays, holes.
const leaf = fc.oneof(
  fc.constantFrom(undefined, null, "", "张静", "13800138000", "cn-citizen-id", "mobile", 3, true),
  fc.string({ maxLength: 4 }),
);
const element = fc.oneof(
  leaf,
  fc.record(
    {
      scheme: fc.constantFrom("cn-citizen-id", "passport", "other", undefined),
      value: leaf,
      number: leaf,
      kind: fc.constantFrom("mobile", "landline", undefined),
      name: leaf,
    },
    { requiredKeys: [] },
  ),
);
const list = fc.oneof(
  leaf,
  fc.array(element, { maxLength: 4 }),
  fc.sparseArray(element, { maxLength: 4 }),
);

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// The rule written out plainly: objects along the path; among a projection's array, the
// index-th object element whose properties equal the match.
function reference(record: unknown, column: Column): { value: unknown; at: number } {
  let cur = record;
  for (const k of column.path) cur = isObj(cur) ? cur[k] : undefined;
  const p = column.projection;
  if (!p) return { value: cur, at: -1 };
  if (!Array.isArray(cur)) return { value: undefined, at: -1 };
  const hits = [...cur.keys()].filter((i) => {
    const el: unknown = cur[i];
    return isObj(el) && Object.entries(p.match ?? {}).every(([k, v]) => el[k] === v);
  });
  const at = hits[p.index ?? 0] ?? -1;
  return { value: at < 0 ? undefined : (cur[at] as Record<string, unknown>)[p.property], at };
}

describe("getColumn, columnGetter, columnElementIndex", () => {
  for (const entity of Object.keys(entities) as (keyof typeof entities)[]) {
    const all = columns(entities[entity]);
    it(`read every column of ${entity} by the same rule`, () => {
      // A record built from the columns' own paths, each place filled with any shape.
      const record = fc.dictionary(
        fc.constantFrom(...new Set(all.map((c) => c.path[0]!))),
        fc.oneof(
          list,
          fc.dictionary(fc.constantFrom(...new Set(all.flatMap((c) => c.path))), list),
        ),
      );
      fc.assert(
        fc.property(fc.oneof(record, leaf, fc.array(leaf)), (r) => {
          for (const c of all) {
            const want = reference(r, c);
            expect(getColumn(r, c)).toStrictEqual(want.value);
            expect(columnGetter(c)(r)).toStrictEqual(want.value);
            expect(columnElementIndex(r, c)).toBe(want.at);
          }
        }),
        { numRuns: 120 },
      );
    });
  }

  const all = columns(entities.resident);
  const col = (k: string) => all.find((c) => c.key === k)!;
  const r = {
    name: "张静",
    phones: [{ number: "13800138000" }, null, { number: "13900139000" }],
    identifiers: [
      { scheme: "passport", value: "E1" },
      { scheme: "cn-citizen-id", value: "11010519491231002X" },
    ],
  };

  it("skip elements that are not objects when counting positions", () => {
    expect(columnGetter(col("citizenId"))(r)).toBe("11010519491231002X");
    expect(columnGetter(col("phone"))(r)).toBe("13800138000");
    expect(columnGetter(col("phone2"))(r)).toBe("13900139000");
    expect(columnElementIndex(r, col("phone2"))).toBe(2);
    expect(columnElementIndex(r, col("citizenId"))).toBe(1);
    expect(columnElementIndex(r, col("name"))).toBe(-1);
    expect(columnGetter(col("name"))(r)).toBe("张静");
    expect(columnGetter(col("name"))(null)).toBeUndefined();
  });

  it("setColumn writes into the element columnElementIndex names", () => {
    const rec: Record<string, unknown> = { phones: [null, { number: "1" }] };
    setColumn(rec, col("phone"), "13800138000");
    expect(columnElementIndex(rec, col("phone"))).toBe(1);
    expect(rec.phones).toEqual([null, { number: "13800138000" }]);
  });

  it("reject a column that is not an object, in zh-CN and en", () => {
    expect(() => columnGetter(undefined as unknown as Column)).toThrow(/columnGetter/);
    expect(() => columnElementIndex({}, null as unknown as Column)).toThrow(/columnElementIndex/);
    try {
      columnGetter(3 as unknown as Column);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ArgumentError);
      const { localized } = e as ArgumentError;
      expect(localized["zh-CN"]).toMatch(/columnGetter/);
      expect(localized["zh-CN"]).not.toBe(localized.en);
    }
  });
});
