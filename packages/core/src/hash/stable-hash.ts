import { expectText } from "../i18n/argument.js";
/**
 * A short stable hash of a text: two 32-bit FNV-1a variants in base 36 (14 characters). The
 * same text gives the same hash on every run and every platform, which is what record ids
 * derived from a file and row, or from a cluster, need. Not a cryptographic hash: use
 * `pseudonymKey` of `@linli/privacy` for personal identifiers.
 *
 * @example
 * ```ts
 * import { stableHash } from "@linli/core";
 * stableHash("居民.csv\u00002"); // the same 14 characters on every run
 * ```
 */
export function stableHash(text: string): string {
  expectText("stableHash", "text", text);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36).padStart(7, "0") + (b >>> 0).toString(36).padStart(7, "0");
}
