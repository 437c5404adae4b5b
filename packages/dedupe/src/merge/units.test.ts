import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableJson } from "./units.js";

/** The first, plainer form (map, filter, join): the one built as a string must equal it. */
function reference(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(reference).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${reference(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

describe("stableJson", () => {
  it("sorts object keys, leaves out undefined properties and keeps list order", () => {
    expect(stableJson({ b: 1, a: [2, { d: undefined, c: "x" }] })).toBe(
      '{"a":[2,{"c":"x"}],"b":1}',
    );
    expect(stableJson([undefined, null])).toBe("[null,null]");
    expect(stableJson(undefined)).toBe("null");
  });

  it("writes every value as the plain map-and-join form does", () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom(undefined, null, true, false, "", "张静", "a\u0000b", Number.NaN, -0),
        fc.string(),
        fc.double(),
        fc.integer(),
        fc.array(tie("any"), { maxLength: 4 }),
        fc.sparseArray(tie("any"), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 3 }), tie("any"), { maxKeys: 5 }),
      ),
    })).any;
    fc.assert(
      fc.property(value, (v) => {
        expect(stableJson(v)).toBe(reference(v));
      }),
      { numRuns: 2000 },
    );
  });
});
