import { citizenIdCheckChar } from "@linli/core";
import { HOMOPHONES, TRADITIONAL } from "./pools.js";
import type { Random } from "./random.js";
import type { SyntheticResident } from "./types.js";

/**
 * Kinds of noise a duplicate record may carry.
 *
 * @example
 * ```ts
 * import { NOISE_KINDS } from "@linli/dedupe/benchmark";
 * for (const kind of NOISE_KINDS) console.log(kind);
 * ```
 */
export const NOISE_KINDS = [
  "homophone",
  "traditional",
  "swapped",
  "space",
  "id-typo",
  "id-missing",
  "id-15",
  "phone-format",
  "phone-changed",
  "address-variant",
  "date-format",
  "date-typo",
  "moved",
] as const;

/** A kind of noise. */
export type NoiseKind = (typeof NOISE_KINDS)[number];

/**
 * The kinds of noise of the classic scenario: every kind but a move to another home.
 *
 * @example
 * ```ts
 * import { CLASSIC_NOISE } from "@linli/dedupe/benchmark";
 * CLASSIC_NOISE.includes("moved"); // false
 * ```
 */
export const CLASSIC_NOISE: readonly NoiseKind[] = NOISE_KINDS.filter((k) => k !== "moved");

const homophoneOf = new Map<string, string>();
for (const group of HOMOPHONES) for (const c of group) homophoneOf.set(c, group);

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NUMERALS = "〇一二三四五六七八九";
const cn = (n: string) => (Number(n) <= 10 ? (n === "10" ? "十" : NUMERALS[Number(n)]!) : n);

/** Split a name into surname and given name (compound surnames are two characters). */
export function nameParts(name: string, surnameLength: number): [string, string] {
  return [name.slice(0, surnameLength), name.slice(surnameLength)];
}

/**
 * Apply one kind of noise to a copy of a record; `undefined` when it does not apply (no
 * homophone for any character, no ID to damage…).
 */
export function applyNoise(
  kind: NoiseKind,
  r: SyntheticResident,
  surnameLength: number,
  rand: Random,
  newPhone: () => string,
  homes: readonly SyntheticResident["address"][] = [],
): SyntheticResident | undefined {
  const [surname, given] = nameParts(r.name, surnameLength);
  const id = r.identifiers?.[0]?.value;
  const phone = r.phones?.[0]?.number;
  switch (kind) {
    case "homophone": {
      const at = [...given].findIndex((c) => (homophoneOf.get(c)?.length ?? 0) > 1);
      if (at < 0) return undefined;
      const group = homophoneOf.get(given[at]!)!.replace(given[at]!, "");
      const swapped = given.slice(0, at) + rand.pick([...group]) + given.slice(at + 1);
      return { ...r, name: surname + swapped };
    }
    case "traditional": {
      const t = [...r.name].map((c) => TRADITIONAL[c] ?? c).join("");
      if (t === r.name) return undefined;
      const a = r.address;
      const compound = a?.compound && [...a.compound].map((c) => TRADITIONAL[c] ?? c).join("");
      return { ...r, name: t, ...(a && compound ? { address: { ...a, compound } } : {}) };
    }
    case "swapped":
      if (given.length !== 2 || given[0] === given[1]) return undefined;
      return { ...r, name: surname + given[1] + given[0] };
    case "space":
      return { ...r, name: `${surname}${rand.chance(0.7) ? " " : "\u3000"}${given}` };
    case "id-typo": {
      if (!id) return undefined;
      const body = [...id];
      const at = rand.int(0, 16);
      if (rand.chance(0.5) && body[at] !== body[at + 1] && at < 16) {
        [body[at], body[at + 1]] = [body[at + 1]!, body[at]!];
      } else {
        body[at] = String((Number(body[at]) + rand.int(1, 9)) % 10);
      }
      return { ...r, identifiers: [{ scheme: "cn-citizen-id", value: body.join("") }] };
    }
    case "id-missing": {
      if (!id) return undefined;
      const { identifiers: _, ...rest } = r;
      return rest;
    }
    case "id-15": {
      if (id?.slice(6, 8) !== "19") return undefined;
      return {
        ...r,
        identifiers: [{ scheme: "cn-citizen-id", value: id.slice(0, 6) + id.slice(8, 17) }],
      };
    }
    case "phone-format": {
      if (phone?.length !== 11) return undefined;
      const f = rand.int(0, 3);
      const p = phone;
      const number =
        f === 0
          ? `${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`
          : f === 1
            ? `+86 ${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`
            : f === 2
              ? `(+86)${p}`
              : `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`;
      return { ...r, phones: [{ number }] };
    }
    case "phone-changed": {
      if (!phone) return undefined;
      if (rand.chance(0.5)) {
        const { phones: _, ...rest } = r;
        return rest;
      }
      return { ...r, phones: [{ number: newPhone() }] };
    }
    case "address-variant": {
      const a = r.address;
      if (!a?.building || !a.unit || !a.room || !a.compound) return undefined;
      const f = rand.int(0, 4);
      const line =
        f === 0
          ? `西安市${a.district ?? ""}${a.compound}${a.building}号楼${a.unit}单元${a.room}室`
          : f === 1
            ? `${a.compound}${a.building}栋${a.unit}单元${a.room}`
            : f === 2
              ? `${a.compound}${a.building}-${a.unit}-${a.room}`
              : f === 3
                ? `${a.compound}${cn(a.building)}号楼${cn(a.unit)}单元${a.room}室`
                : `${a.building}号楼${a.unit}单元${a.room}`;
      return { ...r, address: { line } };
    }
    case "date-format": {
      const d = r.birthDate;
      if (!d || !ISO.test(d)) return undefined;
      const [y, m, day] = d.split("-");
      const f = rand.int(0, 3);
      const birthDate =
        f === 0
          ? `${y}年${Number(m)}月${Number(day)}日`
          : f === 1
            ? `${y}/${Number(m)}/${Number(day)}`
            : f === 2
              ? `${y}${m}${day}`
              : `${y}.${m}.${day}`;
      return { ...r, birthDate };
    }
    case "moved": {
      // Registered again after moving house: another home, often a new phone too.
      if (homes.length < 2) return undefined;
      const address = rand.pick(homes);
      if (address === r.address) return undefined;
      return { ...r, ...(address ? { address } : {}) };
    }
    case "date-typo": {
      const d = r.birthDate;
      if (!d || !ISO.test(d)) return undefined;
      const [y, m, day] = d.split("-") as [string, string, string];
      if (Number(day) <= 12 && day !== m) return { ...r, birthDate: `${y}-${day}-${m}` };
      const last = (Number(day[1]) + rand.int(1, 8)) % 10;
      const typo = `${day[0]}${last}`;
      if (Number(typo) < 1 || Number(typo) > 28) return undefined;
      return { ...r, birthDate: `${y}-${m}-${typo}` };
    }
  }
}

/** A valid citizen ID for a region, birth date (YYYY-MM-DD) and sequence number. */
export function makeCitizenId(region: string, birthDate: string, seq: number): string {
  const body = region + birthDate.replaceAll("-", "") + String(seq).padStart(3, "0");
  return body + citizenIdCheckChar(body);
}
