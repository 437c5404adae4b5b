import { hmac } from "@noble/hashes/hmac.js";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "./base64.js";
import { createHmac, wordsToBytes } from "./hmac.js";

const subtle = globalThis.crypto.subtle;
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

async function webHmac(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const k = await subtle.importKey(
    "raw",
    Uint8Array.from(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await subtle.sign("HMAC", k, Uint8Array.from(message)));
}

describe("createHmac", () => {
  it("matches RFC 4231 test case 2", () => {
    const enc = new TextEncoder();
    const h = createHmac(enc.encode("Jefe"));
    expect(hex(h.bytes(enc.encode("what do ya want for nothing?")))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("agrees with Web Crypto for random keys (short and over 64 bytes) and messages", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 100 }),
        fc.uint8Array({ maxLength: 150 }),
        async (key, message) => {
          const mine = createHmac(key).bytes(message);
          expect(hex(mine)).toBe(hex(await webHmac(key, message)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("starts every message from the keyed state: one Hmac over many messages of every size", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }),
        (key, messages) => {
          const h = createHmac(key);
          for (const m of messages) {
            expect(hex(h.bytes(m))).toBe(hex(hmac(nobleSha256, key, m)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hashes only the first `length` bytes of a reused buffer", () => {
    const h = createHmac(new Uint8Array([1, 2, 3]));
    const out = new Int32Array(8);
    h.words(new Uint8Array([65, 66, 67, 99, 99]), 3, out);
    expect(hex(wordsToBytes(out))).toBe(hex(h.bytes(new Uint8Array([65, 66, 67]))));
    expect(hex(wordsToBytes(out))).not.toBe(hex(h.bytes(new Uint8Array([65, 66, 67, 99]))));
  });
});

describe("base64", () => {
  it("round-trips bytes in both alphabets", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.boolean(), (bytes, url) => {
        const text = toBase64(bytes, url);
        expect(Array.from(fromBase64(text)!)).toEqual(Array.from(bytes));
        if (!url) expect(text).toBe(Buffer.from(bytes).toString("base64"));
        else expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      }),
    );
  });

  it("rejects text that is not Base64", () => {
    expect(fromBase64("abc$")).toBeUndefined();
    expect(fromBase64("a")).toBeUndefined();
    expect(fromBase64("密钥")).toBeUndefined();
  });
});
