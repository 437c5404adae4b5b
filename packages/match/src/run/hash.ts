import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * The SHA-256 of a value's JSON, as 64 hex digits, its top-level parts taken in key order:
 * the same inputs give the same hash on every run and platform.
 *
 * @example
 * ```ts
 * import { inputHash } from "@linli/match";
 * inputHash({ needs: [], stock: [] }) === inputHash({ stock: [], needs: [] }); // true
 * ```
 */
export function inputHash(value: unknown): string {
  const hash = sha256.create();
  // Text goes in slices of about 256 KB: few calls, and no one string holds every input.
  let buffer = "";
  const add = (text: string) => {
    buffer += text;
    if (buffer.length > 262_144) {
      hash.update(utf8ToBytes(buffer));
      buffer = "";
    }
  };
  const parts =
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.keys(value).sort()
      : undefined;
  if (!parts) add(JSON.stringify(value) ?? "null");
  else
    for (const k of parts) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      add(`${JSON.stringify(k)}:`);
      if (Array.isArray(v)) for (const item of v) add(`${JSON.stringify(item)},`);
      else add(`${JSON.stringify(v) ?? "null"};`);
    }
  hash.update(utf8ToBytes(buffer));
  return bytesToHex(hash.digest());
}
