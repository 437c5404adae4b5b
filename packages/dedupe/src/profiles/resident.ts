import { checkCitizenId, Resident } from "@linli/core";
import { address } from "../comparators/address/address.js";
import { chineseName } from "../comparators/chinese-name/chinese-name.js";
import { citizenId } from "../comparators/citizen-id/citizen-id.js";
import { date } from "../comparators/date/date.js";
import { exact } from "../comparators/exact/exact.js";
import { phone } from "../comparators/phone/phone.js";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { BlockingRule, FieldSpec, Profile, TrainingRule } from "../types.js";
import { columnReader, columnsReader } from "./columns.js";
import { home, idBirth, idBody, last8, namePinyinKey, surnameKey, year } from "./keys.js";

type Schema = Parameters<typeof columnReader>[0];

/** A column, or when it is empty, what the citizen ID says (birth date, sex). */
function orFromId(schema: Schema, key: "birthDate" | "gender"): (record: unknown) => unknown {
  const own = columnReader(schema, key);
  const id = citizenIdReader(schema);
  return (record) => {
    const v = own(record);
    if (v !== undefined && v !== null && v !== "") return v;
    const raw = id(record);
    if (typeof raw !== "string") return undefined;
    const r = checkCitizenId(raw);
    if (!r.ok) return undefined;
    // A 15-digit ID has no check character: its last digit, the sex, may be a typo (a date
    // typo stays a typo the date comparator reads as one).
    if (key === "gender" && r.details.legacy) return undefined;
    return key === "birthDate" ? r.details.birthDate : r.details.sex;
  };
}

/** The 15-digit form of an 18-digit citizen ID: no century, no check character. */
const legacyForm = (id: string) => id.slice(0, 6) + id.slice(8, 17);

/**
 * The citizen ID as the register wrote it. An ID the import upgraded from 15 digits
 * (`upgraded: true`) is read in its 15-digit form: its check character was computed, so with a
 * typo it would look like another valid ID and wrongly trigger the cannot-link rule. An ID
 * the import could not read is taken from `meta.withheld`: its digits still compare (one typo
 * from the other row's ID), and, being invalid, it never keeps two rows apart.
 */
function citizenIdReader(schema: Schema): (record: unknown) => unknown {
  const own = columnReader(schema, "citizenId");
  return (record) => {
    if (typeof record !== "object" || record === null) return undefined;
    const ids = (record as { identifiers?: unknown }).identifiers;
    if (Array.isArray(ids)) {
      for (const el of ids as { scheme?: unknown; value?: unknown; upgraded?: unknown }[]) {
        if (el?.scheme !== "cn-citizen-id" || typeof el.value !== "string") continue;
        return el.upgraded === true && el.value.length === 18 ? legacyForm(el.value) : el.value;
      }
    }
    const v = own(record);
    if (v !== undefined && v !== null && v !== "") return v;
    const withheld = (record as { meta?: { withheld?: unknown } }).meta?.withheld;
    if (!Array.isArray(withheld)) return undefined;
    for (const w of withheld as { field?: unknown; value?: unknown }[]) {
      if (w?.field === "citizenId" && typeof w.value === "string") return w.value;
    }
    return undefined;
  };
}

/**
 * The person fields shared by residents and volunteers. A missing birth date or gender is
 * read from a valid citizen ID, so that a record with only an ID still compares with one
 * with only a birth date.
 */
export function personFields(schema: Schema): FieldSpec[] {
  return [
    {
      name: "name",
      get: columnReader(schema, "name"),
      comparator: chineseName(),
      termFrequency: true,
    },
    { name: "citizenId", get: citizenIdReader(schema), comparator: citizenId() },
    {
      name: "phone",
      get: columnsReader(schema, ["phone", "phone2"]),
      comparator: phone(),
      termFrequency: true,
    },
    {
      name: "birthDate",
      get: orFromId(schema, "birthDate"),
      comparator: date(),
      termFrequency: true,
    },
    { name: "gender", get: orFromId(schema, "gender"), comparator: exact() },
  ];
}

/** The person blocking rules shared by residents and volunteers. */
export const personBlocking: readonly BlockingRule[] = [
  { name: "citizen-id", on: ["citizenId"], maxBlockSize: 50 },
  { name: "citizen-id-body", on: ["citizenId"], transform: idBody, maxBlockSize: 50 },
  // Phone and surname: a household shares its phone, but mostly not the spouse's surname.
  {
    name: "phone+surname",
    on: ["phone", "name"],
    transform: [undefined, surnameKey],
    maxBlockSize: 50,
  },
  {
    name: "phone-last8+surname",
    on: ["phone", "name"],
    transform: [last8, surnameKey],
    maxBlockSize: 50,
  },
  {
    name: "name-pinyin+birth-year",
    on: ["name", "birthDate"],
    transform: [namePinyinKey, year],
    maxBlockSize: 100,
  },
  {
    name: "name-pinyin+id-birth",
    on: ["name", "citizenId"],
    transform: [namePinyinKey, idBirth],
    maxBlockSize: 100,
  },
  {
    name: "birth-date+surname",
    on: ["birthDate", "name", "gender"],
    transform: [undefined, surnameKey],
    maxBlockSize: 60,
  },
];

/**
 * What keeps two people out of one cluster whatever links them: two sexes, or birth dates
 * years apart beyond what two typing errors explain.
 */
export const personConflicts: readonly string[] = ["gender", "birthDate"];

/**
 * Rules whose pairs train m. Phone and address are left out: people of one household share
 * them, so among pairs found by name or birth date they do not behave like random pairs.
 */
export const personTraining: readonly TrainingRule[] = [
  { rule: "citizen-id" },
  { rule: "name-pinyin+birth-year", ignore: ["phone", "address"] },
  { rule: "birth-date+surname", ignore: ["phone", "address"] },
];

/**
 * Default profile for residents (`Resident` records of @linli/core, or flat rows keyed by
 * column key): name, citizen ID, phones, birth date, gender and home address; blocking on ID,
 * ID without check character, phone + surname, last eight phone digits + surname, name pinyin
 * + birth year, name pinyin + the birth date inside the ID, surname + home (compound,
 * building, unit, room), birth date + surname + gender.
 * Two different valid citizen IDs never link, nor two sexes or birth dates years apart in one
 * cluster. A match on name, birth date and sex alone (no ID, phone or address agrees) is
 * marked possible. m is trained per blocking rule; pairs sharing
 * a phone or a home (a household) are scored with their own u and prior.
 *
 * @example
 * ```ts
 * import { dedupe, residentProfile } from "@linli/dedupe";
 * const profile = residentProfile();
 * profile.fields.map((f) => f.name); // ["name", "citizenId", "phone", "birthDate", "gender", "address"]
 * dedupe([], { profile });
 * ```
 */
export function residentProfile(): Profile {
  return {
    name: "resident",
    fields: [...personFields(Resident), { name: "address", get: "address", comparator: address() }],
    blocking: [
      ...personBlocking,
      {
        name: "surname+home",
        on: ["name", "address"],
        transform: [surnameKey, home],
        maxBlockSize: 30,
      },
    ],
    cannotLink: ["citizenId"],
    conflicts: personConflicts,
    identifying: ["citizenId", "phone", "address"],
    threshold: DEFAULT_THRESHOLD,
    training: personTraining,
    context: { phone: 1, address: 2 },
  };
}
