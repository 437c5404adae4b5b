import type { Comparator } from "../types.js";

/** How a built-in comparator was made: its factory in `comparators` and that factory's argument. */
export interface Recipe {
  readonly factory: string;
  readonly argument?: unknown;
}

// Keyed by the `normalize` function: a comparator copied with another `normalize` has none.
const recipes = new WeakMap<object, Recipe>();
// Keyed by the comparator a factory made: a copy (with its own `compare`, say) has none.
const made = new WeakMap<object, Recipe>();

/**
 * Remember which factory made a comparator, so that worker threads can make the same one
 * again and normalise with it (functions cannot be sent to a thread).
 */
export function madeBy<F>(factory: string, argument: unknown, c: Comparator<F>): Comparator<F> {
  const recipe = argument === undefined ? { factory } : { factory, argument };
  recipes.set(c.normalize, recipe);
  made.set(c, recipe);
  return c;
}

/** A wrapper of a comparator's `normalize` that gives the same keys: it keeps the recipe. */
export function sameNormalize<F extends (value: unknown) => string | undefined>(
  wrapper: F,
  of: Comparator,
): F {
  const recipe = recipes.get(of.normalize);
  if (recipe) recipes.set(wrapper, recipe);
  return wrapper;
}

/**
 * The recipe of a built-in comparator whose `normalize` is its factory's own, else undefined;
 * with `whole`, only of the very comparator its factory made (so its features and compare too).
 */
export function recipeOf(c: Comparator, whole = false): Recipe | undefined {
  return whole ? made.get(c) : recipes.get(c.normalize);
}

/**
 * The recipe of {@link recipeOf} when it can be sent to a worker thread (it survives
 * `structuredClone`), else `null`: the comparator is then used on the calling thread.
 */
export function cloneableRecipe(c: Comparator, whole = false): Recipe | null {
  const r = recipeOf(c, whole);
  if (!r) return null;
  try {
    structuredClone(r);
    return r;
  } catch {
    return null;
  }
}
