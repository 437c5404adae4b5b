import { expectArgument } from "@linli/core";
import { applyNoise, CLASSIC_NOISE, NOISE_KINDS, type NoiseKind } from "./noise.js";
import { makePeople, type Part, type Person } from "./people.js";
import { type Random, random } from "./random.js";
import type { SyntheticData, SyntheticResident } from "./types.js";

/** Options of {@link synthesizeResidents}. */
export interface SynthesizeOptions {
  /** About how many records to make. */
  readonly records: number;
  /** Seed: the same seed gives the same data. Default 1. */
  readonly seed?: number;
  /** Share of people registered more than once. Default 0.25. */
  readonly duplicateRate?: number;
  /** Number of communities (sources) records are spread over. Default 5. */
  readonly sources?: number;
  /**
   * `classic` (default): names from small pools, 3% of people given one of the commonest names,
   * one row in ten without an ID. `district`: what a district's registers hold — names with
   * the frequencies of a Chinese city (张伟 or 王芳 dozens of times per million), a third of
   * rows without an ID and some without a phone (each community collects its own way), people
   * registered in up to four communities, some of them after moving house, and given names
   * of the same characters swapped (张发祥 / 张祥发) among the hard negatives.
   */
  readonly scenario?: "classic" | "district";
}

/**
 * Seeded synthetic residents of Xi'an communities, with realistic noise on duplicates
 * (homophones, traditional characters, swapped and spaced names, ID typos, missing and
 * 15-digit IDs, phone formats and changes, address variants, date formats and typos) and
 * hard negatives: households whose members share phone, address and surname; twins; namesakes
 * (same name and birth year); very common names. Fast enough for a million records.
 *
 * @example
 * ```ts
 * import { synthesizeResidents } from "@linli/dedupe/benchmark";
 * const data = synthesizeResidents({ records: 1000, seed: 7 });
 * data.records.length; // about 1000
 * data.entity[0]; // the true person of record 0
 * ```
 */
export function synthesizeResidents(options: SynthesizeOptions): SyntheticData {
  expectArgument("synthesizeResidents", "options", "object", options);
  return synthesizePart(options, { index: 0, of: 1 });
}

/** The residents of one part of a population made in parts (see `residentSlices`). */
export function synthesizePart(options: SynthesizeOptions, part: Part): SyntheticData {
  const rand = random(options.seed ?? 1);
  const dupRate = options.duplicateRate ?? 0.25;
  const district = options.scenario === "district";
  const copies = district ? DISTRICT_COPIES : CLASSIC_COPIES;
  const perPerson =
    copies.reduce((t, [k, w]) => t + k * w, 0) / copies.reduce((t, [, w]) => t + w, 0);
  const target = Math.round(options.records / (1 + dupRate * perPerson));
  const population = makePeople(rand, target, district, part);
  return emit(population, rand, {
    dupRate,
    sources: options.sources ?? 5,
    district,
    copies,
  });
}

/** Extra registrations of a person registered more than once, with weights. */
const CLASSIC_COPIES = [
  [1, 70],
  [2, 20],
  [3, 10],
] as const;
const DISTRICT_COPIES = [
  [1, 60],
  [2, 25],
  [3, 15],
] as const;

/** Per community in turn: share of rows with an ID and with a phone (district scenario). */
const ID_RATES = [0.9, 0.55, 0.75, 0.45, 0.8, 0.6, 0.7, 0.5];
const PHONE_RATES = [0.95, 0.85, 0.9, 0.8, 0.95, 0.75, 0.9, 0.85];

/** Ids of equal texts (first seen, first numbered). */
function idsOf(texts: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(texts, (t) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  });
}

function emit(
  {
    people,
    homes,
    newPhone,
  }: { people: Person[]; homes: SyntheticResident["address"][]; newPhone: () => string },
  rand: Random,
  o: {
    dupRate: number;
    sources: number;
    district: boolean;
    copies: readonly (readonly [number, number])[];
  },
): SyntheticData {
  const records: SyntheticResident[] = [];
  const owner: number[] = [];
  const noises: NoiseKind[][] = [];
  const kindsOf = o.district ? NOISE_KINDS : CLASSIC_NOISE;
  const idOf = (p: Person) => ({
    identifiers: [{ scheme: "cn-citizen-id" as const, value: p.id }],
  });
  // A register of the district scenario: what its community collects, for one person.
  const register = (p: Person, source: number): SyntheticResident => {
    const hasId = rand.chance(ID_RATES[(source - 1) % ID_RATES.length]!);
    return {
      meta: { id: "", schemaVersion: "0.0.0", source: `community-${source}` },
      name: p.name,
      ...(rand.chance(0.95) ? { gender: p.gender } : {}),
      ...(rand.chance(hasId ? 0.85 : 0.97) ? { birthDate: p.birthDate } : {}),
      ...(hasId ? idOf(p) : {}),
      ...(p.phone && rand.chance(PHONE_RATES[(source - 1) % PHONE_RATES.length]!)
        ? { phones: [{ number: p.phone }] }
        : {}),
      address: homes[p.household]!,
    };
  };
  people.forEach((p, entity) => {
    const source = rand.int(1, o.sources);
    const base: SyntheticResident = o.district
      ? register(p, source)
      : {
          meta: { id: "", schemaVersion: "0.0.0", source: `community-${source}` },
          name: p.name,
          ...(rand.chance(0.95) ? { gender: p.gender } : {}),
          ...(rand.chance(0.95) ? { birthDate: p.birthDate } : {}),
          ...(rand.chance(0.9) ? idOf(p) : {}),
          ...(p.phone ? { phones: [{ number: p.phone }] } : {}),
          address: homes[p.household]!,
        };
    const push = (r: SyntheticResident, noise: NoiseKind[]) => {
      records.push(r);
      owner.push(entity);
      noises.push(noise);
    };
    push(base, []);
    if (!rand.chance(o.dupRate)) return;
    const copies = rand.weighted(o.copies);
    for (let c = 0; c < copies; c++) {
      const other = ((source + c) % o.sources) + 1;
      let r: SyntheticResident = o.district
        ? register(p, other)
        : {
            ...base,
            meta: { ...base.meta, source: `community-${other}` },
            ...(p.phone ? { phones: [{ number: p.phone }] } : {}),
            ...(base.identifiers ? {} : rand.chance(0.5) ? idOf(p) : {}),
          };
      const kinds: NoiseKind[] = [];
      const want = rand.int(1, 3);
      for (let tries = 0; kinds.length < want && tries < 12; tries++) {
        const kind = rand.pick(kindsOf);
        if (kinds.includes(kind)) continue;
        const noisy = applyNoise(kind, r, p.surnameLength, rand, newPhone, homes);
        if (!noisy) continue;
        r = noisy;
        kinds.push(kind);
      }
      push(r, kinds);
    }
  });
  // Shuffle, so that duplicates are not neighbours.
  const order = records.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rand.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const by = (f: (p: Person) => number) => Int32Array.from(order, (i) => f(people[owner[i]!]!));
  const sameName = idsOf(people.map((p) => p.name));
  const sameBirth = idsOf(
    people.map((p) => `${p.name.slice(0, p.surnameLength)} ${p.birthDate} ${p.gender}`),
  );
  return {
    // Every record has its own meta object, so the id is set in place (no copies at 1M).
    records: order.map((i, k) => {
      const r = records[i]!;
      (r.meta as { id: string }).id = `r-${k}`;
      return r;
    }),
    entity: Int32Array.from(order, (i) => owner[i]!),
    household: by((p) => p.household),
    twin: by((p) => p.twin),
    namesake: by((p) => p.namesake),
    commonName: by((p) => p.commonName),
    swapped: by((p) => p.swapped),
    sameName: Int32Array.from(order, (i) => sameName[owner[i]!]!),
    sameBirth: Int32Array.from(order, (i) => sameBirth[owner[i]!]!),
    noise: order.map((i) => noises[i]!),
  };
}
