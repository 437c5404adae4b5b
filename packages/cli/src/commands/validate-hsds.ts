// `linli validate` of an Open Referral HSDS package: the tables joined, each counted.
import {
  type HsdsPackageResult,
  importHsdsPackage,
  type RowIssue,
  type UnattachedPhone,
} from "@linli/adapters/node";
import type { Context } from "../command.js";
import { type HsdsPackage, packageFiles } from "../hsds-files.js";
import { importOptions } from "../import-options.js";
import { vm } from "../locales/validate-merge.js";
import { issueGroupLines } from "./issue-groups.js";

/** What `validate --json` prints for a package. */
export interface PackageReport {
  readonly package: string;
  readonly files: readonly string[];
  readonly tables: HsdsPackageResult["tables"];
  readonly records: {
    organizations: number;
    services: number;
    phones: number;
    locations: number;
    /** Phones of nothing in the package, kept on their own (listed in `unattached`). */
    unattachedPhones: number;
  };
  readonly unattached: readonly UnattachedPhone[];
  readonly rejected: number;
  readonly issues: readonly RowIssue[];
}

/** Read a package, print what became of each table, and return its report. */
export async function checkPackage(ctx: Context, p: HsdsPackage): Promise<PackageReport> {
  const options = await importOptions(ctx);
  const r = await importHsdsPackage(await packageFiles(p), options);
  const services = r.organizations.flatMap((o) => o.services ?? []);
  const records = {
    organizations: r.organizations.length,
    services: services.length,
    phones:
      r.organizations.reduce((n, o) => n + (o.phones?.length ?? 0), 0) +
      services.reduce((n, s) => n + (s.phones?.length ?? 0), 0) +
      r.locations.reduce((n, l) => n + (l.phones?.length ?? 0), 0),
    locations: r.locations.length,
    unattachedPhones: r.phones.length,
  };
  const rejected = r.tables.reduce((n, t) => n + t.rejected, 0);
  if (!ctx.json) {
    const out = (s: string) => ctx.io.stdout.write(`${s}\n`);
    out(ctx.t(vm("validate.hsdsPackage", { name: p.name, tables: r.tables.length })));
    for (const t of r.tables) {
      const { read: _, ...counts } = t;
      out(ctx.t(vm(t.read ? "validate.hsdsTable" : "validate.hsdsUnread", counts)));
    }
    out(ctx.t(vm("validate.hsdsRecords", records)));
    for (const line of issueGroupLines(ctx, r.issues)) out(line);
  }
  return {
    package: p.name,
    files: p.files,
    tables: r.tables,
    records,
    unattached: r.phones,
    rejected,
    issues: r.issues,
  };
}
