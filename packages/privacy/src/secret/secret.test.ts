import { describe, expect, it } from "vitest";
import { fromBase64 } from "../crypto/base64.js";
import { PrivacyError } from "../errors.js";
import { generateSecret } from "./generate-secret.js";
import { deriveKey, importSecret, keyId } from "./secret.js";

const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e instanceof PrivacyError ? e.code : String(e);
  }
  return "no error";
};

describe("generateSecret", () => {
  it("makes 32 random bytes of Base64, different each time", () => {
    const a = generateSecret();
    const b = generateSecret();
    expect(fromBase64(a)?.length).toBe(32);
    expect(a).not.toBe(b);
    expect(fromBase64(generateSecret(16))?.length).toBe(16);
    expect(() => generateSecret(8)).toThrow(PrivacyError);
  });
});

describe("importSecret and deriveKey", () => {
  it("accept Base64 (both alphabets), bytes, ArrayBuffers and HMAC CryptoKeys alike", async () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const b64 = Buffer.from(bytes).toString("base64");
    const b64url = Buffer.from(bytes).toString("base64url");
    const key = await globalThis.crypto.subtle.importKey(
      "raw",
      bytes,
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    const derived = await Promise.all(
      [b64, b64url, bytes, bytes.buffer, key].map((s) => deriveKey(s, "label")),
    );
    for (const d of derived) expect(Array.from(d)).toEqual(Array.from(derived[0]!));
    expect(Array.from(await deriveKey(bytes, "other"))).not.toEqual(Array.from(derived[0]!));
  });

  it("rejects short, non-Base64 and wrong-type secrets with their own codes", async () => {
    expect(await code(importSecret("c2hvcnQ="))).toBe("secret.short");
    expect(await code(importSecret("not base64 !"))).toBe("secret.base64");
    expect(await code(importSecret(""))).toBe("secret.empty");
    expect(await code(importSecret(" \n"))).toBe("secret.empty");
    expect(await code(importSecret(new Uint8Array(0)))).toBe("secret.empty");
    expect(await code(importSecret(42 as never))).toBe("secret.type");
    const aes = await globalThis.crypto.subtle.generateKey(
      { name: "AES-GCM", length: 128 },
      false,
      ["encrypt"],
    );
    expect(await code(importSecret(aes as CryptoKey))).toBe("secret.cryptoKey");
  });

  it("gives localized messages", async () => {
    await expect(importSecret(new Uint8Array(4))).rejects.toMatchObject({
      localized: { "zh-CN": "密钥只有 4 字节，至少需要 16 字节（128 位）" },
    });
  });
});

describe("keyId", () => {
  it("is a stable 8-hex-digit fingerprint that differs across secrets", async () => {
    const s = generateSecret();
    const id = await keyId(s);
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(await keyId(s)).toBe(id);
    expect(await keyId(generateSecret())).not.toBe(id);
  });
});

describe("weak secrets", () => {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
  it("refuses all zeros, repeats and patterns, saying how few byte values there are", async () => {
    expect(await code(importSecret(new Uint8Array(32)))).toBe("secret.repeats");
    expect(await code(importSecret(b64(new Uint8Array(32))))).toBe("secret.repeats");
    const pattern = Uint8Array.from({ length: 32 }, (_, i) => [0xde, 0xad, 0xbe, 0xef][i % 4]!);
    expect(await code(importSecret(pattern))).toBe("secret.repeats");
    await expect(importSecret(new Uint8Array(16).fill(0xff))).rejects.toMatchObject({
      localized: { en: expect.stringContaining("1 different byte value in 16 bytes") },
    });
  });

  it("refuses passwords and phrases, as bytes, as Base64 of the text, or as single-case Base64", async () => {
    const text = new TextEncoder().encode("Xi'an-hub-2022-secret-password!!");
    expect(await code(importSecret(text))).toBe("secret.text");
    expect(await code(importSecret(b64(text)))).toBe("secret.text");
    expect(await code(importSecret("correcthorsebatterystaplecorrecthorsebat"))).toBe(
      "secret.text",
    );
    await expect(importSecret(text)).rejects.toMatchObject({
      localized: { "zh-CN": expect.stringContaining("口令或短语") },
    });
  });

  it("accepts every generated secret, at the shortest length too", async () => {
    for (let i = 0; i < 2000; i++) await importSecret(generateSecret(i % 2 === 0 ? 16 : 32));
  });
});
