// `linli convert` of an Open Referral HSDS package: its organisations (with their services
// and phones joined) or its locations, as the records of one input.

import type { HsdsPackageOptions, UnattachedPhone } from "@linli/adapters/node";
import { importHsdsPackage } from "@linli/adapters/node";
import type { EntityName } from "@linli/core";
import type { Context } from "./command.js";
import type { Input, InputSummary } from "./export-io.js";
import { type HsdsPackage, packageFiles } from "./hsds-files.js";

/**
 * The records of a package as one input: organisations, or locations; `phones()` gives, once
 * the records are read, the package's phones that belong to none of them.
 */
export function hsdsInput(
  _ctx: Context,
  p: HsdsPackage,
  options: { entity: "organization" | "location" } & HsdsPackageOptions,
): Input & { phones(): UnattachedPhone[] } {
  let done: InputSummary | undefined;
  let phones: UnattachedPhone[] = [];
  async function* records() {
    const { entity: _, ...given } = options;
    const r = await importHsdsPackage(await packageFiles(p), given);
    phones = r.phones;
    const read = r.tables.filter((t) => t.read);
    const sum = (k: "rows" | "kept" | "rejected") => read.reduce((n, t) => n + t[k], 0);
    done = {
      file: p.name,
      kind: "table",
      rowsRead: sum("rows"),
      accepted: sum("kept"),
      rejected: sum("rejected"),
      emptySkipped: 0,
      mapping: { entity: options.entity as EntityName, columns: [], notes: [] },
      issues: r.issues,
      rejectedRows: [],
    };
    yield* options.entity === "location" ? r.locations : r.organizations;
  }
  return {
    records: records() as Input["records"],
    summary: async () => done!,
    phones: () => phones,
  };
}
