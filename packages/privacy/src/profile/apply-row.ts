import { type Column, columns, expectArgument } from "@linli/core";
import type { ApplyProfileOptions } from "./apply-profile.js";
import { resolveAction } from "./compile.js";
import { type EntityInput, type EntitySchema, entityOf, expectEntityInput } from "./entity.js";
import { addressPart, columnFacts, kindOfField } from "./field-kind.js";
import { asOfDay } from "./generalise-date.js";
import { compileLeaf, DROP, type Leaf, type LeafInfo, type RunContext, setKey } from "./leaf.js";
import { type ProfilePlan, type SharedField, summarise } from "./plan.js";
import { guardRecordId } from "./record-id.js";
import { expectProfile, resolveProfile } from "./resolve-profile.js";
import type { Action, BuiltinProfileName, ResolvedProfile, SharingProfile } from "./types.js";

/**
 * A column of a shared flat view: a {@link SharedField} with its column.
 *
 * @example
 * ```ts
 * import { rowProfiler } from "@linli/privacy";
 * const header = rowProfiler("resident", "partner-ngo").plan.columns.map((c) => c.label["zh-CN"]);
 * // ["记录编号", …, "姓名（部分隐藏）", "性别", "年龄段", …]
 * ```
 */
export interface SharedColumn extends SharedField {
  readonly key: string;
  readonly source: Column;
}

/**
 * What a profile does to an entity's flat rows; `columns` lists the output columns in order.
 *
 * @example
 * ```ts
 * import { rowProfiler, type RowPlan } from "@linli/privacy";
 * const plan: RowPlan = rowProfiler("resident", "public-statistics").plan;
 * plan.columns.some((c) => c.key === "citizenId"); // false
 * ```
 */
export interface RowPlan extends ProfilePlan {
  readonly columns: readonly SharedColumn[];
}

/**
 * A compiled profile for one entity's flat rows (`Record<column key, value>`), as exports
 * to CSV and XLSX write them.
 *
 * @example
 * ```ts
 * import { rowProfiler } from "@linli/privacy";
 * const share = rowProfiler("resident", "partner-ngo");
 * share({ name: "王小伟", phone: "13800138000", "address.room": "301" }); // { name: "王*伟", phone: "138****8000" }
 * ```
 */
export interface RowProfiler {
  (row: Readonly<Record<string, unknown>>): Record<string, unknown>;
  readonly plan: RowPlan;
}

interface CompiledRows {
  readonly leaves: ReadonlyMap<string, Leaf>;
  readonly order: readonly Leaf[];
  readonly unknown: (key: string) => Leaf;
  readonly mismatch: (key: string) => Leaf;
}
const cache = new WeakMap<ResolvedProfile, WeakMap<EntitySchema, CompiledRows>>();

function ancestors(profile: ResolvedProfile, path: readonly string[]): Action | undefined {
  for (let i = path.length - 1; i > 0; i--) {
    const k = path.slice(0, i).join(".");
    if (Object.hasOwn(profile.fields, k)) return profile.fields[k];
  }
  return undefined;
}

function compileRows(profile: ResolvedProfile, schema: EntitySchema): CompiledRows {
  let bySchema = cache.get(profile);
  if (!bySchema) {
    bySchema = new WeakMap();
    cache.set(profile, bySchema);
  }
  const hit = bySchema.get(schema);
  if (hit) return hit;
  const leaves = new Map<string, Leaf>();
  const order: Leaf[] = [];
  const mismatches = new Map<string, Leaf>();
  for (const column of columns(schema)) {
    const facts = columnFacts(column);
    const kind = kindOfField(facts);
    const part = addressPart(facts);
    const path = facts.path.join(".");
    const inherited = ancestors(profile, facts.path);
    const scheme = column.projection?.match?.scheme;
    const info: LeafInfo = {
      path,
      column: column.key,
      kind,
      pii: column.pii,
      ...(part && kind === "address" ? { part } : {}),
      ...(scheme ? { scope: scheme } : {}),
      label: column.label,
      required: column.required,
      ...(column.separator ? { separator: column.separator } : {}),
    };
    const leaf = guardRecordId(
      compileLeaf(info, resolveAction(profile, [column.key, path], inherited, kind, column.pii)),
      profile,
    );
    leaves.set(column.key, leaf);
    order.push(leaf);
    const freeText: LeafInfo = { ...info, kind: "free-text" };
    mismatches.set(
      column.key,
      compileLeaf(
        freeText,
        resolveAction(profile, [column.key, path], inherited, "free-text", column.pii),
      ),
    );
  }
  const unknownCache = new Map<string, Leaf>();
  const unknown = (key: string) => {
    let leaf = unknownCache.get(key);
    if (!leaf) {
      const info: LeafInfo = {
        path: key,
        kind: "free-text",
        pii: "sensitive",
        label: { "zh-CN": key, en: key },
        required: false,
      };
      leaf = compileLeaf(info, resolveAction(profile, [key], undefined, "free-text", "sensitive"));
      unknownCache.set(key, leaf);
    }
    return leaf;
  };
  const compiled = {
    leaves,
    order,
    unknown,
    mismatch: (key: string) => mismatches.get(key)!,
  };
  bySchema.set(schema, compiled);
  return compiled;
}

function rowPlan(
  entity: EntityInput,
  profile: SharingProfile | BuiltinProfileName,
  options: ApplyProfileOptions,
): RowPlan {
  const { name, schema } = entityOf(entity);
  const resolved = resolveProfile(profile);
  const { order } = compileRows(resolved, schema);
  const plan = summarise(
    resolved,
    name,
    order,
    options.pseudonymizer !== undefined,
    (l) => l.info.column!,
  );
  const byColumn = new Map(columns(schema).map((c) => [c.key, c]));
  const columnsOut: SharedColumn[] = plan.fields.map((f) => ({
    ...f,
    key: f.column!,
    source: byColumn.get(f.column!)!,
  }));
  return { ...plan, columns: columnsOut };
}

const isCell = (v: unknown) =>
  v === null ||
  typeof v !== "object" ||
  (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object"));

/**
 * Compile a profile for an entity's flat rows once; the function applies it to a row keyed
 * by column keys (`name`, `citizenId`, `address.building`, `vulnerabilities`…) and returns a
 * new row with the columns that remain, in input order. Keys that are no column of the
 * entity are treated as sensitive free text (kept only by profiles that keep free text).
 * A cell of an array column may be an array or text joined with the column's separator.
 *
 * @example
 * ```ts
 * import { rowProfiler } from "@linli/privacy";
 * const share = rowProfiler("resident", "public-statistics", { asOf: "2022-01-05" });
 * share({ name: "王小伟", birthDate: "1950-03-02", "address.community": "丈八社区", "address.room": "301", 楼长: "李四" });
 * // { birthDate: "70-79", "address.community": "丈八社区" }
 * ```
 */
export function rowProfiler(
  entity: EntityInput,
  profile: SharingProfile | BuiltinProfileName,
  options: ApplyProfileOptions = {},
): RowProfiler {
  expectEntityInput("rowProfiler", entity);
  expectProfile("rowProfiler", profile);
  expectArgument("rowProfiler", "options", "options", options);
  const { schema } = entityOf(entity);
  const c = compileRows(resolveProfile(profile), schema);
  const ctx: RunContext = {
    at: asOfDay(options.asOf),
    ...(options.pseudonymizer ? { pseudonymizer: options.pseudonymizer } : {}),
  };
  const fn = (row: Readonly<Record<string, unknown>>) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      const leaf = c.leaves.get(key);
      const get = (k: string) => {
        const prefix = leaf?.info.path.split(".").slice(0, -1) ?? [];
        return row[[...prefix, k].join(".")];
      };
      const chosen = !leaf ? c.unknown(key) : isCell(value) ? leaf : c.mismatch(key);
      const r = value === undefined ? undefined : chosen.run(value, get, ctx);
      if (r !== DROP && r !== undefined) setKey(out, key, r);
    }
    return out;
  };
  let plan: RowPlan | undefined;
  return Object.defineProperty(fn, "plan", {
    get: () => (plan ??= rowPlan(entity, profile, options)),
    enumerable: true,
  }) as RowProfiler;
}

/**
 * Apply a sharing profile to one flat row (see {@link rowProfiler}, which compiles once for
 * many rows).
 *
 * @example
 * ```ts
 * import { applyProfileToRow } from "@linli/privacy";
 * applyProfileToRow("resident", { name: "王伟", citizenId: "11010519491231002X" }, "partner-ngo");
 * // { name: "王*" }: the ID is dropped because no pseudonymizer was given
 * ```
 */
export function applyProfileToRow(
  entity: EntityInput,
  row: Readonly<Record<string, unknown>>,
  profile: SharingProfile | BuiltinProfileName,
  options: ApplyProfileOptions = {},
): Record<string, unknown> {
  expectEntityInput("applyProfileToRow", entity);
  expectProfile("applyProfileToRow", profile);
  expectArgument("applyProfileToRow", "row", "object", row);
  expectArgument("applyProfileToRow", "options", "options", options);
  return rowProfiler(entity, profile, options)(row);
}
