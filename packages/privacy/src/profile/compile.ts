import type { Localized, Node, PiiClass } from "@linli/core";
import { addressPart, type FieldFacts, kindOfField } from "./field-kind.js";
import { compileLeaf, DROP, type Leaf, type LeafInfo, type RunContext, setKey } from "./leaf.js";
import { guardRecordId } from "./record-id.js";
import type { Action, FieldKind, ResolvedProfile } from "./types.js";

/** A compiled profile for one entity, walking records the way the schema describes them. */
export type Plan = LeafPlan | ObjectPlan | ArrayPlan | UnionPlan;

interface LeafPlan {
  readonly t: "leaf";
  readonly leaf: Leaf;
  /** For values whose shape does not match the schema. */
  readonly mismatch: Leaf;
}
interface Prop {
  readonly plan: Plan;
  /** Required and personal: when the profile drops it, its object goes too. */
  readonly vital: boolean;
}
interface ObjectPlan {
  readonly t: "object";
  readonly props: ReadonlyMap<string, Prop>;
  readonly unknown: (key: string) => Leaf;
  readonly mismatch: Leaf;
}
interface ProjectionPlan {
  readonly match?: Readonly<Record<string, string>>;
  readonly index: number;
  readonly item: Plan;
}
interface ArrayPlan {
  readonly t: "array";
  readonly item: Plan;
  /** Item plans for elements that a column projection with its own override selects. */
  readonly projections: readonly ProjectionPlan[];
  readonly mismatch: Leaf;
}
interface UnionPlan {
  readonly t: "union";
  readonly discriminator: string;
  readonly options: readonly { readonly values: readonly string[]; readonly plan: Plan }[];
  readonly mismatch: Leaf;
}

/** Resolve the action of a field: column key, path, enclosing override, kind, class. */
export function resolveAction(
  profile: ResolvedProfile,
  keys: readonly (string | undefined)[],
  inherited: Action | undefined,
  kind: FieldKind,
  pii: PiiClass,
): Action {
  for (const k of keys) {
    // Own keys only: a column called __proto__ must not find Object.prototype.
    if (k !== undefined && Object.hasOwn(profile.fields, k)) return profile.fields[k]!;
  }
  return inherited ?? profile.kinds[kind] ?? profile.classes[pii];
}

/** Where compiled leaves are reported (only for the main walk, not projection variants). */
export type LeafSink = ((leaf: Leaf) => void) | undefined;

interface Walk {
  readonly profile: ResolvedProfile;
  readonly sink: LeafSink;
}

const SCALAR = new Set(["string", "number", "boolean", "enum", "literal", "null"]);
const isScalarNode = (n: Node): boolean =>
  SCALAR.has(n.kind) || (n.kind === "union" && n.options.every(isScalarNode));

const fallbackLabel = (key: string): Localized => ({ "zh-CN": key, en: key });

function freeTextLeaf(
  w: Walk,
  path: readonly string[],
  pii: PiiClass,
  inherited: Action | undefined,
): Leaf {
  const p = path.join(".");
  const info: LeafInfo = {
    path: p,
    kind: "free-text",
    pii,
    label: fallbackLabel(path[path.length - 1] ?? p),
    required: false,
  };
  return compileLeaf(info, resolveAction(w.profile, [p], inherited, "free-text", pii));
}

/**
 * Compile the plan of a schema node. `required`: the node must be present for the record to
 * be valid (required all the way up). `column` names the projection of one property.
 */
export function compileNode(
  w: Walk,
  node: Node,
  path: readonly string[],
  pii: PiiClass,
  inherited: Action | undefined,
  required: boolean,
  column?: { readonly property: string; readonly key: string },
): Plan {
  const meta = node.meta;
  const here = meta?.pii ?? pii;
  const p = path.join(".");
  const mismatch = freeTextLeaf(w, path, here, inherited);
  const scope =
    (p !== "" && Object.hasOwn(w.profile.fields, p) ? w.profile.fields[p] : undefined) ?? inherited;

  if (node.kind === "object") {
    const props = new Map<string, Prop>();
    for (const prop of node.properties) {
      const childPii = prop.node.meta?.pii ?? here;
      const plan = compileNode(
        w,
        prop.node,
        [...path, prop.key],
        childPii,
        scope,
        required && prop.required,
        column,
      );
      props.set(prop.key, { plan, vital: prop.required && childPii !== "none" });
    }
    const vitals: Leaf[] = [];
    for (const prop of props.values())
      if (prop.vital && prop.plan.t === "leaf") vitals.push(prop.plan.leaf);
    if (vitals.length > 0) {
      for (const prop of props.values()) if (prop.plan.t === "leaf") prop.plan.leaf.vitals = vitals;
    }
    const cache = new Map<string, Leaf>();
    const unknown = (key: string) => {
      let leaf = cache.get(key);
      if (!leaf) {
        leaf = freeTextLeaf(w, [...path, key], "sensitive", scope);
        cache.set(key, leaf);
      }
      return leaf;
    };
    return { t: "object", props, unknown, mismatch };
  }
  if (node.kind === "array" && !isScalarNode(node.item)) {
    const item = compileNode(w, node.item, path, here, scope, false);
    const projections: ProjectionPlan[] = [];
    for (const proj of meta?.columns ?? []) {
      if (!Object.hasOwn(w.profile.fields, proj.key)) continue;
      projections.push({
        ...(proj.match ? { match: proj.match } : {}),
        index: proj.index ?? 0,
        item: compileNode({ ...w, sink: undefined }, node.item, path, here, scope, false, {
          property: proj.property,
          key: proj.key,
        }),
      });
    }
    return { t: "array", item, projections, mismatch };
  }
  if (node.kind === "union" && !isScalarNode(node)) {
    const discriminator = node.discriminator ?? "type";
    const options = node.options.map((o) => {
      const d = o.kind === "object" ? o.properties.find((x) => x.key === discriminator) : undefined;
      const values =
        d?.node.kind === "literal" ? [d.node.value] : d?.node.kind === "enum" ? d.node.values : [];
      return { values, plan: compileNode(w, o, path, here, scope, required, column) };
    });
    return { t: "union", discriminator, options, mismatch };
  }
  // A leaf: a scalar, an array of scalars, or a union of scalars.
  const key = path[path.length - 1] ?? "";
  const facts: FieldFacts = {
    key,
    path,
    pii: here,
    ...(meta?.hxl ? { hxl: meta.hxl } : {}),
    ...(meta?.form ? { form: meta.form } : {}),
    node,
  };
  const kind = node.kind === "record" ? "free-text" : kindOfField(facts);
  const part = addressPart(facts);
  const columnKey = column && column.property === key ? column.key : undefined;
  const info: LeafInfo = {
    path: p,
    ...(columnKey ? { column: columnKey } : {}),
    kind,
    pii: here,
    ...(part && kind === "address" ? { part } : {}),
    label: meta?.label ?? fallbackLabel(key),
    required,
    ...(meta?.separator ? { separator: meta.separator } : {}),
  };
  const leaf = guardRecordId(
    compileLeaf(info, resolveAction(w.profile, [columnKey, p], inherited, kind, here)),
    w.profile,
  );
  w.sink?.(leaf);
  return { t: "leaf", leaf, mismatch };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const noSiblings = () => undefined;

function fitsLeaf(v: unknown): boolean {
  if (Array.isArray(v)) return v.every((x) => x === null || typeof x !== "object");
  return v === null || typeof v !== "object";
}

/** Run a plan on a value; {@link DROP} when nothing of it is shared. */
export function run(
  plan: Plan,
  value: unknown,
  ctx: RunContext,
  get: (key: string) => unknown,
  root = false,
): unknown {
  switch (plan.t) {
    case "leaf":
      return fitsLeaf(value) ? plan.leaf.run(value, get, ctx) : plan.mismatch.run(value, get, ctx);
    case "object": {
      if (!isObj(value)) return plan.mismatch.run(value, get, ctx);
      const out: Obj = {};
      const sibling = (k: string) => value[k];
      let lost = false;
      for (const [k, v] of Object.entries(value)) {
        const prop = plan.props.get(k);
        const r = prop ? run(prop.plan, v, ctx, sibling) : plan.unknown(k).run(v, sibling, ctx);
        if (r === DROP) {
          if (prop?.vital && v !== undefined) lost = true;
        } else if (r !== undefined) setKey(out, k, r);
      }
      if (root) return out;
      // An object emptied by the profile goes; one that came empty stays as it was.
      const emptied = Object.keys(out).length === 0 && Object.keys(value).length > 0;
      return lost || emptied ? DROP : out;
    }
    case "array": {
      if (!Array.isArray(value)) return plan.mismatch.run(value, get, ctx);
      const seen = plan.projections.map(() => 0);
      const out: unknown[] = [];
      for (const el of value) {
        let item = plan.item;
        plan.projections.forEach((proj, i) => {
          if (!matches(el, proj.match)) return;
          if (seen[i] === proj.index) item = proj.item;
          seen[i]!++;
        });
        const r = run(item, el, ctx, noSiblings);
        if (r !== DROP && r !== undefined) out.push(r);
      }
      return out.length > 0 || value.length === 0 ? out : DROP;
    }
    case "union": {
      const tag = isObj(value) ? value[plan.discriminator] : undefined;
      const option = plan.options.find((o) => typeof tag === "string" && o.values.includes(tag));
      return option ? run(option.plan, value, ctx, get) : plan.mismatch.run(value, get, ctx);
    }
  }
}

function matches(el: unknown, match: Readonly<Record<string, string>> | undefined): boolean {
  if (!isObj(el)) return false;
  if (!match) return true;
  for (const k in match) if (el[k] !== match[k]) return false;
  return true;
}
