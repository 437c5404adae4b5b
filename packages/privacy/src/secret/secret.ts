import { fromBase64 } from "../crypto/base64.js";
import { fail } from "../errors.js";
import { checkStrength } from "./strength.js";

/**
 * A secret key for keyed hashing: a Web Crypto HMAC (SHA-256) `CryptoKey`, raw bytes, or a
 * Base64 text such as {@link generateSecret} makes. Raw secrets need at least 16 bytes, and
 * must look random: all zeros, a few repeated bytes, or a password or phrase (printable text)
 * are refused with the reason (`secret.repeats`, `secret.text`), since pseudonyms made with a
 * guessable key can be reversed by trying every ID number.
 *
 * @example
 * ```ts
 * import { generateSecret, type Secret } from "@linli/privacy";
 * const secret: Secret = generateSecret(); // e.g. "q3V0…=" (32 random bytes)
 * ```
 */
export type Secret = CryptoKey | Uint8Array | ArrayBuffer | string;

/**
 * Shortest raw secret accepted, in bytes (128 bits).
 *
 * @example
 * ```ts
 * import { generateSecret, MIN_SECRET_BYTES } from "@linli/privacy";
 * generateSecret(MIN_SECRET_BYTES); // the shortest secret allowed; the default is 32 bytes
 * ```
 */
export const MIN_SECRET_BYTES = 16;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) fail("secret.noCrypto");
  return s;
}

function isCryptoKey(x: unknown): x is CryptoKey {
  return (
    typeof x === "object" &&
    x !== null &&
    "algorithm" in x &&
    "usages" in x &&
    "type" in x &&
    !(x instanceof Uint8Array)
  );
}

function rawBytes(secret: Exclude<Secret, CryptoKey>): Uint8Array {
  let bytes: Uint8Array | undefined;
  if (typeof secret === "string") {
    if (secret.trim() === "") fail("secret.empty");
    bytes = fromBase64(secret);
    if (!bytes) fail("secret.base64");
  } else if (secret instanceof Uint8Array) bytes = secret;
  else if (secret instanceof ArrayBuffer) bytes = new Uint8Array(secret);
  else fail("secret.type", { type: typeof secret });
  if (bytes.length === 0) fail("secret.empty");
  if (bytes.length < MIN_SECRET_BYTES) {
    fail("secret.short", { bytes: bytes.length, min: MIN_SECRET_BYTES });
  }
  checkStrength(bytes, typeof secret === "string" ? secret : undefined);
  return bytes;
}

/** The secret as a Web Crypto HMAC key that can sign. */
export async function importSecret(secret: Secret): Promise<CryptoKey> {
  if (isCryptoKey(secret)) {
    const alg = secret.algorithm as { name?: string; hash?: { name?: string } };
    if (alg.name !== "HMAC" || alg.hash?.name !== "SHA-256" || !secret.usages.includes("sign")) {
      fail("secret.cryptoKey", {
        algorithm: `${alg.name ?? "?"}/${alg.hash?.name ?? "?"} [${secret.usages.join(", ")}]`,
      });
    }
    return secret;
  }
  if (
    typeof secret !== "string" &&
    !(secret instanceof Uint8Array) &&
    !(secret instanceof ArrayBuffer)
  ) {
    fail("secret.type", { type: secret === null ? "null" : typeof secret });
  }
  // Copy into a fresh buffer: importKey wants an ArrayBuffer-backed view.
  const bytes = Uint8Array.from(rawBytes(secret));
  return subtle().importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * A 32-byte subkey for one purpose: HMAC-SHA256(secret, label), computed with Web Crypto. Each
 * use (pseudonyms, each Bloom-filter field, the key id) gets its own label, so that outputs of
 * one use reveal nothing about another.
 */
export async function deriveKey(secret: Secret, label: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = await importSecret(secret);
  return new Uint8Array(await subtle().sign("HMAC", key, encoder.encode(label)));
}

/**
 * A short public fingerprint of a secret (8 hex digits), written beside pseudonyms and
 * encodings so that everyone can tell which key made them and spot a rotation. It is an HMAC
 * of a fixed label, so it reveals nothing about the secret.
 *
 * @example
 * ```ts
 * import { generateSecret, keyId } from "@linli/privacy";
 * await keyId(generateSecret()); // e.g. "3f9a0c12"
 * ```
 */
export async function keyId(secret: Secret): Promise<string> {
  const bytes = await deriveKey(secret, "linli/key-id/v1");
  return Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join("");
}
