import { describe, expect, it } from "vitest";
import type { Comparator } from "../types.js";
import { comparatorOf } from "./from-recipe.js";
import { comparators } from "./index.js";
import { cloneableRecipe, madeBy, recipeOf } from "./recipe.js";

describe("cloneableRecipe", () => {
  it("gives the recipe of a built-in comparator, which makes the same comparator again", () => {
    const dob = comparators.date({ withinDays: [31, 365] });
    const r = cloneableRecipe(dob);
    expect(r).toEqual({ factory: "date", argument: { withinDays: [31, 365] } });
    expect(structuredClone(r)).toEqual(r);
    const again = comparatorOf(r!);
    expect(again.normalize("1991-11-23")).toBe(dob.normalize("1991-11-23"));
  });

  it("gives null for a recipe that cannot be sent to a thread (a function in its argument)", () => {
    const own = { ...comparators.exact(), normalize: (v: unknown) => String(v) } as Comparator;
    madeBy("exact", { pick: () => 1 }, own);
    expect(recipeOf(own)).toBeDefined();
    expect(cloneableRecipe(own)).toBeNull();
    expect(cloneableRecipe(own, true)).toBeNull();
  });

  it("gives null for your own comparators, and with `whole` for copies of built-in ones", () => {
    const name = comparators.chineseName();
    const copy = { ...name, compare: () => 0 };
    expect(cloneableRecipe(copy)).toEqual({ factory: "chineseName" });
    expect(cloneableRecipe(copy, true)).toBeNull();
    expect(cloneableRecipe(name, true)).toEqual({ factory: "chineseName" });
    expect(cloneableRecipe({ ...name, normalize: (v: unknown) => String(v) })).toBeNull();
  });
});

describe("comparatorOf", () => {
  it("refuses a factory there is none of", () => {
    expect(() => comparatorOf({ factory: "nope" })).toThrow(/no comparator factory "nope"/);
  });
});
