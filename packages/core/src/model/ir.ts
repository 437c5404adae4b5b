import type { $ZodType } from "zod/v4/core";
import { expectArgument } from "../i18n/argument.js";
import { fieldMeta } from "../schemas/define.js";
import type { FieldMeta } from "../schemas/meta.js";

/**
 * A small, serialisable description of a schema, read off the zod definitions. Code
 * generators (JSON Schema keywords, Effect Schema, fast-check arbitraries, docs, forms) work
 * from it so that none of them has to know zod's internals.
 */
export type Node = (
  | {
      readonly kind: "string";
      readonly minLength?: number;
      readonly maxLength?: number;
      /** Every pattern the value must match. */
      readonly patterns: readonly RegExp[];
      /** `date-partial`: a date to the day, the month or the year (1991-11-23, 1991-11, 1991). */
      readonly format?: "date" | "date-partial" | "date-time";
    }
  | {
      readonly kind: "number";
      readonly integer: boolean;
      readonly minimum?: number;
      readonly maximum?: number;
      readonly exclusiveMinimum?: number;
      readonly exclusiveMaximum?: number;
    }
  | { readonly kind: "boolean" }
  | { readonly kind: "null" }
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | {
      readonly kind: "array";
      readonly item: Node;
      readonly minItems?: number;
      readonly maxItems?: number;
    }
  | { readonly kind: "object"; readonly properties: readonly Property[]; readonly strict: boolean }
  | { readonly kind: "record"; readonly value: Node }
  | { readonly kind: "union"; readonly options: readonly Node[]; readonly discriminator?: string }
) & { readonly meta?: FieldMeta };

/** A property of an object node. */
export interface Property {
  readonly key: string;
  readonly node: Node;
  readonly required: boolean;
}

type Def = { type: string; [k: string]: unknown };
type CheckDef = { check: string; [k: string]: unknown };

const defOf = (s: $ZodType) => s._zod.def as unknown as Def;
const checksOf = (d: Def) =>
  ((d.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);

/**
 * Describe a zod schema as a {@link Node} tree.
 *
 * @example
 * ```ts
 * import { describe, Resident } from "@linli/core";
 * const node = describe(Resident);
 * node.kind; // "object"
 * ```
 */
export function describe(schema: $ZodType): Node {
  expectArgument("describe", "schema", "schema", schema);
  const meta = fieldMeta(schema);
  const node = describeBare(schema);
  return meta ? { ...node, meta } : node;
}

function describeBare(schema: $ZodType): Node {
  const d = defOf(schema);
  switch (d.type) {
    case "optional":
    case "nullable":
    case "readonly":
      if (d.type === "nullable") throw new Error("nullable is not part of the linli model");
      return describe(d.innerType as $ZodType);
    case "string":
      return describeString(d);
    case "number":
      return describeNumber(d);
    case "boolean":
      return { kind: "boolean" };
    case "null":
      return { kind: "null" };
    case "literal": {
      const values = d.values as unknown[];
      if (values.length !== 1 || typeof values[0] !== "string") {
        throw new Error("only single string literals are supported");
      }
      return { kind: "literal", value: values[0] };
    }
    case "enum":
      return { kind: "enum", values: Object.values(d.entries as Record<string, string>) };
    case "array": {
      let minItems: number | undefined;
      let maxItems: number | undefined;
      for (const c of checksOf(d)) {
        if (c.check === "min_length") minItems = c.minimum as number;
        else if (c.check === "max_length") maxItems = c.maximum as number;
        else throw new Error(`unsupported array check ${c.check}`);
      }
      return {
        kind: "array",
        item: describe(d.element as $ZodType),
        ...(minItems !== undefined ? { minItems } : {}),
        ...(maxItems !== undefined ? { maxItems } : {}),
      };
    }
    case "object": {
      const shape = d.shape as Record<string, $ZodType>;
      const catchall = d.catchall as $ZodType | undefined;
      return {
        kind: "object",
        strict: catchall !== undefined && defOf(catchall).type === "never",
        properties: Object.entries(shape).map(([key, s]) => ({
          key,
          node: describe(s),
          required: defOf(s).type !== "optional",
        })),
      };
    }
    case "record":
      if (checksOf(d).length > 0) throw new Error("record checks are not supported");
      return { kind: "record", value: describe(d.valueType as $ZodType) };
    case "union":
      return {
        kind: "union",
        options: (d.options as $ZodType[]).map(describe),
        ...(typeof d.discriminator === "string" ? { discriminator: d.discriminator } : {}),
      };
    default:
      throw new Error(`unsupported zod type ${d.type}`);
  }
}

function describeString(d: Def): Node {
  let minLength: number | undefined;
  let maxLength: number | undefined;
  const patterns: RegExp[] = [];
  let format: "date" | "date-partial" | "date-time" | undefined;
  // String formats such as z.iso.date() carry their check on the def itself.
  const own = typeof d.check === "string" ? [d as unknown as CheckDef] : [];
  for (const c of [...own, ...checksOf(d)]) {
    if (c.check === "min_length") minLength = c.minimum as number;
    else if (c.check === "max_length") maxLength = c.maximum as number;
    else if (c.check === "string_format") {
      if (c.format === "date") format = "date";
      else if (c.format === "date-partial") format = "date-partial";
      else if (c.format === "datetime") format = "date-time";
      else if (c.format !== "regex") throw new Error(`unsupported string format ${c.format}`);
      patterns.push(c.pattern as RegExp);
    } else throw new Error(`unsupported string check ${c.check}`);
  }
  return {
    kind: "string",
    patterns,
    ...(minLength !== undefined ? { minLength } : {}),
    ...(maxLength !== undefined ? { maxLength } : {}),
    ...(format ? { format } : {}),
  };
}

function describeNumber(d: Def): Node {
  let integer = false;
  const bounds: {
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    exclusiveMaximum?: number;
  } = {};
  for (const c of checksOf(d)) {
    if (c.check === "number_format" && c.format === "safeint") integer = true;
    else if (c.check === "greater_than") {
      if (c.inclusive) bounds.minimum = c.value as number;
      else bounds.exclusiveMinimum = c.value as number;
    } else if (c.check === "less_than") {
      if (c.inclusive) bounds.maximum = c.value as number;
      else bounds.exclusiveMaximum = c.value as number;
    } else throw new Error(`unsupported number check ${c.check}`);
  }
  return { kind: "number", integer, ...bounds };
}
