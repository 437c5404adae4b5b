import { Organization } from "@linli/core";
import { address } from "../comparators/address/address.js";
import { creditCode } from "../comparators/credit-code/credit-code.js";
import { orgName } from "../comparators/org-name/org-name.js";
import { phone } from "../comparators/phone/phone.js";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { Profile } from "../types.js";
import { columnReader, columnsReader } from "./columns.js";

/**
 * Default profile for organisations: unified social credit code (two different valid codes
 * never link), name (legal forms and region prefixes folded), address and phones; blocking
 * on the code, the name's core, the phone and the address.
 *
 * @example
 * ```ts
 * import { dedupe } from "@linli/dedupe";
 * const { clusters } = dedupe(
 *   [{ name: "西安市阳光志愿者协会" }, { name: "阳光志愿者协会" }],
 *   { profile: "organization" },
 * );
 * ```
 */
export function organizationProfile(): Profile {
  const name = orgName();
  return {
    name: "organization",
    fields: [
      {
        name: "creditCode",
        get: columnReader(Organization, "creditCode"),
        comparator: creditCode(),
      },
      {
        name: "name",
        get: columnReader(Organization, "name"),
        comparator: name,
        termFrequency: true,
      },
      { name: "address", get: "address", comparator: address() },
      { name: "phone", get: columnsReader(Organization, ["phone", "phone2"]), comparator: phone() },
    ],
    blocking: [
      { name: "credit-code", on: ["creditCode"], maxBlockSize: 50 },
      {
        name: "name-core",
        on: ["name"],
        transform: (k) => name.features(k).core,
        maxBlockSize: 50,
      },
      { name: "phone", on: ["phone"], maxBlockSize: 50 },
      { name: "address", on: ["address"], maxBlockSize: 50 },
    ],
    cannotLink: ["creditCode"],
    threshold: DEFAULT_THRESHOLD,
  };
}
