import { checkCitizenId, type Resident } from "@linli/core";
import { resident, values } from "@linli/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PrivacyError } from "../errors.js";
import { generateSecret } from "../secret/generate-secret.js";
import { normalizeIdentifier, type PseudonymKind } from "./normalize-identifier.js";
import { pseudonymKey } from "./pseudonym-key.js";
import { pseudonymizer } from "./pseudonymizer.js";

const secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // bytes 0..31

describe("normalizeIdentifier", () => {
  it("brings each kind to its canonical form", () => {
    expect(normalizeIdentifier("110105491231002", "citizen-id")).toBe("11010519491231002X");
    expect(normalizeIdentifier(" 110105 19491231 002x ", "citizen-id")).toBe("11010519491231002X");
    expect(normalizeIdentifier("+86 138-0013-8000", "phone")).toBe("13800138000");
    expect(normalizeIdentifier(13800138000, "phone")).toBe("13800138000");
    expect(normalizeIdentifier("029-8888 6666", "phone")).toBe("02988886666");
    expect(normalizeIdentifier(" 張 靜 ", "name")).toBe("张静");
    expect(normalizeIdentifier("John  SMITH", "name")).toBe("john smith");
    expect(normalizeIdentifier("e 1234-5678", "document")).toBe("E12345678");
    expect(normalizeIdentifier("  丈八社区 ", "text")).toBe("丈八社区");
  });

  it("keeps invalid values (so the same typo still links) and rejects empties", () => {
    expect(normalizeIdentifier("11010519491231002y", "citizen-id")).toBe("11010519491231002Y");
    expect(normalizeIdentifier("  ", "name")).toBeUndefined();
    expect(normalizeIdentifier(null, "phone")).toBeUndefined();
    expect(normalizeIdentifier({}, "text")).toBeUndefined();
  });
});

describe("pseudonymKey and pseudonymizer", () => {
  it("agree with each other for every kind (Web Crypto vs the streaming HMAC)", async () => {
    const p = await pseudonymizer(secret);
    const kinds: PseudonymKind[] = ["citizen-id", "phone", "name", "document", "text"];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(values.citizenId(), values.phoneNumber(), values.personName(), fc.string()),
        fc.constantFrom(...kinds),
        fc.option(fc.constantFrom("passport", "address.line"), { nil: undefined }),
        async (value, kind, scope) => {
          const web = await pseudonymKey(value, secret, { kind, ...(scope ? { scope } : {}) });
          expect(p.key(value, kind, scope)).toBe(web);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("has the documented shape and is stable for the same secret and input", async () => {
    const p = await pseudonymizer(secret);
    const k = p.key("11010519491231002X", "citizen-id")!;
    expect(k).toMatch(/^cid\.[0-9a-f]{8}\.[A-Za-z0-9_-]{22}$/);
    expect(k.split(".")[1]).toBe(p.keyId);
    expect((await pseudonymizer(secret)).key("110105491231002", "citizen-id")).toBe(k);
    expect(p.key("13800138000", "phone")).toMatch(/^tel\./);
  });

  it("differs across secrets, kinds and scopes", async () => {
    const a = await pseudonymizer(secret);
    const b = await pseudonymizer(generateSecret());
    expect(b.keyId).not.toBe(a.keyId);
    fc.assert(
      fc.property(values.citizenId(), (id) => {
        const ka = a.key(id, "citizen-id")!;
        expect(b.key(id, "citizen-id")!.split(".")[2]).not.toBe(ka.split(".")[2]);
        expect(a.key(id, "text")!.split(".")[2]).not.toBe(ka.split(".")[2]);
        expect(a.key(id, "document", "passport")).not.toBe(a.key(id, "document", "other"));
      }),
      { numRuns: 100 },
    );
  });

  it("rejects an unknown kind", async () => {
    const p = await pseudonymizer(secret);
    expect(() => p.key("x", "email" as PseudonymKind)).toThrow(PrivacyError);
    await expect(pseudonymKey("x", secret, { kind: "email" as PseudonymKind })).rejects.toThrow(
      PrivacyError,
    );
  });
});

/** Write an ID the way another register might: old 15-digit form, spaces, a lower-case x. */
function rewrite(id: string, how: number): string {
  const year = id.slice(6, 8);
  if (how === 0 && year === "19") return id.slice(0, 6) + id.slice(8, 17);
  if (how === 1) return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`.toLowerCase();
  return id;
}
/** And a phone: with +86, with dashes. */
function rewritePhone(phone: string, how: number): string {
  if (!/^1\d{10}$/.test(phone)) return phone;
  if (how === 0) return `+86 ${phone}`;
  if (how === 1) return `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
  return phone;
}

const pairs = (a: (string | undefined)[], b: (string | undefined)[]) => {
  const out: string[] = [];
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      if (x !== undefined && x === y) out.push(`${i}-${j}`);
    });
  });
  return out.sort();
};

describe("linking with pseudonymous keys", () => {
  it("links the same people as raw IDs and raw phones do on generated residents", async () => {
    const people = fc.sample(resident, { numRuns: 400, seed: 9 }) as Resident[];
    const left = people.slice(0, 300);
    // The second register: 200 of the same people written differently, and 100 others.
    const right = [...people.slice(100, 300), ...people.slice(300)].map((r, i) => ({
      ...r,
      identifiers: r.identifiers?.map((d) =>
        d.scheme === "cn-citizen-id" ? { ...d, value: rewrite(d.value, i % 3) } : d,
      ),
      phones: r.phones?.map((ph) => ({ ...ph, number: rewritePhone(ph.number, i % 3) })),
    }));
    const id = (r: Resident) => r.identifiers?.find((d) => d.scheme === "cn-citizen-id")?.value;
    const phone = (r: Resident) => r.phones?.[0]?.number;
    const canonicalId = (v: string | undefined) => {
      if (v === undefined) return undefined;
      const c = checkCitizenId(v);
      return c.ok ? c.value : undefined;
    };
    const canonicalPhone = (v: string | undefined) => normalizeIdentifier(v, "phone");

    const p = await pseudonymizer(secret);
    const rawIdPairs = pairs(
      left.map((r) => canonicalId(id(r))),
      right.map((r) => canonicalId(id(r))),
    );
    const keyIdPairs = pairs(
      left.map((r) => p.key(id(r), "citizen-id")),
      right.map((r) => p.key(id(r), "citizen-id")),
    );
    expect(rawIdPairs.length).toBeGreaterThan(120);
    expect(keyIdPairs).toEqual(rawIdPairs);
    // The rewritten forms matter: plain string equality misses most of these links.
    expect(pairs(left.map(id), right.map(id)).length).toBeLessThan(rawIdPairs.length / 2);

    const rawPhonePairs = pairs(
      left.map((r) => canonicalPhone(phone(r))),
      right.map((r) => canonicalPhone(phone(r))),
    );
    const keyPhonePairs = pairs(
      left.map((r) => p.key(phone(r), "phone")),
      right.map((r) => p.key(phone(r), "phone")),
    );
    expect(rawPhonePairs.length).toBeGreaterThan(120);
    expect(keyPhonePairs).toEqual(rawPhonePairs);
  });
});
