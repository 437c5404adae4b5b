import { Resident } from "@linli/core";
import { address } from "../comparators/address/address.js";
import { chineseName } from "../comparators/chinese-name/chinese-name.js";
import { citizenId } from "../comparators/citizen-id/citizen-id.js";
import { date } from "../comparators/date/date.js";
import { exact } from "../comparators/exact/exact.js";
import { phone } from "../comparators/phone/phone.js";
import type { BlockingRule, FieldSpec, Profile } from "../types.js";
import { columnReader, columnsReader } from "./columns.js";
import { idBirth, idBody, last8, namePinyinKey, surnamePinyin, unitRoom, year } from "./keys.js";

type Schema = Parameters<typeof columnReader>[0];

/** The person fields shared by residents and volunteers. */
export function personFields(schema: Schema): FieldSpec[] {
  return [
    {
      name: "name",
      get: columnReader(schema, "name"),
      comparator: chineseName(),
      termFrequency: true,
    },
    { name: "citizenId", get: columnReader(schema, "citizenId"), comparator: citizenId() },
    {
      name: "phone",
      get: columnsReader(schema, ["phone", "phone2"]),
      comparator: phone(),
      termFrequency: true,
    },
    {
      name: "birthDate",
      get: columnReader(schema, "birthDate"),
      comparator: date(),
      termFrequency: true,
    },
    { name: "gender", get: columnReader(schema, "gender"), comparator: exact() },
  ];
}

/** The person blocking rules shared by residents and volunteers. */
export const personBlocking: readonly BlockingRule[] = [
  { name: "citizen-id", on: ["citizenId"], maxBlockSize: 50 },
  { name: "citizen-id-body", on: ["citizenId"], transform: idBody, maxBlockSize: 50 },
  { name: "phone", on: ["phone"], maxBlockSize: 50 },
  { name: "phone-last8", on: ["phone"], transform: last8, maxBlockSize: 50 },
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
  { name: "birth-date+gender", on: ["birthDate", "gender"], maxBlockSize: 60 },
];

/**
 * Default profile for residents (`Resident` records of @linli/core, or flat rows keyed by
 * column key): name, citizen ID, phones, birth date, gender and home address; blocking on ID,
 * ID without check character, phone, last eight phone digits, name pinyin + birth year, name
 * pinyin + the birth date inside the ID, surname + building/unit/room, birth date + gender.
 * Two different valid citizen IDs never link.
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
        name: "surname+unit-room",
        on: ["name", "address"],
        transform: [surnamePinyin, unitRoom],
        maxBlockSize: 30,
      },
    ],
    cannotLink: ["citizenId"],
    threshold: 0.5,
  };
}
