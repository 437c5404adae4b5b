import { describe, expect, it } from "vitest";
import * as z from "zod";
import { choice, splitOptions } from "./choice.js";
import { field, fieldMeta, L } from "./define.js";

describe("choice", () => {
  it("authors labels and words per option; field() publishes them apart", () => {
    const [Kind, options] = choice({
      owned: { ...L("自有", "Owned"), codes: ["1"], synonyms: ["自住"], hints: ["房东"] },
      rented: L("租住", "Rented"),
    });
    expect(Kind.parse("owned")).toBe("owned");
    const meta = fieldMeta(
      field(Kind.optional(), { label: L("住房", "Housing"), pii: "none", options }),
    );
    expect(meta?.options).toEqual({ owned: L("自有", "Owned"), rented: L("租住", "Rented") });
    expect(meta?.vocabulary).toEqual({
      owned: { codes: ["1"], synonyms: ["自住"], hints: ["房东"] },
    });
  });

  it("has no vocabulary when no option has words beyond its labels", () => {
    expect(splitOptions({ a: L("甲", "A") }).vocabulary).toBeUndefined();
    expect(
      fieldMeta(field(z.string(), { label: L("甲", "A"), pii: "none" }))?.vocabulary,
    ).toBeUndefined();
  });
});
