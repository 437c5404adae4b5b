import { checkCitizenId, citizenIdCheckChar } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const PROVINCES = [
  "11",
  "13",
  "15",
  "23",
  "31",
  "37",
  "44",
  "50",
  "54",
  "61",
  "65",
  "71",
  "81",
  "83",
];
const ALLOWED = "0123456789X";
const pad = (n: number, w: number) => String(n).padStart(w, "0");

const birthDate = fc
  .date({
    min: new Date(Date.UTC(1890, 0, 1)),
    max: new Date(Date.UTC(2023, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`);

const first17 = fc
  .tuple(
    fc.constantFrom(...PROVINCES),
    fc.integer({ min: 0, max: 9999 }),
    birthDate,
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([p, region, date, seq]) => `${p}${pad(region, 4)}${date}${pad(seq, 3)}`);

const validId = first17.map((f) => f + citizenIdCheckChar(f));

/** Every string one edit away from `id`: substitutions, deletions and insertions. */
function mutations(id: string, alphabet: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= id.length; i++) {
    for (const c of alphabet) {
      out.push(id.slice(0, i) + c + id.slice(i));
      if (i < id.length && c !== id[i]) out.push(id.slice(0, i) + c + id.slice(i + 1));
    }
    if (i < id.length) out.push(id.slice(0, i) + id.slice(i + 1));
  }
  return out;
}

describe("checkCitizenId properties", () => {
  it("accepts every generated valid ID and reads its parts back", () => {
    fc.assert(
      fc.property(validId, (id) => {
        const r = checkCitizenId(id);
        expect(r).toMatchObject({ ok: true, value: id, warnings: [] });
        if (r.ok) {
          expect(r.details.regionCode).toBe(id.slice(0, 6));
          expect(r.details.birthDate.replaceAll("-", "")).toBe(id.slice(6, 14));
        }
      }),
    );
  });

  it("rejects every one-character mutation of a valid ID", () => {
    const check = (id: string) => {
      for (const m of mutations(id, ALLOWED)) {
        const r = checkCitizenId(m);
        if (r.ok) throw new Error(`mutation ${m} of ${id} was accepted`);
      }
    };
    check("11010519491231002X");
    fc.assert(
      fc.property(validId, (id) => check(id)),
      { numRuns: 60 },
    );
  });

  it("gives the same answer for spaced, full-width and lower-case spellings", () => {
    const fullWidth = (s: string) =>
      s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(validId, fc.integer({ min: 1, max: 17 }), (id, cut) => {
        const spaced = `  ${id.slice(0, cut)} ${id.slice(cut).toLowerCase()} `;
        expect(checkCitizenId(spaced)).toEqual(checkCitizenId(id));
        expect(checkCitizenId(fullWidth(id))).toEqual(checkCitizenId(id));
      }),
    );
  });

  it("upgrades 15-digit IDs to the 18-digit ID with the same parts", () => {
    const legacy = first17
      .filter((f) => f.slice(6, 8) === "19")
      .map((f) => f.slice(0, 6) + f.slice(8, 17));
    fc.assert(
      fc.property(legacy, (old) => {
        const r = checkCitizenId(old);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value).toHaveLength(18);
        expect(r.value.slice(0, 6) + r.value.slice(8, 17)).toBe(old);
        expect(r.warnings.map((w) => w.code)).toEqual(["citizenId.legacyUpgraded"]);
        const again = checkCitizenId(r.value);
        expect(again).toMatchObject({
          ok: true,
          value: r.value,
          details: { ...r.details, legacy: false },
        });
      }),
    );
  });
});
