import type { PseudonymKind } from "./normalize-identifier.js";

/** Version and purpose label of pseudonymous keys; changing it changes every key. */
export const PSEUDONYM_LABEL = "linli/pseudonym/v1";

/** Short tags that start each key, so a reader can tell an ID key from a phone key. */
export const PSEUDONYM_TAGS: Readonly<Record<PseudonymKind, string>> = {
  "citizen-id": "cid",
  phone: "tel",
  name: "nm",
  document: "doc",
  text: "txt",
};

/** Bytes of the HMAC kept in a key: 128 bits, far beyond collisions in any register. */
export const PSEUDONYM_BYTES = 16;

/** The domain-separation prefix hashed before a normalised value. */
export function pseudonymDomain(kind: PseudonymKind, scope?: string): string {
  return `${PSEUDONYM_LABEL}/${kind}${scope ? `/${scope}` : ""}\u0000`;
}
