import type { Localized, MessageParams } from "./types.js";

/**
 * How serious an issue is: an `error` rejects the value, a `warning` keeps it with a note, and
 * `withheld` says that an import left a cell it could not read out of the record (its text is
 * kept in the record's `meta.withheld`) and kept the rest of the row.
 */
export type Severity = "error" | "warning" | "withheld";

/**
 * A structured problem found in a value: a stable code for programs, a message in every
 * locale for people, and the params that filled the message.
 *
 * @example
 * ```ts
 * import { checkCitizenId } from "@linli/core";
 * const r = checkCitizenId("11010519491231002Y");
 * if (!r.ok) console.log(r.issues[0]?.code, r.issues[0]?.message["zh-CN"]);
 * ```
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Localized;
  readonly params?: MessageParams;
  /** Path inside a record, e.g. `["identifiers", 0, "value"]`, when the issue concerns a field. */
  readonly path?: readonly (string | number)[];
}
