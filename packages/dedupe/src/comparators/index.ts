import { address } from "./address/address.js";
import { chineseName } from "./chinese-name/chinese-name.js";
import { citizenId } from "./citizen-id/citizen-id.js";
import { creditCode } from "./credit-code/credit-code.js";
import { date } from "./date/date.js";
import { exact } from "./exact/exact.js";
import { geo } from "./geo/geo.js";
import { identifier } from "./identifier/identifier.js";
import { numeric } from "./numeric/numeric.js";
import { orgName } from "./org-name/org-name.js";
import { orgNamePart } from "./org-name/parts.js";
import { phone } from "./phone/phone.js";
import { streetAddress } from "./street-address/street-address.js";
import { string } from "./string/string.js";
import { time } from "./time/time.js";

/**
 * The built-in comparator factories. A profile field may also name one by its key (with
 * default options): `comparator: "phone"`; names of your own comparators are resolved through
 * `options.comparators`.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const name = comparators.chineseName();
 * const dob = comparators.date({ withinDays: [31, 365] });
 * ```
 */
export const comparators = {
  /** Home addresses: compound, building, unit and room in their many spellings. */
  address,
  /** Chinese names: traditional and simplified, spaces, homophones, swapped given-name characters. */
  chineseName,
  /** GB 11643 citizen IDs: typos, the check character, 15-digit IDs. */
  citizenId,
  /** GB 32100 unified social credit codes. */
  creditCode,
  /** Dates in any format: day and month swapped, one-digit typos, within a number of days. */
  date,
  /** Equal or not, for codes and identifiers. */
  exact,
  /** Coordinates, by distance. */
  geo,
  /** An identifier in some system (a voucher, a form submission): equal or not, and decisive. */
  identifier,
  /** Numbers, by difference. */
  numeric,
  /** Organisation and facility names: place, number, branch, kind and proper name. */
  orgName,
  /** One part of organisation names (place, kind, number, branch, proper name), weighed alone. */
  orgNamePart,
  /** Phones in any format, Chinese and international. */
  phone,
  /** Any text, by Jaro-Winkler or Damerau-Levenshtein similarity. */
  string,
  /** Street addresses of organisations and sites: division, road and number. */
  streetAddress,
  /** Moments of events, by the minute and within hours. */
  time,
} as const;

export type { AddressParts } from "./address/address.js";
export { addressText, parseHomeAddress } from "./address/address.js";
export type { NameFeatures } from "./chinese-name/chinese-name.js";
export {
  latinSound,
  nameFeatures,
  splitChineseName,
  surnamePinyin,
} from "./chinese-name/chinese-name.js";
export { damerauLevenshtein } from "./damerau-levenshtein/damerau-levenshtein.js";
export type { DateFeatures, DateOptions } from "./date/date.js";
export type { GeoOptions } from "./geo/geo.js";
export { jaroWinkler } from "./jaro-winkler/jaro-winkler.js";
export type { NumericOptions } from "./numeric/numeric.js";
export type { OrgNameFeatures, OrgNamePart, OrgNameParts } from "./org-name/index.js";
export { kindsAgree, normalizeOrgName, parseOrgName } from "./org-name/index.js";
export type { PlaceRef } from "./place-names/index.js";
export { latinPlaces, leadingPlaces, placeShortName } from "./place-names/index.js";
export type { StreetAddressParts } from "./street-address/index.js";
export { parseStreetAddress } from "./street-address/index.js";
export type { StringOptions } from "./string/string.js";
export type { TimeOptions } from "./time/index.js";
