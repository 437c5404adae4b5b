import { expectText } from "@linli/core";

// Match flags reused across calls: the name comparator calls this for most of the random
// pairs that estimate u, and two fresh typed arrays per call cost more than the comparison.
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/**
 * Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4 characters), over
 * UTF-16 code units. 1 means equal strings; two empty strings are equal.
 *
 * @example
 * ```ts
 * import { jaroWinkler } from "@linli/dedupe";
 * jaroWinkler("martha", "marhta"); // ≈ 0.961
 * ```
 */
export function jaroWinkler(a: string, b: string): number {
  expectText("jaroWinkler", "a", a);
  expectText("jaroWinkler", "b", b);
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (la > flagsA.length) flagsA = new Uint8Array(la * 2);
  if (lb > flagsB.length) flagsB = new Uint8Array(lb * 2);
  const matchedA = flagsA;
  const matchedB = flagsB;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === c) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la && matches > 0; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  // The flags are shared between calls: cleared for the next one.
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  if (matches === 0) return 0;
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
