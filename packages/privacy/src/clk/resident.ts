import type { ClkSchema } from "./schema.js";

/**
 * A Bloom-filter encoding schema for linli residents: bigrams of the name (simplified
 * characters) and of its pinyin (so homophones and names written in pinyin still share
 * bits), the birth date digit by digit, sex, and the district, community, compound, building,
 * unit and room of the address. ID numbers and phones stay out of the filters: `encodeRecord`
 * sends them as keyed pseudonyms (`keys.id` for valid citizen IDs, `keys.phone`), which match
 * exactly without revealing them. For `@linli/dedupe`'s `pprlProfile`, the fields also go into
 * three field-level filters: `name` (characters and pinyin), `birth` (birth date and sex) and
 * `address`, the home that a household shares.
 *
 * @example
 * ```ts
 * import { clkEncoder, generateSecret, residentClkSchema } from "@linli/privacy";
 * const enc = await clkEncoder(residentClkSchema, generateSecret());
 * enc.encode({ name: "王小伟", birthDate: "1950-03-02", gender: "male", address: { compound: "绿地世纪城", building: "3" } });
 * ```
 */
export const residentClkSchema: ClkSchema = {
  name: "resident",
  bits: 1024,
  fieldBits: 512,
  hashing: "random",
  fields: [
    { name: "name", prepare: "name", q: 2, k: 20, filter: "name" },
    { name: "name-pinyin", get: "name", prepare: "pinyin", q: 2, k: 10, filter: "name" },
    { name: "birthDate", prepare: "date", q: 1, positional: true, k: 15, filter: "birth" },
    { name: "gender", prepare: "exact", k: 10, filter: "birth" },
    { name: "district", get: "address.district", prepare: "exact", k: 5, filter: "address" },
    {
      name: "community",
      get: "address.community",
      prepare: "text",
      q: 2,
      k: 8,
      filter: "address",
    },
    { name: "compound", get: "address.compound", prepare: "text", q: 2, k: 8, filter: "address" },
    { name: "building", get: "address.building", prepare: "exact", k: 10, filter: "address" },
    { name: "unit", get: "address.unit", prepare: "exact", k: 10, filter: "address" },
    { name: "room", get: "address.room", prepare: "exact", k: 10, filter: "address" },
  ],
  keys: [
    { name: "id", get: "identifiers", kind: "citizen-id" },
    { name: "phone", get: "phones", kind: "phone" },
  ],
  household: ["address"],
};
