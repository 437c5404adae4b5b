// Kept apart from recipe.ts, which the comparators import: this one imports them.
import type { Comparator } from "../types.js";
import { comparators } from "./index.js";
import type { Recipe } from "./recipe.js";

type Factory = (argument?: unknown) => Comparator;

/** The comparator a recipe names, made again by its factory (on a worker thread, say). */
export function comparatorOf(recipe: Recipe): Comparator {
  const make = (comparators as unknown as Record<string, Factory | undefined>)[recipe.factory];
  if (typeof make !== "function") throw new Error(`no comparator factory "${recipe.factory}"`);
  return "argument" in recipe ? make(recipe.argument) : make();
}
