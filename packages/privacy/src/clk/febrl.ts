import type { ClkSchema } from "./schema.js";

/**
 * A Bloom-filter encoding schema for person records shaped like the FEBRL benchmark
 * (given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
 * date_of_birth, soc_sec_id): bigrams of the names and address words, positional digits of
 * numbers and dates. The record-level CLK has 1024 bits, about 45% of them set; names, the
 * birth date and the social security number carry twice the weight of address parts. For
 * linkage with `@linli/dedupe`'s `pprlProfile`, the fields also go into four field-level
 * filters of 512 bits: `name` (given name and surname), `address` (all its parts), `dob`
 * and `ssn`.
 *
 * @example
 * ```ts
 * import { clkEncoder, febrlClkSchema, generateSecret } from "@linli/privacy";
 * const enc = await clkEncoder(febrlClkSchema, generateSecret());
 * enc.encode({ given_name: "james", surname: "waller", soc_sec_id: "6375537" }).length; // 128 bytes
 * enc.filters; // ["name", "address", "dob", "ssn"]
 * ```
 */
export const febrlClkSchema: ClkSchema = {
  name: "febrl",
  bits: 1024,
  fieldBits: 512,
  hashing: "random",
  fields: [
    { name: "given_name", prepare: "text", q: 2, k: 6, filter: "name" },
    { name: "surname", prepare: "text", q: 2, k: 6, filter: "name" },
    {
      name: "street_number",
      prepare: "digits",
      q: 1,
      positional: true,
      bitsPerField: 50,
      filter: "address",
    },
    { name: "address_1", prepare: "text", q: 2, bitsPerField: 50, filter: "address" },
    { name: "address_2", prepare: "text", q: 2, bitsPerField: 50, filter: "address" },
    { name: "suburb", prepare: "text", q: 2, bitsPerField: 50, filter: "address" },
    {
      name: "postcode",
      prepare: "digits",
      q: 1,
      positional: true,
      bitsPerField: 50,
      filter: "address",
    },
    { name: "state", prepare: "text", q: 2, bitsPerField: 50, filter: "address" },
    {
      name: "date_of_birth",
      prepare: "digits",
      q: 1,
      positional: true,
      bitsPerField: 100,
      filter: "dob",
    },
    {
      name: "soc_sec_id",
      prepare: "digits",
      q: 1,
      positional: true,
      bitsPerField: 100,
      filter: "ssn",
    },
  ],
};
