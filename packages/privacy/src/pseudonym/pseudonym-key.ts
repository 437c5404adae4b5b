import { expectArgument } from "@linli/core";
import { toBase64 } from "../crypto/base64.js";
import { fail } from "../errors.js";
import { deriveKey, keyId, type Secret } from "../secret/secret.js";
import { PSEUDONYM_BYTES, PSEUDONYM_LABEL, PSEUDONYM_TAGS, pseudonymDomain } from "./format.js";
import { normalizeIdentifier, type PseudonymKind } from "./normalize-identifier.js";
import type { PseudonymizerOptions } from "./pseudonymizer.js";

/**
 * Options of {@link pseudonymKey}.
 *
 * @example
 * ```ts
 * import { generateSecret, pseudonymKey } from "@linli/privacy";
 * await pseudonymKey("E12345678", generateSecret(), { kind: "document", scope: "passport" });
 * ```
 */
export interface PseudonymKeyOptions extends PseudonymizerOptions {
  readonly kind: PseudonymKind;
  /** A namespace within the kind, e.g. the document scheme. */
  readonly scope?: string;
}

/**
 * A keyed pseudonymous key for one identifier: HMAC-SHA256 with Web Crypto over the
 * normalised value (see {@link normalizeIdentifier}), behind a domain-separation prefix for
 * its kind, under a subkey derived from the secret. The result is `<tag>.<key id>.<digest>`:
 * `cid`/`tel`/`nm`/`doc`/`txt`, the secret's fingerprint (to tell keys of rotated secrets
 * apart) and 128 bits of the HMAC in URL-safe Base64.
 *
 * The same secret and the same person's identifier give the same key in every source, so
 * records link without exchanging ID numbers; without the secret, a key cannot be recomputed
 * from a guessed ID (unlike a plain hash). For many values use {@link pseudonymizer}.
 * `undefined` for empty values.
 *
 * @example
 * ```ts
 * import { generateSecret, pseudonymKey } from "@linli/privacy";
 * const secret = generateSecret();
 * const a = await pseudonymKey("110105 19491231 002x", secret, { kind: "citizen-id" });
 * const b = await pseudonymKey("110105491231002", secret, { kind: "citizen-id" });
 * a === b; // true: the same ID, once with spaces, once in its old 15-digit form
 * ```
 */
export async function pseudonymKey(
  value: unknown,
  secret: Secret,
  options: PseudonymKeyOptions,
): Promise<string | undefined> {
  expectArgument("pseudonymKey", "options", "object", options);
  const tag = PSEUDONYM_TAGS[options.kind];
  if (tag === undefined) fail("pseudonym.kind", { kind: String(options.kind) });
  const normal = normalizeIdentifier(value, options.kind, options);
  if (normal === undefined) return undefined;
  const [subkey, id] = await Promise.all([deriveKey(secret, PSEUDONYM_LABEL), keyId(secret)]);
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey("raw", subkey, { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const message = new TextEncoder().encode(pseudonymDomain(options.kind, options.scope) + normal);
  const digest = new Uint8Array(await subtle.sign("HMAC", key, message));
  return `${tag}.${id}.${toBase64(digest.subarray(0, PSEUDONYM_BYTES), true)}`;
}
