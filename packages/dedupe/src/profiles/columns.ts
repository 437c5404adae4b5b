import { type Column, columnGetter, columns } from "@linli/core";
import { DedupeOptionError } from "../errors/option-error.js";

type Schema = Parameters<typeof columns>[0];

/**
 * Reader of a linli column (see `columns()` in @linli/core): the canonical nested value, or,
 * for flat rows keyed by column key ("citizenId", "address.building"), that property.
 */
export function columnReader(schema: Schema, key: string): (record: unknown) => unknown {
  const column: Column | undefined = columns(schema).find((c) => c.key === key);
  if (!column) throw new DedupeOptionError("options.column", { key });
  const get = columnGetter(column);
  return (record) => {
    const v = get(record);
    if (v !== undefined) return v;
    return typeof record === "object" && record !== null
      ? (record as Record<string, unknown>)[key]
      : undefined;
  };
}

/** Several columns read into one multi-valued field (phone and phone2). */
export function columnsReader(
  schema: Schema,
  keys: readonly string[],
): (record: unknown) => unknown {
  const readers = keys.map((k) => columnReader(schema, k));
  const present = (v: unknown) => v !== undefined && v !== null && v !== "";
  return (record) => {
    // Most records have one value: no array for them.
    let first: unknown;
    let out: unknown[] | undefined;
    for (const r of readers) {
      const v = r(record);
      if (!present(v)) continue;
      if (first === undefined) first = v;
      else if (out) out.push(v);
      else out = [first, v];
    }
    return out ?? first;
  };
}
