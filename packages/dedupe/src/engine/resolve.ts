import { comparators } from "../comparators/index.js";
import { DedupeOptionError } from "../errors/option-error.js";
import type { Comparator } from "../types.js";

/**
 * A comparator, or its name among the caller's comparators, then the built-in factories
 * ("phone", or "orgNamePart:place" for a factory that takes one argument).
 */
export function resolveComparator(
  c: Comparator | string,
  custom: Readonly<Record<string, Comparator>> | undefined,
): Comparator {
  if (typeof c !== "string") return c;
  const own = custom?.[c];
  if (own) return own;
  // "orgNamePart:place": a factory with one argument.
  const [name, arg] = c.split(":", 2) as [string, string | undefined];
  const factory = (comparators as Record<string, ((arg?: string) => Comparator) | undefined>)[name];
  if (factory) return arg === undefined ? factory() : factory(arg);
  throw new DedupeOptionError("options.comparator", { comparator: c });
}
