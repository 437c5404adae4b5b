import { comparators } from "../comparators/index.js";
import { DedupeOptionError } from "../errors/option-error.js";
import type { Comparator } from "../types.js";

/** A comparator, or its name among the caller's comparators, then the built-in factories. */
export function resolveComparator(
  c: Comparator | string,
  custom: Readonly<Record<string, Comparator>> | undefined,
): Comparator {
  if (typeof c !== "string") return c;
  const own = custom?.[c];
  if (own) return own;
  const factory = (comparators as Record<string, (() => Comparator) | undefined>)[c];
  if (factory) return factory();
  throw new DedupeOptionError("options.comparator", { comparator: c });
}
