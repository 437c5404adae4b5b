import { Organization } from "@linli/core";
import { creditCode } from "../comparators/credit-code/credit-code.js";
import { exact } from "../comparators/exact/exact.js";
import { phone } from "../comparators/phone/phone.js";
import { streetAddress } from "../comparators/street-address/street-address.js";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { Profile } from "../types.js";
import { columnReader, columnsReader } from "./columns.js";
import { nameBlocking, nameFields, roadNumberKey } from "./org-keys.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Identifiers other than the credit code that name one organisation wherever it is listed:
 * old organisation codes, other schemes (as "scheme:name:value"), and record ids that are
 * UUIDs, as Open Referral (HSDS) ids are.
 */
function otherIdentifiers(record: unknown): string[] | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const r = record as Record<string, unknown>;
  const out: string[] = [];
  if (typeof r.orgCode === "string") out.push(`cn-org-code:${r.orgCode}`);
  if (Array.isArray(r.identifiers)) {
    for (const i of r.identifiers as { scheme?: unknown; name?: unknown; value?: unknown }[]) {
      if (i?.scheme === "cn-uscc" || typeof i?.value !== "string") continue;
      out.push(`${String(i.scheme)}:${typeof i.name === "string" ? i.name : ""}:${i.value}`);
    }
  }
  const id = (r.meta as { id?: unknown } | undefined)?.id;
  if (typeof id === "string" && UUID.test(id)) out.push(`uuid:${id.toLowerCase()}`);
  return out.length === 0 ? undefined : out;
}

/**
 * Default profile for organisations and facilities: GB 32100 credit code (two different valid
 * codes never link), other identifiers (old organisation codes, HSDS ids, HXL `#org+code`),
 * the name by its parts, each weighed on its own (place, kind, number, branch, proper name;
 * term frequencies from the data on place, kind and proper name), street address by
 * division, road and number, and phones.
 * Blocking on the code, the identifiers, the name's parts, its proper name, its place and
 * kind, the phone, and road + number. m is read from the pairs that share a credit code or
 * another identifier (they are the same organisation), starting from priors of how people
 * re-type names and addresses; without such pairs the priors stand.
 *
 * @example
 * ```ts
 * import { dedupe } from "@linli/dedupe";
 * const { clusters } = dedupe(
 *   [{ name: "湖北省鄂州市第一人民医院" }, { name: "鄂州一医院" }, { name: "黄石市第一人民医院" }],
 *   { profile: "organization" },
 * );
 * ```
 */
export function organizationProfile(): Profile {
  return {
    name: "organization",
    fields: [
      {
        name: "creditCode",
        get: columnReader(Organization, "creditCode"),
        comparator: creditCode(),
      },
      { name: "identifier", get: otherIdentifiers, comparator: exact() },
      ...nameFields(columnReader(Organization, "name")),
      { name: "address", get: "address", comparator: streetAddress() },
      { name: "phone", get: columnsReader(Organization, ["phone", "phone2"]), comparator: phone() },
    ],
    blocking: [
      { name: "credit-code", on: ["creditCode"], maxBlockSize: 50 },
      { name: "identifier", on: ["identifier"], maxBlockSize: 50 },
      ...nameBlocking,
      { name: "phone", on: ["phone"], maxBlockSize: 50 },
      { name: "road-number", on: ["address"], transform: roadNumberKey, maxBlockSize: 50 },
    ],
    cannotLink: ["creditCode"],
    threshold: DEFAULT_THRESHOLD,
    estimateU: "candidates",
    training: [
      { rule: "credit-code", matches: true },
      { rule: "identifier", matches: true },
    ],
  };
}
