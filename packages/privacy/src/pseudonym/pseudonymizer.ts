import { toBase64 } from "../crypto/base64.js";
import { createHmac, wordsToBytes } from "../crypto/hmac.js";
import { fail } from "../errors.js";
import { deriveKey, keyId as fingerprint, type Secret } from "../secret/secret.js";
import { PSEUDONYM_BYTES, PSEUDONYM_LABEL, PSEUDONYM_TAGS, pseudonymDomain } from "./format.js";
import {
  type NormalizeIdentifierOptions,
  normalizeIdentifier,
  type PseudonymKind,
} from "./normalize-identifier.js";

/**
 * Makes pseudonymous keys synchronously, after its key was derived once with Web Crypto:
 * what sharing profiles and streaming exports use. Same output as {@link pseudonymKey}.
 *
 * @example
 * ```ts
 * import { generateSecret, pseudonymizer } from "@linli/privacy";
 * const p = await pseudonymizer(generateSecret());
 * p.key("110105491231002", "citizen-id") === p.key("11010519491231002X", "citizen-id"); // true
 * ```
 */
export interface Pseudonymizer {
  /** Fingerprint of the secret (see {@link keyId}), also the middle part of every key. */
  readonly keyId: string;
  /**
   * The key of a value, e.g. `cid.3f9a0c12.q1w2…`; `undefined` for empty values. `scope`
   * separates namespaces within a kind, e.g. the document scheme (`passport`).
   */
  key(value: unknown, kind: PseudonymKind, scope?: string): string | undefined;
}

/**
 * Options of {@link pseudonymizer} and {@link pseudonymKey}.
 *
 * @example
 * ```ts
 * import { generateSecret, pseudonymizer } from "@linli/privacy";
 * const p = await pseudonymizer(generateSecret(), { defaultCountry: "HK" });
 * ```
 */
export interface PseudonymizerOptions extends NormalizeIdentifierOptions {}

/**
 * Prepare a {@link Pseudonymizer} for a secret. The secret's subkey for pseudonyms is derived
 * with Web Crypto (`HMAC(secret, "linli/pseudonym/v1")`), so a non-extractable `CryptoKey`
 * works; each value is then hashed with HMAC-SHA256 under that subkey.
 *
 * @example
 * ```ts
 * import { generateSecret, pseudonymizer } from "@linli/privacy";
 * const p = await pseudonymizer(generateSecret());
 * p.key("138 0013 8000", "phone"); // "tel.<key id>.<22 characters>"
 * p.key("", "phone"); // undefined
 * ```
 */
export async function pseudonymizer(
  secret: Secret,
  options: PseudonymizerOptions = {},
): Promise<Pseudonymizer> {
  const [subkey, id] = await Promise.all([deriveKey(secret, PSEUDONYM_LABEL), fingerprint(secret)]);
  const hmac = createHmac(subkey);
  subkey.fill(0);
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(256);
  const words = new Int32Array(8);
  return {
    keyId: id,
    key(value, kind, scope) {
      const tag = PSEUDONYM_TAGS[kind];
      if (tag === undefined) fail("pseudonym.kind", { kind: String(kind) });
      const normal = normalizeIdentifier(value, kind, options);
      if (normal === undefined) return undefined;
      const text = pseudonymDomain(kind, scope) + normal;
      if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
      const { written } = encoder.encodeInto(text, buffer);
      hmac.words(buffer, written, words);
      const digest = toBase64(wordsToBytes(words, PSEUDONYM_BYTES / 4), true);
      return `${tag}.${id}.${digest}`;
    },
  };
}
