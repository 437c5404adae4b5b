import { expectArgument, type Location, type Organization } from "@linli/core";
import { ImportError } from "../errors.js";
import { importRecords } from "../import/import-records.js";
import { adapterMessage } from "../messages.js";
import { type ExportFile, readTables, type SubmissionTable } from "../odk/tables.js";
import type { CoordinateSystem } from "../record/complete.js";
import { checkPhoneCountry } from "../record/phone-country.js";
import type { ImportLimits, RowIssue } from "../types.js";
import type { UserVocabulary } from "../vocabulary/vocabulary.js";
import { Joiner } from "./joiner.js";
import { type HsdsTable, hsdsTableOf, READ_TABLES, tableOfName } from "./package-tables.js";
import { type HsdsRow, rowsOf } from "./rows.js";
import type { UnattachedPhone } from "./unattached.js";

/**
 * Options of {@link importHsdsPackage}.
 *
 * @example
 * ```ts
 * import type { HsdsPackageOptions } from "@linli/adapters";
 * const options: HsdsPackageOptions = { crs: "WGS84", vocabulary: { kind: { ngo: ["charity"] } } };
 * ```
 */
export interface HsdsPackageOptions {
  /** The user's words for choices of organisations and locations (see `ImportOptions.vocabulary`). */
  readonly vocabulary?: UserVocabulary;
  /** The coordinate system of the locations' latitude and longitude. Default WGS-84. */
  readonly crs?: CoordinateSystem;
  /** Where phone numbers without a country code are from (ISO 3166, e.g. `"US"`); default China. */
  readonly phoneCountry?: string;
  readonly limits?: ImportLimits;
}

/**
 * What became of one table of an HSDS package: `rows` non-empty rows, `kept` as records or
 * joined into one, `rejected` listed in the issues and not imported. A table linli has no
 * place for is `read: false`.
 *
 * @example
 * ```ts
 * import type { HsdsTableSummary } from "@linli/adapters";
 * const s: HsdsTableSummary = {
 *   file: "phones.csv", table: "phones", read: true, rows: 5, kept: 5, rejected: 0, withheldRows: 1, withheldCells: 2,
 * };
 * ```
 */
export interface HsdsTableSummary {
  readonly file: string;
  readonly table: HsdsTable;
  readonly read: boolean;
  readonly rows: number;
  readonly kept: number;
  readonly rejected: number;
  /** Kept rows with cells withheld (counted in `kept` too). */
  readonly withheldRows: number;
  /** Cells withheld from the records, kept in their `meta.withheld` (or an unattached phone's `withheld`). */
  readonly withheldCells: number;
}

/**
 * The records of an HSDS package and an account of every row.
 *
 * @example
 * ```ts
 * import type { HsdsPackageResult } from "@linli/adapters";
 * const phones = (r: HsdsPackageResult) => r.organizations.flatMap((o) => o.phones ?? []);
 * ```
 */
export interface HsdsPackageResult {
  /** Organisations with their services, phones, contacts and identifiers joined in. */
  readonly organizations: Organization[];
  /** Locations with their address, phones and `organizationId`. */
  readonly locations: Location[];
  /**
   * Phones that belong to nothing in the package: their organisation, service, service at
   * location, location or contact is not in it, or they name none (HSDS makes every parent
   * key of a phone optional). Kept with their id; the references leading nowhere are
   * withheld (`withheld`, issue `hsds.dangling`), no parent is guessed. `toHsds` writes them
   * back (its `phones` option).
   */
  readonly phones: UnattachedPhone[];
  /** The table file and row each record was read from, in the order of `organizations` and `locations`. */
  readonly origins: {
    readonly organizations: { file: string; row: number }[];
    readonly locations: { file: string; row: number }[];
  };
  /** Every rejection, withheld cell, warning and note, in zh-CN and en with file and row. */
  readonly issues: RowIssue[];
  readonly tables: HsdsTableSummary[];
}

/**
 * The files of a list that name HSDS tables, when they make a package: an organisations,
 * services or locations table and at least one other.
 *
 * @example
 * ```ts
 * import { hsdsPackageFiles } from "@linli/adapters";
 * hsdsPackageFiles(["hsds/organizations.csv", "hsds/phones.csv", "notes.txt"]);
 * // ["hsds/organizations.csv", "hsds/phones.csv"]
 * ```
 */
export function hsdsPackageFiles(names: readonly string[]): string[] | undefined {
  expectArgument("hsdsPackageFiles", "names", "texts", names);
  const found = names.filter((n) => tableOfName(n) !== undefined);
  const main = found.some((n) =>
    ["organizations", "services", "locations"].includes(tableOfName(n)!),
  );
  return main && found.length >= 2 ? found : undefined;
}

/**
 * Read an Open Referral HSDS 3.0 package — the CSV (or XLSX) tables of one folder, such as
 * organizations.csv, services.csv, locations.csv and phones.csv — into linli records, joined
 * by id: services go into their organisation's `services` (HSDS services have no entity of
 * their own in linli), phones to the service, location or organisation (or its contact)
 * they belong to, addresses and `organization_id` to locations, schedules and
 * service_at_location to services. Unreadable cells are withheld (kept in the record's
 * `meta.withheld`). A phone whose parent is nowhere in the package is kept in `phones` with
 * the dangling reference withheld; another row whose parent is nowhere is listed with its
 * reason, never dropped silently; tables linli has no place for are named in a note.
 *
 * @example
 * ```ts
 * import { importHsdsPackage } from "@linli/adapters";
 * const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
 * const { organizations } = await importHsdsPackage([
 *   file("organizations.csv", "id,name\no1,Food Bank\n"),
 *   file("phones.csv", "id,organization_id,number\np1,o1,+44 20 7946 0000\n"),
 * ]);
 * organizations[0]?.phones?.[0]?.number; // "+442079460000"
 * ```
 */
export async function importHsdsPackage(
  files: readonly ExportFile[],
  options: HsdsPackageOptions = {},
): Promise<HsdsPackageResult> {
  expectArgument("importHsdsPackage", "files", "object", files);
  expectArgument("importHsdsPackage", "options", "options", options);
  const tables: { table: HsdsTable; t: SubmissionTable; file: ExportFile }[] = [];
  for (const file of files) {
    for (const t of readTables(file)) {
      const table = hsdsTableOf(t.name, t.headers) ?? hsdsTableOf(file.name, t.headers);
      if (table) tables.push({ table, t, file });
    }
  }
  const names = files.map((f) => f.name);
  const main = tables.some((x) => ["organizations", "services", "locations"].includes(x.table));
  if (
    !main ||
    tables.length < 2 ||
    !tables.every((x) => x.t.headers.some((h) => h.trim() === "id"))
  ) {
    throw new ImportError("hsds.noPackage", { file: names.join(", "), files: names.join(", ") });
  }
  const phoneCountry = checkPhoneCountry(options.phoneCountry, names.join(", "));
  const j = new Joiner(phoneCountry);
  const of = (...which: HsdsTable[]) => tables.filter((x) => which.includes(x.table));

  for (const { table, t, file } of of("organizations", "locations")) {
    const entity = table === "organizations" ? "organization" : "location";
    const xlsx = readTables(file).length > 1 || /\.xlsx$/i.test(file.name);
    const run = importRecords(file.bytes, {
      entity,
      fileName: file.name,
      ...(xlsx ? { sheet: t.name } : {}),
      ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
      ...(options.crs ? { crs: options.crs } : {}),
      ...(phoneCountry ? { phoneCountry } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
    for await (const r of run) {
      if (r.kind === "record") {
        for (const w of r.warnings) j.issues.push(w);
        j.add(entity, r.record as Organization & Location, file.name, r.row);
      } else if (r.kind === "rejected") for (const i of r.issues) j.issues.push(i);
    }
    const s = await run.summary();
    j.count(file.name, table, s.rowsRead - s.emptySkipped, s.accepted, s.rejected, [
      s.withheldRows,
      s.withheldCells,
    ]);
  }
  const each = (table: HsdsTable, f: (r: HsdsRow, file: string) => void) => {
    for (const x of of(table)) j.table(x.file.name, table, rowsOf(x.t), f);
  };
  each("organization_identifiers", (r, f) => j.identifier(r, f));
  each("contacts", (r, f) => j.contact(r, f));
  each("services", (r, f) => j.service(r, f));
  each("service_at_location", (r, f) => j.serviceAt(r, f));
  each("schedules", (r, f) => j.schedule(r, f));
  each("addresses", (r, f) => j.address(r, f));
  each("phones", (r, f) => j.phone(r, f));
  for (const { table, t, file } of tables) {
    if (READ_TABLES.has(table)) continue;
    const rows = rowsOf(t).length;
    j.count(file.name, table, rows, 0, 0, [0, 0], false);
    j.issues.push(note("hsds.unread", file.name, { table, rows }));
  }
  return j.done();
}

/** A file-level note. */
export function note(code: "hsds.unread", file: string, params: Record<string, unknown>): RowIssue {
  return {
    file,
    row: 0,
    code,
    severity: "warning",
    message: adapterMessage(code, { file, ...params } as Record<string, string>),
  };
}
