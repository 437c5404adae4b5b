import {
  type Column,
  columns,
  describe,
  type FieldMeta,
  identityColumns,
  type Localized,
  type Node,
  type Widget,
} from "@linli/core";
import type { $ZodType } from "zod/v4/core";
import type { FieldSpec, RepeatSpec, Scope, Spec } from "./spec.js";
import { elementOf, optionOf, propertyOf, schemaAt } from "./zod-at.js";

/** Every field and repeat an entity offers to forms, and the default selection in order. */
export interface Catalog {
  readonly specs: ReadonlyMap<string, Spec>;
  readonly defaults: readonly string[];
}

const cache = new WeakMap<$ZodType, Catalog>();
const scalar = new Set(["string", "number", "enum", "literal"]);

interface Ctx {
  readonly root: $ZodType;
  readonly columns: ReadonlyMap<string, Column>;
  readonly specs: Map<string, Spec>;
  readonly defaults: string[];
  /** Top-level fields a form asks for: the first way to identify a record (a name). */
  readonly asked: ReadonlySet<string>;
}

/** Read an entity schema's metadata into form field specs. Cached per schema. */
export function catalog(schema: $ZodType): Catalog {
  const hit = cache.get(schema);
  if (hit) return hit;
  const root = describe(schema);
  if (root.kind !== "object") throw new TypeError("forms need an object schema");
  const ctx: Ctx = {
    root: schema,
    columns: new Map(columns(schema).map((c) => [c.key, c])),
    specs: new Map(),
    defaults: [],
    asked: new Set(
      (identityColumns(schema)[0] ?? []).flatMap((c) => (c.projection ? [] : [c.key])),
    ),
  };
  walk(ctx, root, [], [], undefined, false);
  const out = { specs: ctx.specs, defaults: ctx.defaults };
  cache.set(schema, out);
  return out;
}

interface Group {
  readonly key: string;
  readonly label: Localized;
}

function walk(
  ctx: Ctx,
  node: Extract<Node, { kind: "object" }>,
  path: string[],
  scopes: Scope[],
  group: Group | undefined,
  hidden: boolean,
): void {
  for (const p of node.properties) {
    const n = p.node;
    const meta = n.meta;
    const at = [...path, p.key];
    const key = at.join(".");
    const isHidden = hidden || meta?.form?.hidden === true || meta?.form?.widget === "hidden";
    const ownGroup = meta?.form?.group;
    const g: Group | undefined =
      ownGroup && ownGroup !== group?.key ? { key: ownGroup, label: meta.label } : group;
    if (n.kind === "object") {
      const scope = { path: key, required: p.required };
      walk(ctx, n, at, [...scopes, scope], g, isHidden);
      continue;
    }
    if (n.kind === "array" && (n.item.kind === "object" || n.item.kind === "union")) {
      if (meta?.columns) {
        for (const proj of meta.columns) {
          const column = ctx.columns.get(proj.key);
          if (!column) continue;
          const spec = projected(ctx, column, scopes, g);
          add(ctx, spec, isHidden || proj.form?.hidden === true);
        }
      }
      if (n.item.kind === "object" && meta) {
        const spec = repeat(ctx, key, at, n, meta, p.required, scopes, g);
        // Arrays that the metadata already flattens into columns are repeats only on request.
        ctx.specs.set(key, spec);
        if (!isHidden && !meta.columns) ctx.defaults.push(key);
      }
      continue;
    }
    const column = ctx.columns.get(key);
    if (!meta || !column || !fillable(n)) continue;
    const schema = schemaAt(ctx.root, at);
    if (!schema) continue;
    const spec = plain({
      name: key,
      path: at,
      node: n,
      meta,
      schema,
      required: p.required || (path.length === 0 && ctx.asked.has(key)),
      scopes,
      group: g,
      column,
    });
    add(ctx, spec, isHidden);
  }
}

function add(ctx: Ctx, spec: FieldSpec, hidden: boolean): void {
  ctx.specs.set(spec.name, spec);
  if (!hidden) ctx.defaults.push(spec.name);
}

const fillable = (n: Node) =>
  scalar.has(n.kind) ||
  (n.kind === "array" && (n.item.kind === "enum" || n.item.kind === "string"));

function widgetOf(n: Node, meta: FieldMeta | undefined, form = meta?.form): Widget {
  if (form?.widget) return form.widget;
  if (n.kind === "enum" || n.kind === "literal") return "select";
  if (n.kind === "number") return "number";
  if (n.kind === "array") return "checkboxes";
  if (n.kind === "string" && (n.format === "date" || n.format === "date-partial")) return "date";
  if (n.kind === "string" && n.format === "date-time") return "datetime";
  return "text";
}

function optionsOf(n: Node, labels: FieldMeta["options"], words: FieldMeta["vocabulary"]) {
  const e = n.kind === "array" ? n.item : n;
  const values = e.kind === "enum" ? e.values : e.kind === "literal" ? [e.value] : undefined;
  const named = labels ?? e.meta?.options;
  const vocabulary = words ?? e.meta?.vocabulary;
  return values?.map((value) => {
    const w = vocabulary?.[value];
    const keywords = [...(w?.codes ?? []), ...(w?.synonyms ?? [])];
    return {
      value,
      label: named?.[value] ?? { "zh-CN": value, en: value },
      ...(keywords.length > 0 ? { keywords } : {}),
    };
  });
}

interface Plain {
  readonly name: string;
  readonly path: readonly string[];
  readonly node: Node;
  readonly meta: FieldMeta;
  readonly schema: $ZodType;
  readonly required: boolean;
  readonly scopes: readonly Scope[];
  readonly group: Group | undefined;
  /** Unset inside repeat items, whose properties are written directly. */
  readonly column?: Column;
}

function plain({
  name,
  path,
  node: n,
  meta,
  schema,
  required,
  scopes,
  group,
  column,
}: Plain): FieldSpec {
  const form = meta.form;
  const hint = form?.hint ?? meta.description;
  const options = optionsOf(n, meta.options, meta.vocabulary);
  return {
    name,
    path,
    ...(column ? { column } : {}),
    node: n,
    schema,
    label: meta.label,
    ...(hint ? { hint } : {}),
    ...(form?.placeholder ? { placeholder: form.placeholder } : {}),
    widget: widgetOf(n, meta),
    ...(form?.inputMode ? { inputMode: form.inputMode } : {}),
    ...(form?.autocomplete ? { autocomplete: form.autocomplete } : {}),
    ...(options ? { options } : {}),
    multiple: n.kind === "array",
    required,
    scopes,
    ...(group ? { group: group.key, groupLabel: group.label } : {}),
    ...(form?.order !== undefined ? { order: form.order } : {}),
    pii: meta.pii,
    ...(meta.hxl ? { hxl: meta.hxl } : {}),
  };
}

function projected(ctx: Ctx, column: Column, scopes: Scope[], group: Group | undefined): FieldSpec {
  const proj = column.projection!;
  const array = schemaAt(ctx.root, column.path);
  const element = array && elementOf(array);
  const option = element && optionOf(element, proj.match);
  const schema = option && propertyOf(option, proj.property);
  if (!schema) throw new TypeError(`no schema for column ${column.key}`);
  const meta: FieldMeta = {
    label: proj.label,
    pii: proj.pii,
    ...(proj.hxl ? { hxl: proj.hxl } : {}),
    ...(proj.description ? { description: proj.description } : {}),
    ...(proj.form ? { form: proj.form } : {}),
  };
  return plain({
    name: column.key,
    path: column.path,
    node: column.node,
    meta,
    schema,
    required: false,
    scopes,
    group,
    column,
  });
}

function repeat(
  ctx: Ctx,
  key: string,
  path: string[],
  n: Extract<Node, { kind: "array" }>,
  meta: FieldMeta,
  required: boolean,
  scopes: Scope[],
  group: Group | undefined,
): RepeatSpec {
  const schema = schemaAt(ctx.root, path)!;
  const element = elementOf(schema)!;
  const item: FieldSpec[] = [];
  if (n.item.kind === "object") {
    for (const p of n.item.properties) {
      const m = p.node.meta;
      const s = propertyOf(element, p.key);
      if (!m || !s || m.form?.hidden || !fillable(p.node)) continue;
      item.push(
        plain({
          name: p.key,
          path: [p.key],
          node: p.node,
          meta: m,
          schema: s,
          required: p.required,
          scopes: [],
          group: undefined,
        }),
      );
    }
  }
  const hint = meta.form?.hint ?? meta.description;
  return {
    name: key,
    path,
    node: n,
    schema,
    label: meta.label,
    ...(hint ? { hint } : {}),
    minItems: n.minItems ?? 0,
    ...(n.maxItems !== undefined ? { maxItems: n.maxItems } : {}),
    required,
    scopes,
    item,
    ...(group ? { group: group.key, groupLabel: group.label } : {}),
    ...(meta.form?.order !== undefined ? { order: meta.form.order } : {}),
    pii: meta.pii,
  };
}
