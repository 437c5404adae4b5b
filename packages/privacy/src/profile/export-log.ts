import type { Localized, PiiClass } from "@linli/core";
import { type EntityName, entities, expectArgument } from "@linli/core";
import { profilePlan } from "./apply-profile.js";
import { builtinProfileNames } from "./builtins.js";
import { resolveProfile } from "./resolve-profile.js";
import type { Action, BuiltinProfileName, FieldKind, SharingProfile } from "./types.js";

/**
 * What {@link exportLog} needs: the profile, the entity, how many records were written,
 * and when; optionally the format, the output file, the pseudonym key id and the as-of day.
 *
 * @example
 * ```ts
 * import type { ExportLogInput } from "@linli/privacy";
 * const input: ExportLogInput = { profile: "partner-ngo", entity: "resident", count: 120, format: "csv" };
 * ```
 */
export interface ExportLogInput {
  readonly profile: SharingProfile | BuiltinProfileName;
  readonly entity: EntityName | string;
  readonly count: number;
  /** When the export was written. Default now. */
  readonly at?: Date | string;
  /** E.g. `csv`, `xlsx`, `json`, `html`. */
  readonly format?: string;
  /** The output file's name (not a full path: logs travel with the file). */
  readonly file?: string;
  /** The pseudonymizer's key id, when pseudonyms were written. */
  readonly keyId?: string;
  /** The as-of day of age bands. */
  readonly asOf?: Date | string;
}

/**
 * The small JSON log an export writes beside its output: which profile (with its full rules,
 * so the log alone says what was shared), when, how many records, and whether the output is
 * canonical records or a shared view.
 *
 * @example
 * ```ts
 * import type { ExportLog } from "@linli/privacy";
 * const log: ExportLog = {
 *   linli: "export-log",
 *   version: 1,
 *   at: "2022-01-05T08:00:00.000Z",
 *   entity: "resident",
 *   count: 120,
 *   view: "shared",
 *   profile: {
 *     name: "partner-ngo",
 *     builtin: true,
 *     description: { "zh-CN": "…", en: "…" },
 *     classes: { direct: "drop", quasi: "keep", sensitive: "keep", none: "keep" },
 *     kinds: {},
 *     fields: {},
 *   },
 * };
 * ```
 */
export interface ExportLog {
  readonly linli: "export-log";
  readonly version: 1;
  readonly at: string;
  readonly entity: string;
  readonly count: number;
  readonly format?: string;
  readonly file?: string;
  /** `canonical`: valid records; `shared`: a shared view (see `ProfilePlan.view`). */
  readonly view?: "canonical" | "shared";
  readonly keyId?: string;
  readonly asOf?: string;
  readonly profile: {
    readonly name: string;
    readonly builtin: boolean;
    readonly extends?: BuiltinProfileName;
    readonly description: Localized;
    readonly classes: Readonly<Record<PiiClass, Action>>;
    readonly kinds: Readonly<Partial<Record<FieldKind, Action>>>;
    readonly fields: Readonly<Record<string, Action>>;
  };
}

const day = (d: Date | string) => (typeof d === "string" ? d : d.toISOString().slice(0, 10));

/**
 * Build the log an export writes beside its output, e.g. as `<output file>.log.json` (see
 * {@link exportLogName}).
 *
 * @example
 * ```ts
 * import { exportLog } from "@linli/privacy";
 * const log = exportLog({
 *   profile: "partner-ngo",
 *   entity: "resident",
 *   count: 120,
 *   at: new Date("2022-01-05T08:00:00Z"),
 *   format: "csv",
 *   file: "居民-共享.csv",
 * });
 * log.profile.name; // "partner-ngo"
 * log.view; // "shared"
 * JSON.stringify(log, null, 2); // write it beside the CSV
 * ```
 */
export function exportLog(input: ExportLogInput): ExportLog {
  expectArgument("exportLog", "input", "object", input);
  const p = resolveProfile(input.profile);
  if (!Number.isInteger(input.count) || input.count < 0) {
    throw new RangeError(`exportLog: count must be a whole number ≥ 0, got ${input.count}`);
  }
  const at = input.at ?? new Date();
  const known = input.entity in entities;
  const builtin =
    typeof input.profile === "string" || builtinProfileNames.some((n) => resolveProfile(n) === p);
  return {
    linli: "export-log",
    version: 1,
    at: typeof at === "string" ? at : at.toISOString(),
    entity: input.entity,
    count: input.count,
    ...(input.format ? { format: input.format } : {}),
    ...(input.file ? { file: input.file } : {}),
    ...(known ? { view: profilePlan(input.entity as EntityName, input.profile).view } : {}),
    ...(input.keyId ? { keyId: input.keyId } : {}),
    ...(input.asOf ? { asOf: day(input.asOf) } : {}),
    profile: {
      name: p.name,
      builtin,
      ...(p.extends ? { extends: p.extends } : {}),
      description: p.description,
      classes: p.classes,
      kinds: p.kinds,
      fields: p.fields,
    },
  };
}

/**
 * The name of the log file for an output file: `居民.csv` → `居民.csv.log.json`.
 *
 * @example
 * ```ts
 * import { exportLogName } from "@linli/privacy";
 * exportLogName("居民-共享.xlsx"); // "居民-共享.xlsx.log.json"
 * ```
 */
export function exportLogName(file: string): string {
  return `${file}.log.json`;
}
