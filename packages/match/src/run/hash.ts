import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** Plain objects with their keys sorted, so that the same data always gives the same JSON. */
function sorted(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

/**
 * The SHA-256 of a value's canonical JSON (keys sorted), as 64 hex digits: the same inputs give
 * the same hash whatever the order of their keys.
 *
 * @example
 * ```ts
 * import { inputHash } from "@linli/match";
 * inputHash({ b: 1, a: [1, 2] }) === inputHash({ a: [1, 2], b: 1 }); // true
 * ```
 */
export function inputHash(value: unknown): string {
  const hash = sha256.create();
  // One top-level part at a time, so that no one string holds every input.
  const parts =
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.keys(value).sort()
      : undefined;
  if (!parts) {
    hash.update(utf8ToBytes(JSON.stringify(value, sorted) ?? "null"));
    return bytesToHex(hash.digest());
  }
  for (const k of parts) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined) continue;
    hash.update(utf8ToBytes(`${JSON.stringify(k)}:`));
    if (Array.isArray(v))
      for (const item of v) hash.update(utf8ToBytes(`${JSON.stringify(item, sorted)},`));
    else hash.update(utf8ToBytes(`${JSON.stringify(v, sorted) ?? "null"};`));
  }
  return bytesToHex(hash.digest());
}
