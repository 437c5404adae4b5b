// `linli validate` of an Open Referral HSDS package: the tables joined, each counted.
import { type HsdsPackageResult, importHsdsPackage, type RowIssue } from "@linli/adapters/node";
import type { Context } from "../command.js";
import { vocabOption } from "../data-files.js";
import { type HsdsPackage, packageFiles } from "../hsds-files.js";
import { crsOption } from "../import-options.js";
import { vm } from "../locales/validate-merge.js";

const SHOWN = 20;

/** What `validate --json` prints for a package. */
export interface PackageReport {
  readonly package: string;
  readonly files: readonly string[];
  readonly tables: HsdsPackageResult["tables"];
  readonly records: { organizations: number; services: number; phones: number; locations: number };
  readonly rejected: number;
  readonly issues: readonly RowIssue[];
}

/** Read a package, print what became of each table, and return its report. */
export async function checkPackage(ctx: Context, p: HsdsPackage): Promise<PackageReport> {
  const vocabulary = await vocabOption(ctx);
  const crs = crsOption(ctx);
  const r = await importHsdsPackage(await packageFiles(p), {
    ...(vocabulary ? { vocabulary } : {}),
    ...(crs ? { crs } : {}),
  });
  const services = r.organizations.flatMap((o) => o.services ?? []);
  const records = {
    organizations: r.organizations.length,
    services: services.length,
    phones:
      r.organizations.reduce((n, o) => n + (o.phones?.length ?? 0), 0) +
      services.reduce((n, s) => n + (s.phones?.length ?? 0), 0) +
      r.locations.reduce((n, l) => n + (l.phones?.length ?? 0), 0),
    locations: r.locations.length,
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
    const groups = [
      ["validate.rejectedHead", r.issues.filter((i) => i.severity === "error")],
      ["validate.withheldHead", r.issues.filter((i) => i.severity === "withheld")],
      ["validate.warningsHead", r.issues.filter((i) => i.severity === "warning")],
    ] as const;
    for (const [head, list] of groups) {
      if (list.length === 0) continue;
      out(ctx.t(vm(head, { n: list.length })));
      for (const i of list.slice(0, SHOWN)) out(`    ${i.message[ctx.lang]}`);
      if (list.length > SHOWN) out(ctx.t(vm("validate.more", { n: list.length - SHOWN })));
    }
  }
  return { package: p.name, files: p.files, tables: r.tables, records, rejected, issues: r.issues };
}
