import { stableHash } from "@linli/core";

/**
 * A short, stable identifier from text (`stableHash` of `@linli/core`: 14 characters in base
 * 36). The same file name and row always give the same id, so importing a file twice yields
 * the same record ids.
 *
 * @example
 * ```ts
 * import { stableId } from "@linli/adapters";
 * stableId("居民.csv\u00002"); // same string on every run
 * ```
 */
export const stableId: (text: string) => string = stableHash;
