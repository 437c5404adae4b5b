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
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36).padStart(7, "0") + (b >>> 0).toString(36).padStart(7, "0");
}
