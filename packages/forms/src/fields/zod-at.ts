import type { $ZodType } from "zod/v4/core";

type Def = { type: string; [k: string]: unknown };
const defOf = (s: $ZodType) => s._zod.def as unknown as Def;

/** The schema inside `optional` and similar wrappers. */
export function bare(schema: $ZodType): $ZodType {
  let s = schema;
  for (;;) {
    const d = defOf(s);
    if (d.type !== "optional" && d.type !== "nullable" && d.type !== "readonly") return s;
    s = d.innerType as $ZodType;
  }
}

/** The schema of a property of an object schema. */
export function propertyOf(schema: $ZodType, key: string): $ZodType | undefined {
  const d = defOf(bare(schema));
  return d.type === "object" ? (d.shape as Record<string, $ZodType>)[key] : undefined;
}

/** The element schema of an array schema. */
export function elementOf(schema: $ZodType): $ZodType | undefined {
  const d = defOf(bare(schema));
  return d.type === "array" ? (d.element as $ZodType) : undefined;
}

function accepts(schema: $ZodType | undefined, value: string): boolean {
  if (!schema) return false;
  const d = defOf(bare(schema));
  if (d.type === "literal") return (d.values as unknown[]).includes(value);
  if (d.type === "enum") return Object.values(d.entries as Record<string, string>).includes(value);
  return false;
}

/**
 * The object schema among a union's options whose properties take the values of `match`
 * (e.g. the `cn-citizen-id` option of an identifier), or the schema itself when it is an
 * object.
 */
export function optionOf(
  schema: $ZodType,
  match: Readonly<Record<string, string>> | undefined,
): $ZodType | undefined {
  const s = bare(schema);
  const d = defOf(s);
  if (d.type === "object") return s;
  if (d.type !== "union") return undefined;
  return (d.options as $ZodType[]).find((o) =>
    Object.entries(match ?? {}).every(([k, v]) => accepts(propertyOf(o, k), v)),
  );
}

/** The schema at a path of property names, or `undefined`. */
export function schemaAt(schema: $ZodType, path: readonly string[]): $ZodType | undefined {
  let s: $ZodType | undefined = schema;
  for (const key of path) {
    if (!s) return undefined;
    s = propertyOf(s, key);
  }
  return s;
}
