import { CITY_SURNAMES, givenChar, givenName } from "./names.js";
import { makeCitizenId } from "./noise.js";
import {
  COMMON_NAMES,
  COMPOUNDS,
  DISTRICTS,
  GIVEN_CHARS,
  MOBILE_PREFIXES,
  OTHER_REGIONS,
  SURNAMES,
} from "./pools.js";
import type { Random } from "./random.js";
import type { SyntheticResident } from "./types.js";

/** A generated person before registration. */
export interface Person {
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
  /** Group of two people whose given names are the same characters swapped (发祥 / 祥发). */
  swapped: number;
}

/** The people of a run, their homes and a source of fresh phone numbers. */
export interface Population {
  readonly people: Person[];
  readonly homes: NonNullable<SyntheticResident["address"]>[];
  readonly newPhone: () => string;
}

/** Part `index` of `of` parts of a population made part by part (see `makePeople`). */
export interface Part {
  readonly index: number;
  readonly of: number;
}

const WHOLE: Part = { index: 0, of: 1 };

const pad = (n: number) => String(n).padStart(2, "0");

function birthDate(rand: Random, year: number): string {
  return `${year}-${pad(rand.int(1, 12))}-${pad(rand.int(1, 28))}`;
}

/**
 * Households of one to five people until there are `target` people, then the hard negatives:
 * namesakes (same name and birth year) and, in the district scenario, given names of the same
 * characters swapped. "classic" draws names from small pools and gives 3% of people one of the
 * commonest names; "district" draws them with a city's frequencies (see `names.ts`).
 */
export function makePeople(
  rand: Random,
  target: number,
  district: boolean,
  part: Part = WHOLE,
): Population {
  // Part k of n draws phone numbers and ID sequence numbers ≡ k (mod n): parts made apart
  // never share one, with no set of every number ever drawn. One part draws as before.
  const slot = (count: number) =>
    rand.int(0, Math.floor((count - 1 - part.index) / part.of)) * part.of + part.index;
  const usedIds = new Set<string>();
  const usedPhones = new Set<string>();
  const newPhone = () => {
    for (;;) {
      const p = rand.pick(MOBILE_PREFIXES) + String(slot(100_000_000)).padStart(8, "0");
      if (!usedPhones.has(p)) {
        usedPhones.add(p);
        return p;
      }
    }
  };
  const region = () => (rand.chance(0.85) ? rand.pick(DISTRICTS)[1] : rand.pick(OTHER_REGIONS));
  const newId = (date: string, gender: "male" | "female", home: string) => {
    for (;;) {
      const seq = slot(500) * 2 + (gender === "male" ? 1 : 0);
      const id = makeCitizenId(home, date, seq);
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };
  const classicGiven = () =>
    rand.chance(0.7) ? rand.pick(GIVEN_CHARS) + rand.pick(GIVEN_CHARS) : rand.pick(GIVEN_CHARS);
  const given = (gender: "male" | "female", year: number) =>
    district ? givenName(rand, gender, year) : classicGiven();
  const surnames = district ? CITY_SURNAMES : SURNAMES;

  const people: Person[] = [];
  const homes: NonNullable<SyntheticResident["address"]>[] = [];
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
    const surname = rand.weighted(surnames);
    const home = region();
    const headYear = rand.int(1940, 1998);
    const sharedPhone = newPhone();
    const oneLine = rand.chance(0.3);
    const add = (
      p: Omit<Person, "id" | "household" | "twin" | "namesake" | "commonName" | "swapped">,
      twin = -1,
    ) => {
      const person: Person = {
        ...p,
        id: newId(p.birthDate, p.gender, home),
        household,
        twin,
        namesake: -1,
        commonName: -1,
        swapped: -1,
      };
      people.push(person);
      return person;
    };
    const headGender = rand.chance(0.5) ? "male" : "female";
    add({
      name: surname + given(headGender, headYear),
      surnameLength: surname.length,
      gender: headGender,
      birthDate: birthDate(rand, headYear),
      phone: sharedPhone,
    });
    if (size >= 2) {
      const s = rand.weighted(surnames);
      const year = Math.min(2000, Math.max(1935, headYear + rand.int(-5, 5)));
      const gender = headGender === "male" ? "female" : "male";
      add({
        name: s + given(gender, year),
        surnameLength: s.length,
        gender,
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
      const stem = district ? givenChar(rand, headGender) : rand.pick(GIVEN_CHARS);
      const taken = new Set<string>();
      for (let k = 0; k < kids; k++) {
        const gender = rand.chance(0.5) ? "male" : "female";
        const stemmed = () => stem + (district ? givenChar(rand, gender) : rand.pick(GIVEN_CHARS));
        let g = twins ? stemmed() : given(gender, year);
        while (taken.has(g)) g = stemmed();
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
      // The classic stream draws the name first; keep it so that its seeds give the same data.
      const classic = district ? "" : classicGiven();
      const gender = rand.chance(0.5) ? "male" : "female";
      const year = Math.max(1925, headYear - rand.int(22, 35));
      add({
        name: surname + (district ? givenName(rand, gender, year) : classic),
        surnameLength: surname.length,
        gender,
        birthDate: birthDate(rand, year),
        phone: sharedPhone,
      });
    }
  }
  const n = people.length;
  if (district) {
    // Common names occur by themselves here; mark them to measure how they fare.
    for (const p of people) p.commonName = COMMON_NAMES.indexOf(p.name);
  } else {
    for (let i = 0; i < n; i++) {
      const p = people[i]!;
      if (p.twin < 0 && rand.chance(0.03)) {
        p.commonName = rand.int(0, COMMON_NAMES.length - 1);
        p.name = COMMON_NAMES[p.commonName]!;
        p.surnameLength = 1;
      }
    }
  }
  // Namesakes: the same name and birth year, other people.
  const free = (p: Person) => p.twin < 0 && p.namesake < 0 && p.swapped < 0;
  let namesakes = 0;
  for (let k = 0; k < n * 0.01; k++) {
    const a = people[rand.int(0, n - 1)]!;
    const b = people[rand.int(0, n - 1)]!;
    if (a === b || a.household === b.household || !free(a) || !free(b)) continue;
    b.name = a.name;
    b.surnameLength = a.surnameLength;
    b.commonName = a.commonName;
    b.birthDate = a.birthDate.slice(0, 5) + b.birthDate.slice(5);
    usedIds.delete(b.id);
    b.id = newId(b.birthDate, b.gender, b.id.slice(0, 6));
    a.namesake = b.namesake = namesakes++;
  }
  if (district) {
    // Given names of the same characters in the other order (张发祥 / 张祥发), same birth year.
    let swaps = 0;
    for (let k = 0; k < n * 0.003; k++) {
      const a = people[rand.int(0, n - 1)]!;
      const b = people[rand.int(0, n - 1)]!;
      const given = a.name.slice(a.surnameLength);
      if (a === b || a.household === b.household || !free(a) || !free(b)) continue;
      if (given.length !== 2 || given[0] === given[1]) continue;
      b.name = a.name.slice(0, a.surnameLength) + given[1] + given[0];
      b.surnameLength = a.surnameLength;
      b.gender = a.gender;
      b.commonName = -1;
      b.birthDate = a.birthDate.slice(0, 5) + b.birthDate.slice(5);
      usedIds.delete(b.id);
      b.id = newId(b.birthDate, b.gender, b.id.slice(0, 6));
      a.swapped = b.swapped = swaps++;
    }
  }
  return { people, homes, newPhone };
}
