/**
 * A short, stable identifier from text: two 32-bit FNV-1a hashes in base 36 (about 12
 * characters). The same file name and row always give the same id, so importing a file
 * twice yields the same record ids.
 *
 * @example
 * ```ts
 * import { stableId } from "@linli/adapters";
 * stableId("居民.csv\u00002"); // same string on every run
 * ```
 */
export function stableId(text: string): string {
  return stableIdFrom(stableIdPrefix(""), text);
}

/** The hash state after `prefix`, to hash many texts that share it. */
export interface StableIdState {
  readonly a: number;
  readonly b: number;
}

/** Hash a prefix once; continue with {@link stableIdFrom}. */
export function stableIdPrefix(prefix: string): StableIdState {
  return step({ a: 0x811c9dc5, b: 0x01000193 ^ 0x5bd1e995 }, prefix);
}

/** The stable id of `prefix + text`, given the state after `prefix`. */
export function stableIdFrom(state: StableIdState, text: string): string {
  const { a, b } = step(state, text);
  return (a >>> 0).toString(36).padStart(7, "0") + (b >>> 0).toString(36).padStart(7, "0");
}

function step(state: StableIdState, text: string): StableIdState {
  let { a, b } = state;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return { a, b };
}
