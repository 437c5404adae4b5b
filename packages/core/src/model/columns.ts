import type { $ZodType } from "zod/v4/core";
import { expectArgument } from "../i18n/argument.js";
import type { Localized } from "../i18n/types.js";
import type { OptionWords } from "../schemas/choice.js";
import type { ColumnProjection, FieldMeta, FormHint, PiiClass } from "../schemas/meta.js";
import { describe, type Node } from "./ir.js";

/**
 * One column of an entity's flat, spreadsheet-shaped view: a scalar field (`name`,
 * `address.building`), an array of scalars in one cell (`vulnerabilities`), or a value
 * projected out of an array of objects (`citizenId` out of `identifiers[]`).
 */
export interface Column {
  /** Stable key used in mappings and exports: a dotted path or a projection key. */
  readonly key: string;
  /** Path of the field (for projections: of the array). */
  readonly path: readonly string[];
  readonly projection?: ColumnProjection;
  readonly label: Localized;
  /** Labels of the enclosing objects, outermost first, e.g. 住址 for `address.building`. */
  readonly context: readonly Localized[];
  readonly description?: Localized;
  readonly hxl?: string;
  readonly pii: PiiClass;
  readonly aliases: readonly string[];
  readonly form?: FormHint;
  readonly options?: Readonly<Record<string, Localized>>;
  /** Synonyms, codes and hints of the options, from the field's `vocabulary`. */
  readonly vocabulary?: Readonly<Record<string, OptionWords>>;
  /** The value's node: a scalar, or an array of scalars when `separator` is set. */
  readonly node: Node;
  /** Separator for arrays of scalars written into one cell. */
  readonly separator?: string;
  /** The field must be present for the record to be valid. */
  readonly required: boolean;
}

const scalarKinds = new Set(["string", "number", "boolean", "enum", "literal"]);

/**
 * The flat columns of an entity, in schema order.
 *
 * @example
 * ```ts
 * import { columns, Resident } from "@linli/core";
 * columns(Resident).map((c) => c.key);
 * // ["meta.id", …, "name", "gender", "birthDate", "citizenId", "passport", …, "phone", …]
 * ```
 */
export function columns(schema: $ZodType): readonly Column[] {
  expectArgument("columns", "schema", "schema", schema);
  const cached = cache.get(schema);
  if (cached) return cached;
  const out: Column[] = [];
  const root = describe(schema);
  if (root.kind !== "object") throw new Error("columns() needs an object schema");
  walk(root, [], [], true, out);
  cache.set(schema, out);
  return out;
}
const cache = new WeakMap<$ZodType, readonly Column[]>();

function walk(
  node: Extract<Node, { kind: "object" }>,
  path: string[],
  context: Localized[],
  required: boolean,
  out: Column[],
): void {
  for (const p of node.properties) {
    const meta = p.node.meta;
    const at = [...path, p.key];
    const req = required && p.required;
    const n = p.node;
    if (n.kind === "object") {
      walk(n, at, meta ? [...context, meta.label] : context, req, out);
    } else if (n.kind === "array" && (n.item.kind === "object" || n.item.kind === "union")) {
      for (const proj of meta?.columns ?? []) {
        out.push(projected(at, context, proj, n.item));
      }
    } else if (n.kind === "union" && n.options.every((o) => o.kind === "object")) {
      // A union of objects has no single flat shape; it is reached through projections.
    } else if (
      meta &&
      (scalarKinds.has(n.kind) || (n.kind === "array" && scalarKinds.has(n.item.kind)))
    ) {
      out.push(plain(at, context, meta, n, req));
    }
  }
}

function plain(
  path: string[],
  context: Localized[],
  meta: FieldMeta,
  node: Node,
  required: boolean,
): Column {
  const options = meta.options ?? (node.kind === "array" ? node.item.meta?.options : undefined);
  const vocabulary =
    meta.vocabulary ?? (node.kind === "array" ? node.item.meta?.vocabulary : undefined);
  return {
    key: path.join("."),
    path,
    label: meta.label,
    context,
    ...(meta.description ? { description: meta.description } : {}),
    ...(meta.hxl ? { hxl: meta.hxl } : {}),
    pii: meta.pii,
    aliases: meta.aliases ?? [],
    ...(meta.form ? { form: meta.form } : {}),
    ...(options ? { options } : {}),
    ...(vocabulary ? { vocabulary } : {}),
    node,
    ...(node.kind === "array" ? { separator: meta.separator ?? "、" } : {}),
    required,
  };
}

function projected(
  path: string[],
  context: Localized[],
  proj: ColumnProjection,
  item: Node,
): Column {
  const elementNode = (item.kind === "object" ? item : undefined)?.properties.find(
    (p) => p.key === proj.property,
  );
  const node = elementNode?.node ?? unionProperty(item, proj);
  if (!node) throw new Error(`projection ${proj.key}: no property ${proj.property}`);
  return {
    key: proj.key,
    path,
    projection: proj,
    label: proj.label,
    context,
    ...(proj.description ? { description: proj.description } : {}),
    ...(proj.hxl ? { hxl: proj.hxl } : {}),
    pii: proj.pii,
    aliases: proj.aliases ?? [],
    ...(proj.form ? { form: proj.form } : {}),
    node,
    // A projection selects one element among many; the array itself decides what is required.
    required: false,
  };
}

function unionProperty(item: Node, proj: ColumnProjection): Node | undefined {
  if (item.kind !== "union") return undefined;
  for (const option of item.options) {
    if (option.kind !== "object") continue;
    const matches = Object.entries(proj.match ?? {}).every(([k, v]) => {
      const n = option.properties.find((p) => p.key === k)?.node;
      return (
        (n?.kind === "literal" && n.value === v) || (n?.kind === "enum" && n.values.includes(v))
      );
    });
    if (matches) return option.properties.find((p) => p.key === proj.property)?.node;
  }
  return undefined;
}
