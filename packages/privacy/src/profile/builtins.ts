import { en } from "../locales/en.js";
import { zhCN } from "../locales/zh-CN.js";
import type { BuiltinProfileName, SharingProfile } from "./types.js";

const described = (name: BuiltinProfileName) => ({
  "zh-CN": zhCN[`builtin.${name}`],
  en: en[`builtin.${name}`],
});

const ageBands = {
  action: "generalise",
  birthDate: "age-band",
  bandWidth: 10,
  topCode: 90,
} as const;

/**
 * The built-in sharing profiles. The reasons for each rule are in docs/privacy/profiles.md.
 *
 * - `internal`: everything kept, for the register holder's own staff. Its output is a
 *   canonical record.
 * - `partner-ngo`: for a supplies or services partner. Names and phones masked (王*伟,
 *   138****5678: enough to confirm a person at the door, not to look them up); citizen IDs
 *   and other documents replaced by keyed pseudonyms, so the partner can report back per
 *   person and the hub can link its reports, or dropped when no secret is given; birth dates
 *   as 10-year age bands (90+); addresses down to the building; vulnerabilities, quarantine
 *   status and other categories kept (the partner needs them to serve people); free text,
 *   unmapped source columns, survey submission details, place of origin, arrival date and
 *   health-check readings dropped. Other direct identifiers dropped.
 * - `public-statistics`: for published figures. No direct identifiers and no record IDs;
 *   quasi-identifiers and sensitive data generalised (age bands, addresses down to the
 *   community, other dates by month, categories and numbers kept for counting, other text
 *   dropped); free text and unmapped columns dropped. Combine with `suppressSmallCounts`.
 *
 * @example
 * ```ts
 * import { builtinProfiles } from "@linli/privacy";
 * builtinProfiles["partner-ngo"].kinds?.phone; // "mask"
 * Object.keys(builtinProfiles); // ["internal", "partner-ngo", "public-statistics"]
 * ```
 */
export const builtinProfiles: Readonly<Record<BuiltinProfileName, SharingProfile>> = {
  internal: {
    name: "internal",
    description: described("internal"),
    classes: { direct: "keep", quasi: "keep", sensitive: "keep", none: "keep" },
  },
  "partner-ngo": {
    name: "partner-ngo",
    description: described("partner-ngo"),
    classes: { direct: "drop", quasi: "keep", sensitive: "keep", none: "keep" },
    kinds: {
      name: "mask",
      phone: "mask",
      "citizen-id": "pseudonymise",
      document: "pseudonymise",
      "birth-date": ageBands,
      address: { action: "generalise", level: "building" },
      "free-text": "drop",
    },
    fields: {
      "meta.submission": "drop",
      extra: "drop",
      origin: "drop",
      arrivalDate: "drop",
      temperature: "drop",
      symptoms: "drop",
      testResult: "drop",
    },
  },
  "public-statistics": {
    name: "public-statistics",
    description: described("public-statistics"),
    classes: { direct: "drop", quasi: "generalise", sensitive: "generalise", none: "keep" },
    kinds: {
      name: "drop",
      phone: "drop",
      "citizen-id": "drop",
      document: "drop",
      "birth-date": ageBands,
      date: { action: "generalise", date: "month" },
      address: { action: "generalise", level: "community" },
      "free-text": "drop",
      "record-id": "drop",
    },
    fields: {
      "meta.submission": "drop",
      extra: "drop",
    },
  },
};

/**
 * Names of the built-in profiles, e.g. for a CLI's `--profile` help.
 *
 * @example
 * ```ts
 * import { builtinProfileNames } from "@linli/privacy";
 * builtinProfileNames.includes("partner-ngo"); // true
 * ```
 */
export const builtinProfileNames: readonly BuiltinProfileName[] = [
  "internal",
  "partner-ngo",
  "public-statistics",
];
