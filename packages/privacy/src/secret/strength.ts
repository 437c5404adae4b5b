import { fail } from "../errors.js";

// A random secret of 16 bytes or more has nearly as many different byte values as bytes, and
// is almost never printable text; a random Base64 text of 22 characters or more mixes upper
// and lower case. A secret failing these is a password, a phrase or a pattern: guessable, so
// the pseudonyms made with it can be reversed by trying every ID number.

const PRINTABLE_LOW = 0x20;
const PRINTABLE_HIGH = 0x7e;

/** Refuse a secret whose bytes (or Base64 text) cannot be random, with the reason. */
export function checkStrength(bytes: Uint8Array, text?: string): void {
  const seen = new Set<number>();
  let printable = true;
  for (const b of bytes) {
    seen.add(b);
    if (b < PRINTABLE_LOW || b > PRINTABLE_HIGH) printable = false;
  }
  if (seen.size < bytes.length / 2) {
    fail("secret.repeats", { distinct: seen.size, bytes: bytes.length });
  }
  if (printable) fail("secret.text");
  if (text !== undefined) {
    const letters = text.replace(/[^A-Za-z]/g, "");
    if (
      letters.length >= 22 &&
      (letters === letters.toLowerCase() || letters === letters.toUpperCase())
    ) {
      fail("secret.text");
    }
  }
}
