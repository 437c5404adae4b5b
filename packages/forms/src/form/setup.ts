import { type EntityName, entities, type Localized } from "@linli/core";
import { type Derivation, defaultDerivations } from "../derive/citizen-id.js";
import { type Catalog, catalog } from "../fields/catalog.js";
import { type FieldSpec, isRepeat, type RepeatSpec, type Spec } from "../fields/spec.js";
import { formMessage } from "../messages.js";
import { fieldsOf, type Rule } from "../rules/conditions.js";
import { defaultRules } from "../rules/presets.js";
import type { FormOptions, LayoutNode } from "./types.js";

/** The parts of a form fixed at creation. */
export interface Setup {
  readonly catalog: Catalog;
  /** Selected top-level fields and repeats, in form order. */
  readonly top: readonly Spec[];
  readonly selected: ReadonlyMap<string, Spec>;
  readonly rules: ReadonlyMap<string, Rule>;
  /** Fields whose value some rule reads. */
  readonly ruleInputs: ReadonlySet<string>;
  /** Derivations between top-level fields. */
  readonly derive: readonly Derivation[];
  /** Derivations inside each repeat's items, by property name. */
  readonly itemDerive: ReadonlyMap<string, readonly Derivation[]>;
  readonly maxItems: ReadonlyMap<string, number | undefined>;
  layout(t: (l: Localized) => string): LayoutNode[];
}

function fail(
  code: "forms.unknownField" | "forms.unsupportedField" | "forms.duplicateField",
  params: Record<string, string>,
): never {
  throw new TypeError(formMessage(code, params).en);
}

/** Select and check the fields, rules and derivations of a form. */
export function setup(options: FormOptions): Setup {
  const entity: EntityName = options.entity;
  const cat = catalog(entities[entity]);
  const names = options.fields ?? cat.defaults;
  const selected = new Map<string, Spec>();
  for (const name of names) {
    const spec = cat.specs.get(name);
    if (!spec)
      fail("forms.unknownField", { entity, field: name, expected: cat.defaults.join(", ") });
    if (selected.has(name)) fail("forms.duplicateField", { field: name });
    if (isRepeat(spec) && spec.item.length === 0)
      fail("forms.unsupportedField", { entity, field: name });
    selected.set(name, spec);
  }
  let top = [...selected.values()];
  // Metadata order applies to the default selection; an explicit list is kept as written.
  if (!options.fields)
    top = top
      .map((s, i) => ({ s, i }))
      .sort((a, b) => (a.s.order ?? 0) - (b.s.order ?? 0) || a.i - b.i)
      .map((x) => x.s);

  const known = (f: string) => {
    if (!cat.specs.has(f))
      fail("forms.unknownField", { entity, field: f, expected: cat.defaults.join(", ") });
  };
  const rules = new Map<string, Rule>();
  const ruleInputs = new Set<string>();
  for (const rule of options.rules ?? defaultRules(entity)) {
    known(rule.field);
    const reads = new Set<string>();
    if (rule.visibleWhen) fieldsOf(rule.visibleWhen, reads);
    if (rule.requiredWhen) fieldsOf(rule.requiredWhen, reads);
    for (const f of reads) known(f);
    // A rule about a field this form does not show has nothing to do.
    if (!selected.has(rule.field)) continue;
    rules.set(rule.field, rule);
    for (const f of reads) ruleInputs.add(f);
  }

  const repeats = top.filter(isRepeat);
  const fields = top.filter((s): s is FieldSpec => !isRepeat(s));
  const all = options.derive ?? [
    ...defaultDerivations(fields),
    ...repeats.flatMap((r) => prefixed(r, defaultDerivations(r.item))),
  ];
  const derive: Derivation[] = [];
  const itemDerive = new Map<string, Derivation[]>();
  for (const d of all) {
    const r = repeats.find((x) => d.from.startsWith(`${x.name}.`));
    if (!r) {
      if (selected.has(d.from)) derive.push(d);
      continue;
    }
    const strip = (n: string | undefined) => n?.slice(r.name.length + 1);
    const local = { from: strip(d.from)!, birthDate: strip(d.birthDate), sex: strip(d.sex) };
    itemDerive.set(r.name, [...(itemDerive.get(r.name) ?? []), local]);
  }

  const maxItems = new Map<string, number | undefined>();
  for (const r of repeats) maxItems.set(r.name, options.maxItems?.[r.name] ?? r.maxItems);

  return {
    catalog: cat,
    top,
    selected,
    rules,
    ruleInputs,
    derive,
    itemDerive,
    maxItems,
    layout: (t) => layout(top, t),
  };
}

function prefixed(r: RepeatSpec, ds: readonly Derivation[]): Derivation[] {
  const p = (n: string | undefined) => (n === undefined ? undefined : `${r.name}.${n}`);
  return ds.map((d) => ({ from: `${r.name}.${d.from}`, birthDate: p(d.birthDate), sex: p(d.sex) }));
}

function layout(top: readonly Spec[], t: (l: Localized) => string): LayoutNode[] {
  const out: LayoutNode[] = [];
  const groups = new Map<string, { type: "field" | "repeat"; key: string }[]>();
  for (const s of top) {
    const node = { type: isRepeat(s) ? ("repeat" as const) : ("field" as const), key: s.name };
    if (!s.group || !s.groupLabel) {
      out.push(node);
      continue;
    }
    const children = groups.get(s.group);
    if (children) children.push(node);
    else {
      const list = [node];
      groups.set(s.group, list);
      out.push({ type: "group", key: s.group, label: t(s.groupLabel), children: list });
    }
  }
  return out;
}
