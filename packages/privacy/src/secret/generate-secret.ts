import { expectArgument } from "@linli/core";
import { fromBase64, toBase64 } from "../crypto/base64.js";
import { fail } from "../errors.js";
import { MIN_SECRET_BYTES } from "./secret.js";
import { checkStrength } from "./strength.js";

/**
 * A new random secret from the platform's cryptographic random generator, as Base64 text
 * (32 bytes = 256 bits by default). Keep it where the hub keeps its raw data, never beside
 * shared files.
 *
 * @example
 * ```ts
 * import { generateSecret } from "@linli/privacy";
 * const secret = generateSecret(); // 44 characters of Base64
 * ```
 */
export function generateSecret(bytes = 32): string {
  if (bytes !== undefined) expectArgument("generateSecret", "bytes", "number", bytes);
  if (!Number.isInteger(bytes) || bytes < MIN_SECRET_BYTES || bytes > 1024) {
    fail("secret.short", { bytes, min: MIN_SECRET_BYTES });
  }
  const c = globalThis.crypto;
  if (!c?.getRandomValues) fail("secret.noCrypto");
  for (;;) {
    const text = toBase64(c.getRandomValues(new Uint8Array(bytes)));
    // A random draw fails the strength checks about once in 10^5 for 16 bytes: draw again.
    try {
      checkStrength(fromBase64(text)!, text);
      return text;
    } catch {}
  }
}
