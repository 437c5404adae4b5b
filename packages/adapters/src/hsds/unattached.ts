// Phones of an HSDS package that belong to nothing in it. HSDS 3.0 makes every parent key of
// a phone optional, so such a phone is kept with its id rather than lost; its dangling
// references are withheld, never replaced by a guessed parent.
import type { Phone, WithheldCell } from "@linli/core";
import { clean, PHONE_TYPE } from "./parts.js";
import type { HsdsPhone } from "./types.js";
import { isUuid } from "./uuid.js";

/**
 * A phone of an HSDS package whose parent (organisation, service, service at location,
 * location or contact) is nowhere in the package, or that names none: kept as a phone of its
 * own (`HsdsPackageResult.phones`). The references that lead nowhere, and a number that
 * cannot be read, are in `withheld` with their raw text, each reported as an issue.
 *
 * @example
 * ```ts
 * import type { UnattachedPhone } from "@linli/adapters";
 * const p: UnattachedPhone = {
 *   id: "e9c19752-c8d4-494f-b527-b65c9c86c8ce",
 *   kind: "mobile",
 *   note: "Managers number",
 *   withheld: [{ column: "phones.csv › service_at_location_id", value: "c54183ce-…", code: "hsds.dangling" }],
 *   file: "phones.csv",
 *   row: 6,
 * };
 * ```
 */
export interface UnattachedPhone {
  /** The phone's HSDS id (`<file>#<row>` when the row has none). */
  readonly id: string;
  /** The number in linli's canonical form, when it could be read. */
  readonly number?: string;
  readonly kind?: Phone["kind"];
  /** The row's description, its type when not voice or cell, and its extension. */
  readonly note?: string;
  /** Cells left out, with their raw text: dangling references (`hsds.dangling`), an unreadable number. */
  readonly withheld: readonly WithheldCell[];
  readonly file: string;
  readonly row: number;
}

/**
 * HSDS phones with no parent link for the unattached phones of a package. HSDS requires a
 * number: one linli could not read is written as the file gave it, so nothing is lost.
 */
export function hsdsUnattached(
  phones: Iterable<UnattachedPhone>,
  id: (key: string) => string,
): HsdsPhone[] {
  const out: HsdsPhone[] = [];
  for (const p of phones) {
    const raw = p.withheld.find((w) => w.column.endsWith("› number"))?.value;
    const number = p.number ?? raw;
    if (number === undefined) continue;
    out.push(
      clean({
        id: isUuid(p.id) ? p.id.toLowerCase() : id(`phone/${p.id}`),
        number,
        type: p.kind ? PHONE_TYPE[p.kind] : undefined,
        description: p.note,
      } as HsdsPhone),
    );
  }
  return out;
}
