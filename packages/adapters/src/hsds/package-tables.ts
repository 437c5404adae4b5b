import { expectArgument, expectText } from "@linli/core";
// Which HSDS 3.0 table a file of a package is: by its name (organizations.csv,
// simple_phones.csv), else by the columns of the tables linli joins.

/**
 * The tables of the HSDS 3.0 tabular form, by their file names.
 *
 * @example
 * ```ts
 * import { HSDS_TABLES } from "@linli/adapters";
 * HSDS_TABLES.includes("phones"); // true
 * ```
 */
export const HSDS_TABLES = [
  "organizations",
  "organization_identifiers",
  "services",
  "service_at_location",
  "service_areas",
  "locations",
  "addresses",
  "phones",
  "contacts",
  "schedules",
  "programs",
  "accessibility",
  "attributes",
  "cost_options",
  "funding",
  "languages",
  "metadata",
  "meta_table_descriptions",
  "required_documents",
  "taxonomies",
  "taxonomy_terms",
] as const;

/**
 * An HSDS table name.
 *
 * @example
 * ```ts
 * import type { HsdsTable } from "@linli/adapters";
 * const t: HsdsTable = "service_at_location";
 * ```
 */
export type HsdsTable = (typeof HSDS_TABLES)[number];

/** The tables linli reads into records; the others are reported as not read. */
export const READ_TABLES: ReadonlySet<HsdsTable> = new Set([
  "organizations",
  "organization_identifiers",
  "services",
  "service_at_location",
  "locations",
  "addresses",
  "phones",
  "contacts",
  "schedules",
]);

const singular = (t: string) =>
  t === "taxonomies" ? "taxonomy" : t === "addresses" ? "address" : t.replace(/s$/, "");
// Longest first, so that service_at_location wins over location(s).
const BY_LENGTH = [...HSDS_TABLES].sort((a, b) => b.length - a.length);

/** The HSDS table a file name names (`phones.csv`, `simple_phones.csv`, `Phone.xlsx`). */
export function tableOfName(file: string): HsdsTable | undefined {
  const base = file
    .slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1)
    .replace(/\.(csv|tsv|txt|xlsx|json)$/i, "")
    .toLowerCase()
    .replace(/[\s.-]+/g, "_");
  for (const t of BY_LENGTH) {
    for (const n of [t, singular(t), t === "service_at_location" ? "service_at_locations" : t]) {
      if (base === n || base.endsWith(`_${n}`)) return t;
    }
  }
  return undefined;
}

const has = (headers: readonly string[], ...keys: string[]) => {
  const set = new Set(headers.map((h) => h.trim().toLowerCase()));
  return keys.every((k) => set.has(k));
};
const PARENTS = ["organization_id", "service_id", "location_id", "contact_id"];

/**
 * The HSDS table of a file from its columns, for the tables that have no entity of their own:
 * phones (a number and the id of what it belongs to) and services (an organisation id and a
 * status).
 */
export function tableOfColumns(headers: readonly string[]): HsdsTable | undefined {
  const lower = headers.map((h) => h.trim().toLowerCase());
  if (has(lower, "id", "number") && PARENTS.some((p) => lower.includes(p))) return "phones";
  if (has(lower, "id", "organization_id", "name", "status") && !lower.includes("latitude")) {
    return "services";
  }
  if (has(lower, "id", "service_id", "location_id") && lower.length <= 5) {
    return "service_at_location";
  }
  return undefined;
}

/**
 * The HSDS table of a file: its name says it (`simple_phones.csv`), else its columns (for the
 * tables linli joins: phones, services, service_at_location).
 *
 * @example
 * ```ts
 * import { hsdsTableOf } from "@linli/adapters";
 * hsdsTableOf("export.csv", ["id", "organization_id", "number"]); // "phones"
 * ```
 */
export function hsdsTableOf(file: string, headers: readonly string[]): HsdsTable | undefined {
  expectText("hsdsTableOf", "file", file);
  expectArgument("hsdsTableOf", "headers", "texts", headers);
  const byName = tableOfName(file);
  if (byName) return byName;
  return tableOfColumns(headers);
}
