import { columns, entities, getColumn } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnReader, columnsReader, getter } from "./columns.js";

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

describe("getter", () => {
  for (const entity of Object.keys(entities) as (keyof typeof entities)[]) {
    const all = columns(entities[entity]);
    it(`reads every column of ${entity} as getColumn does`, () => {
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
          for (const c of all) expect(getter(c)(r)).toStrictEqual(getColumn(r, c));
        }),
        { numRuns: 300 },
      );
    });
  }

  it("reads projected columns: the citizen ID, the second phone", () => {
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
    expect(getter(col("citizenId"))(r)).toBe("11010519491231002X");
    expect(getter(col("phone"))(r)).toBe("13800138000");
    expect(getter(col("phone2"))(r)).toBe("13900139000");
    expect(getter(col("name"))(r)).toBe("张静");
    expect(getter(col("name"))(null)).toBeUndefined();
    expect(columnReader(entities.resident, "citizenId")({ citizenId: "x" })).toBe("x");
    expect(columnsReader(entities.resident, ["phone", "phone2"])(r)).toEqual([
      "13800138000",
      "13900139000",
    ]);
  });
});
