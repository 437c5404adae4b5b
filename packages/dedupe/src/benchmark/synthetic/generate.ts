import { applyNoise, makeCitizenId, NOISE_KINDS, type NoiseKind } from "./noise.js";
import {
  COMMON_NAMES,
  COMPOUNDS,
  DISTRICTS,
  GIVEN_CHARS,
  MOBILE_PREFIXES,
  OTHER_REGIONS,
  SURNAMES,
} from "./pools.js";
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
}

interface Person {
  name: string;
  surnameLength: number;
  gender: "male" | "female";
  birthDate: string;
  id: string;
  phone?: string;
  household: number;
  twin: number;
  namesake: number;
  commonName: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

function birthDate(rand: Random, year: number): string {
  return `${year}-${pad(rand.int(1, 12))}-${pad(rand.int(1, 28))}`;
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
  const rand = random(options.seed ?? 1);
  const dupRate = options.duplicateRate ?? 0.25;
  const sourceCount = options.sources ?? 5;
  const target = Math.round(options.records / (1 + dupRate * 1.4));
  const usedIds = new Set<string>();
  const usedPhones = new Set<string>();
  const newPhone = () => {
    for (;;) {
      const p = rand.pick(MOBILE_PREFIXES) + String(rand.int(0, 99_999_999)).padStart(8, "0");
      if (!usedPhones.has(p)) {
        usedPhones.add(p);
        return p;
      }
    }
  };
  const region = () => (rand.chance(0.85) ? rand.pick(DISTRICTS)[1] : rand.pick(OTHER_REGIONS));
  const newId = (date: string, gender: "male" | "female", home: string) => {
    for (;;) {
      const seq = rand.int(0, 499) * 2 + (gender === "male" ? 1 : 0);
      const id = makeCitizenId(home, date, seq);
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };
  const given = () =>
    rand.chance(0.7) ? rand.pick(GIVEN_CHARS) + rand.pick(GIVEN_CHARS) : rand.pick(GIVEN_CHARS);

  const people: Person[] = [];
  const homes: SyntheticResident["address"][] = [];
  let twinGroups = 0;
  while (people.length < target) {
    const household = homes.length;
    const [district] = rand.pick(DISTRICTS);
    const floor = rand.int(1, 30);
    homes.push({
      district,
      compound: rand.pick(COMPOUNDS),
      building: String(rand.int(1, 30)),
      unit: String(rand.int(1, 6)),
      room: `${floor}${pad(rand.int(1, 4))}`,
    });
    const size = rand.weighted([
      [1, 25],
      [2, 30],
      [3, 25],
      [4, 15],
      [5, 5],
    ] as const);
    const surname = rand.weighted(SURNAMES);
    const home = region();
    const headYear = rand.int(1940, 1998);
    const sharedPhone = newPhone();
    const oneLine = rand.chance(0.3);
    const add = (
      p: Omit<Person, "id" | "household" | "twin" | "namesake" | "commonName">,
      twin = -1,
    ) => {
      const person: Person = {
        ...p,
        id: newId(p.birthDate, p.gender, home),
        household,
        twin,
        namesake: -1,
        commonName: -1,
      };
      people.push(person);
      return person;
    };
    const headGender = rand.chance(0.5) ? "male" : "female";
    add({
      name: surname + given(),
      surnameLength: surname.length,
      gender: headGender,
      birthDate: birthDate(rand, headYear),
      phone: sharedPhone,
    });
    if (size >= 2) {
      const s = rand.weighted(SURNAMES);
      const year = Math.min(2000, Math.max(1935, headYear + rand.int(-5, 5)));
      add({
        name: s + given(),
        surnameLength: s.length,
        gender: headGender === "male" ? "female" : "male",
        birthDate: birthDate(rand, year),
        ...(oneLine ? { phone: sharedPhone } : { phone: newPhone() }),
      });
    }
    const kids = Math.min(size - 2, 2);
    if (kids > 0) {
      const year = Math.min(2020, headYear + rand.int(22, 38));
      const twins = kids === 2 && rand.chance(0.2);
      const twin = twins ? twinGroups++ : -1;
      const first = twins ? birthDate(rand, year) : "";
      const stem = rand.pick(GIVEN_CHARS);
      const taken = new Set<string>();
      for (let k = 0; k < kids; k++) {
        const gender = rand.chance(0.5) ? "male" : "female";
        let g = twins ? stem + rand.pick(GIVEN_CHARS) : given();
        while (taken.has(g)) g = stem + rand.pick(GIVEN_CHARS);
        taken.add(g);
        const date = twins ? first : birthDate(rand, Math.min(2020, year + k * rand.int(1, 6)));
        const adult = Number(date.slice(0, 4)) < 2004 && !oneLine;
        add(
          {
            name: surname + g,
            surnameLength: surname.length,
            gender,
            birthDate: date,
            phone: adult ? newPhone() : sharedPhone,
          },
          twin,
        );
      }
    }
    if (size === 5) {
      add({
        name: surname + given(),
        surnameLength: surname.length,
        gender: rand.chance(0.5) ? "male" : "female",
        birthDate: birthDate(rand, Math.max(1925, headYear - rand.int(22, 35))),
        phone: sharedPhone,
      });
    }
  }
  // Very common names and namesakes (same name and birth year) across households.
  const n = people.length;
  for (let i = 0; i < n; i++) {
    const p = people[i]!;
    if (p.twin < 0 && rand.chance(0.03)) {
      p.commonName = rand.int(0, COMMON_NAMES.length - 1);
      p.name = COMMON_NAMES[p.commonName]!;
      p.surnameLength = 1;
    }
  }
  let namesakes = 0;
  for (let k = 0; k < n * 0.01; k++) {
    const a = people[rand.int(0, n - 1)]!;
    const b = people[rand.int(0, n - 1)]!;
    if (
      a === b ||
      a.household === b.household ||
      a.twin >= 0 ||
      b.twin >= 0 ||
      a.namesake >= 0 ||
      b.namesake >= 0
    )
      continue;
    b.name = a.name;
    b.surnameLength = a.surnameLength;
    b.commonName = a.commonName;
    b.birthDate = a.birthDate.slice(0, 5) + b.birthDate.slice(5);
    usedIds.delete(b.id);
    b.id = newId(b.birthDate, b.gender, b.id.slice(0, 6));
    a.namesake = b.namesake = namesakes++;
  }
  return emit(people, homes, rand, dupRate, sourceCount, newPhone);
}

function emit(
  people: readonly Person[],
  homes: readonly SyntheticResident["address"][],
  rand: Random,
  dupRate: number,
  sourceCount: number,
  newPhone: () => string,
): SyntheticData {
  const records: SyntheticResident[] = [];
  const truth: {
    entity: number;
    household: number;
    twin: number;
    namesake: number;
    common: number;
    noise: NoiseKind[];
  }[] = [];
  people.forEach((p, entity) => {
    const source = rand.int(1, sourceCount);
    const base: SyntheticResident = {
      meta: { id: "", schemaVersion: "0.0.0", source: `community-${source}` },
      name: p.name,
      ...(rand.chance(0.95) ? { gender: p.gender } : {}),
      ...(rand.chance(0.95) ? { birthDate: p.birthDate } : {}),
      ...(rand.chance(0.9)
        ? { identifiers: [{ scheme: "cn-citizen-id" as const, value: p.id }] }
        : {}),
      ...(p.phone ? { phones: [{ number: p.phone }] } : {}),
      address: homes[p.household]!,
    };
    const push = (r: SyntheticResident, noise: NoiseKind[]) => {
      records.push(r);
      truth.push({
        entity,
        household: p.household,
        twin: p.twin,
        namesake: p.namesake,
        common: p.commonName,
        noise,
      });
    };
    push(base, []);
    if (!rand.chance(dupRate)) return;
    const copies = rand.weighted([
      [1, 70],
      [2, 20],
      [3, 10],
    ] as const);
    for (let c = 0; c < copies; c++) {
      let r: SyntheticResident = {
        ...base,
        meta: { ...base.meta, source: `community-${((source + c) % sourceCount) + 1}` },
        ...(p.phone ? { phones: [{ number: p.phone }] } : {}),
        ...(base.identifiers
          ? {}
          : rand.chance(0.5)
            ? { identifiers: [{ scheme: "cn-citizen-id" as const, value: p.id }] }
            : {}),
      };
      const kinds: NoiseKind[] = [];
      const want = rand.int(1, 3);
      for (let tries = 0; kinds.length < want && tries < 12; tries++) {
        const kind = rand.pick(NOISE_KINDS);
        if (kinds.includes(kind)) continue;
        const noisy = applyNoise(kind, r, p.surnameLength, rand, newPhone);
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
  const at = (k: number) => truth[order[k]!]!;
  return {
    // Every record has its own meta object, so the id is set in place (no copies at 1M).
    records: order.map((i, k) => {
      const r = records[i]!;
      (r.meta as { id: string }).id = `r-${k}`;
      return r;
    }),
    entity: Int32Array.from(order, (_, k) => at(k).entity),
    household: Int32Array.from(order, (_, k) => at(k).household),
    twin: Int32Array.from(order, (_, k) => at(k).twin),
    namesake: Int32Array.from(order, (_, k) => at(k).namesake),
    commonName: Int32Array.from(order, (_, k) => at(k).common),
    noise: order.map((_, k) => at(k).noise),
  };
}
