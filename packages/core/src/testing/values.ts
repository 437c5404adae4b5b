import fc from "fast-check";
import { SCHEMA_VERSION } from "../generated/version.js";
import { citizenIdCheckChar } from "../identifiers/citizen-id/check-char.js";
import { creditCodeCheckChar } from "../identifiers/credit-code/check-char.js";
import * as pool from "./pools.js";

// Realistic building blocks for generated records. The generated arbitraries module picks
// them by field metadata (HXL tag, key); everything else is generated from the schema shape.

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Common characters first: fast-check biases towards small indexes, and so do real names. */
const surname = () => fc.constantFrom(...pool.SURNAMES);
const givenName = () =>
  fc
    .array(fc.constantFrom(...pool.GIVEN_CHARS), { minLength: 1, maxLength: 2 })
    .map((a) => a.join(""));

/** A Chinese person's name such as 王伟 or 欧阳娜娜. */
export const personName = () => fc.tuple(surname(), givenName()).map(([s, g]) => s + g);

const dateIn = (from: number, to: number) =>
  fc.date({
    min: new Date(Date.UTC(from, 0, 1)),
    max: new Date(Date.UTC(to, 11, 31)),
    noInvalidDate: true,
  });
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A birth date between 1925 and 2021. */
export const birthDate = () => dateIn(1925, 2021).map(isoDay);

/** A date around the lockdowns of 2020–2022. */
export const date = () => dateIn(2020, 2022).map(isoDay);

/** An instant around the lockdowns, in China Standard Time. */
export const dateTime = () =>
  dateIn(2020, 2022).map((d) => {
    const cst = new Date(d.getTime() + 8 * 3600_000);
    return `${cst.toISOString().slice(0, 19)}+08:00`;
  });

/** A valid 18-character citizen ID, mostly from Xi'an. */
export const citizenId = () =>
  fc
    .record({
      region: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...pool.XIAN_DISTRICTS.map((d) => d.code)) },
        { weight: 1, arbitrary: fc.constantFrom(...pool.OTHER_REGION_CODES) },
      ),
      birth: dateIn(1925, 2021),
      seq: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ region, birth, seq }) => {
      const body = `${region}${isoDay(birth).replaceAll("-", "")}${pad(seq, 3)}`;
      return body + citizenIdCheckChar(body);
    });

/** A Chinese mobile number such as 13800138000. */
export const mobile = () =>
  fc
    .tuple(fc.constantFrom(...pool.MOBILE_PREFIXES), fc.integer({ min: 0, max: 99_999_999 }))
    .map(([p, n]) => p + pad(n, 8));

/** A phone number in canonical form: mostly mobiles, some Xi'an landlines. */
export const phoneNumber = () =>
  fc.oneof(
    { weight: 5, arbitrary: mobile() },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 9_999_999 }).map((n) => `0298${pad(n, 7)}`) },
  );

/** A list of phones as the data model holds them. */
export const phones = (maxLength = 3) =>
  fc.array(
    fc.record(
      { number: phoneNumber(), kind: fc.constantFrom("mobile" as const, "landline" as const) },
      { requiredKeys: ["number"] },
    ),
    { minLength: 1, maxLength },
  );

/** Identity documents: usually one citizen ID, sometimes a passport or permit as well. */
export const identifiers = () =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: citizenId().map((value) => [{ scheme: "cn-citizen-id" as const, value }]),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            "passport" as const,
            "hk-macao-permit" as const,
            "taiwan-permit" as const,
          ),
          fc.stringMatching(/^[A-Z][0-9]{8}$/),
        )
        .map(([scheme, value]) => [{ scheme, value }]),
    },
  );

/** A valid unified social credit code of a social organisation or company in Xi'an. */
export const creditCode = () =>
  fc
    .tuple(
      fc.constantFrom("51", "52", "53", "91", "12"),
      fc.constantFrom(...pool.XIAN_DISTRICTS.map((d) => d.code)),
      fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{8}[0-9X]$/),
    )
    .map(([head, region, org]) => {
      const body = head + region + org;
      return body + creditCodeCheckChar(body);
    });

/** Organisation identifiers: a credit code. */
export const orgIdentifiers = () =>
  creditCode().map((value) => [{ scheme: "cn-uscc" as const, value }]);

/** A coherent Xi'an address with the requested keys (optional parts sometimes left out). */
export const address = (keys: readonly string[]) =>
  fc
    .record({
      district: fc.constantFrom(...pool.XIAN_DISTRICTS),
      streetIndex: fc.nat(),
      community: fc.tuple(
        fc.constantFrom(...pool.COMMUNITY_NAMES),
        fc.constantFrom(...pool.COMMUNITY_SUFFIXES),
      ),
      compound: fc.constantFrom(...pool.COMPOUNDS),
      building: fc.integer({ min: 1, max: 30 }),
      unit: fc.integer({ min: 1, max: 6 }),
      floor: fc.integer({ min: 1, max: 33 }),
      door: fc.integer({ min: 1, max: 4 }),
      lat: fc.double({ min: 34.1, max: 34.4, noNaN: true }),
      lon: fc.double({ min: 108.8, max: 109.1, noNaN: true }),
      keep: fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length }),
    })
    .map((a) => {
      const street = a.district.streets[a.streetIndex % a.district.streets.length]!;
      const room = `${a.floor}${pad(a.door, 2)}`;
      const full: Record<string, unknown> = {
        country: "CN",
        province: "陕西省",
        city: "西安市",
        district: a.district.name,
        street,
        community: a.community.join(""),
        compound: a.compound,
        building: String(a.building),
        unit: String(a.unit),
        floor: String(a.floor),
        room,
        line: `${a.compound}${a.building}号楼${a.unit}单元${room}`,
        divisionCode: a.district.code,
        postcode: "710000",
        geo: {
          lat: Math.round(a.lat * 1e6) / 1e6,
          lon: Math.round(a.lon * 1e6) / 1e6,
          crs: "GCJ-02",
        },
      };
      const out: Record<string, unknown> = {};
      keys.forEach((k, i) => {
        if (!(k in full)) throw new Error(`address(): no realistic value for "${k}"`);
        // District and building are kept always: registers nearly always have them.
        if (a.keep[i] || k === "district" || k === "building") out[k] = full[k];
      });
      return out;
    });

/** A short note such as 行动不便. */
export const text = (maxLength: number) =>
  fc
    .array(fc.constantFrom(...pool.PHRASES), { minLength: 1, maxLength: 3 })
    .map((a) => a.join("，").slice(0, maxLength));

/** An organisation name such as 丈八社区居民委员会. */
export const orgName = () => fc.constantFrom(...pool.ORGANISATIONS);
/** A supply item name such as 大米 or 食用油. */
export const itemName = () => fc.constantFrom(...pool.ITEMS.map(([name]) => name));
/** A unit of supplies such as 袋 or 桶. */
export const unit = () => fc.constantFrom(...new Set(pool.ITEMS.map(([, u]) => u)));
/** A place such as 东门卡口 or 社区服务站. */
export const placeName = () => fc.constantFrom(...pool.PLACES);
/** A quantity of supplies, 1 to 500. */
export const quantity = () => fc.integer({ min: 1, max: 500 });
/** A body temperature in °C with one decimal, 35.5 to 39.5. */
export const temperature = () => fc.integer({ min: 355, max: 395 }).map((t) => t / 10);

/** The metadata block of a record. */
export const recordMeta = (prefix: string) =>
  fc.record(
    {
      id: fc.uuid().map((u) => `${prefix}-${u}`),
      schemaVersion: fc.constant(SCHEMA_VERSION),
      source: fc.constantFrom("丈八社区", "科技路社区", "西八里村", "电子城街道"),
      createdAt: dateTime(),
    },
    { requiredKeys: ["id", "schemaVersion"] },
  );
