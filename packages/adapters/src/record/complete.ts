import {
  type Column,
  citizenIdCheckChar,
  getColumn,
  hasColumnValue,
  type Localized,
  setColumn,
} from "@linli/core";
import type { AdapterMessageCode } from "../messages.js";
import { completeName, type NamePlan, namePlan } from "./name-parts.js";

/** The coordinate systems a file can state for its latitude and longitude columns. */
export type CoordinateSystem = "WGS84" | "GCJ-02" | "BD-09";

/** A problem found while completing a record, not yet placed in a row. */
export interface CompletionNote {
  /** The column key the note is about (its column names it in the message). */
  readonly key: string;
  readonly code: AdapterMessageCode;
  readonly params: Record<string, string | number | Localized>;
}

/** What completes the records of one table: defaults, coordinates, values a citizen ID gives. */
export interface CompletionPlan {
  /** Values for columns a row leaves empty: the schema's honest defaults, then the caller's. */
  readonly defaults: readonly (readonly [Column, unknown])[];
  /** Set on points without a coordinate system (the file's, or WGS-84). */
  readonly crs?: { readonly column: Column; readonly value: CoordinateSystem };
  /** The name and its parts, when the entity has both: the name is composed from the parts. */
  readonly name?: NamePlan;
  /** Person columns, when the entity has a citizen ID. */
  readonly person?: {
    readonly id: Column;
    readonly birthDate?: Column;
    readonly gender?: Column;
    readonly age?: Column;
  };
}

/** The completion plan of an entity's columns with the caller's defaults (by column key). */
export function completionPlan(
  byKey: ReadonlyMap<string, Column>,
  given: Readonly<Record<string, unknown>> | undefined,
  crs: CoordinateSystem | undefined,
  geoMapped: boolean,
): CompletionPlan {
  const defaults = new Map<string, readonly [Column, unknown]>();
  for (const c of byKey.values()) {
    const d = c.projection ? undefined : c.node.meta?.default;
    if (d !== undefined) defaults.set(c.key, [c, d]);
  }
  for (const [k, v] of Object.entries(given ?? {})) {
    const c = byKey.get(k);
    if (c) defaults.set(k, [c, v]);
  }
  const crsColumn = [...byKey.values()].find((c) => c.key.endsWith("geo.crs"));
  const name = namePlan(byKey);
  const id = byKey.get("citizenId");
  const birthDate = byKey.get("birthDate");
  const gender = byKey.get("gender");
  const age = byKey.get("age");
  return {
    defaults: [...defaults.values()],
    ...(crsColumn && geoMapped ? { crs: { column: crsColumn, value: crs ?? "WGS84" } } : {}),
    ...(name ? { name } : {}),
    ...(id && (birthDate || gender || age)
      ? {
          person: {
            id,
            ...(birthDate ? { birthDate } : {}),
            ...(gender ? { gender } : {}),
            ...(age ? { age } : {}),
          },
        }
      : {}),
  };
}

/**
 * The caller's defaults that a record's problems concern (a value under the same top-level
 * field) and that the row itself leaves empty, with the plan without them: a value given for
 * a whole file is left out of a row it would make invalid, so it never rejects the row.
 */
export function withoutGivenDefaults(
  plan: CompletionPlan,
  given: ReadonlySet<string>,
  plain: Record<string, unknown>,
  paths: readonly (readonly PropertyKey[])[],
): { dropped: (readonly [Column, unknown])[]; plan: CompletionPlan } {
  const tops = new Set(paths.map((p) => p[0]));
  const dropped = plan.defaults.filter(
    ([c]) => given.has(c.key) && tops.has(c.path[0]!) && !hasColumnValue(c, plain),
  );
  return {
    dropped,
    plan: { ...plan, defaults: plan.defaults.filter((d) => !dropped.includes(d)) },
  };
}

const SEX: Record<"male" | "female", Localized> = {
  male: { "zh-CN": "男", en: "male" },
  female: { "zh-CN": "女", en: "female" },
};

/** Birth date and sex in a canonical 18-character citizen ID whose check character is right. */
function fromId(id: unknown): { birthDate: string; gender: "male" | "female" } | undefined {
  if (typeof id !== "string" || id.length !== 18) return undefined;
  const body = id.slice(0, 17);
  if (!/^\d{17}$/.test(body) || citizenIdCheckChar(body) !== id[17]) return undefined;
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? "male" : "female",
  };
}

/** Ages (lowest, highest) a person born on `birth` (YYYY[-MM[-DD]]) has on `on` (YYYY-MM-DD). */
export function ageRange(birth: string, on: string): [number, number] {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (birth.length === 4) return [years - 1, years];
  const before = on.slice(5, 5 + birth.length - 5) < birth.slice(5);
  if (birth.length === 7 && on.slice(5, 7) === birth.slice(5, 7)) return [years - 1, years];
  return before ? [years - 1, years - 1] : [years, years];
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The day a record's age was recorded: its own creation or submission date, or today. */
function recordedOn(record: Record<string, unknown>): string {
  const meta = record.meta as { createdAt?: string; submission?: { at?: string } } | undefined;
  const at = meta?.submission?.at ?? meta?.createdAt;
  return typeof at === "string" && at.length >= 10 ? at.slice(0, 10) : today();
}

/**
 * Complete an assembled record in place: defaults for empty columns, the coordinate system of
 * a point without one, and birth date and sex from a valid citizen ID where the row gives none.
 * A birth date or sex that disagrees with the ID, and an age that disagrees with the birth
 * date, are noted (the row's own values are kept).
 */
export function complete(
  plan: CompletionPlan,
  record: Record<string, unknown>,
  notes: CompletionNote[] | undefined,
): void {
  for (const [column, value] of plan.defaults) {
    if (!hasColumnValue(column, record)) setColumn(record, column, value);
  }
  if (plan.name) completeName(plan.name, record);
  if (plan.crs) {
    const { column, value } = plan.crs;
    const geo = getColumn(record, { ...column, path: column.path.slice(0, -1) });
    if (geo && typeof geo === "object" && !("crs" in geo)) setColumn(record, column, value);
  }
  const p = plan.person;
  if (!p) return;
  const derived = fromId(getColumn(record, p.id));
  let birth = p.birthDate ? getColumn(record, p.birthDate) : undefined;
  if (derived && p.birthDate) {
    if (typeof birth !== "string") {
      setColumn(record, p.birthDate, derived.birthDate);
      birth = derived.birthDate;
    } else if (!derived.birthDate.startsWith(birth)) {
      notes?.push({
        key: p.birthDate.key,
        code: "derive.birthDate",
        params: { given: birth, fromId: derived.birthDate },
      });
    }
  }
  if (derived && p.gender) {
    const given = getColumn(record, p.gender);
    if (given === undefined) setColumn(record, p.gender, derived.gender);
    else if ((given === "male" || given === "female") && given !== derived.gender) {
      notes?.push({
        key: p.gender.key,
        code: "derive.gender",
        params: { given: SEX[given], fromId: SEX[derived.gender] },
      });
    }
  }
  const age = p.age ? getColumn(record, p.age) : undefined;
  if (notes && p.age && typeof age === "number" && typeof birth === "string") {
    const on = recordedOn(record);
    const [lo, hi] = ageRange(birth, on);
    // A year either way: registers round ages and are updated late.
    if (age < lo - 1 || age > hi + 1) {
      notes.push({
        key: p.age.key,
        code: "derive.age",
        params: { age, birthDate: birth, on, expected: lo === hi ? String(lo) : `${lo}–${hi}` },
      });
    }
  }
}
