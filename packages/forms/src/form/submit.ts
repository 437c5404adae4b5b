import {
  describe,
  type EntityName,
  entities,
  fromZodIssue,
  type Localized,
  type Node,
} from "@linli/core";
import { safeParse } from "zod/v4/core";
import { formMessage } from "../messages.js";
import { ownerOf, setPath, writeField, writeItem } from "../record/build.js";
import type { Engine, Repeat } from "./engine.js";
import { itemKey } from "./ids.js";
import type { FormIssue } from "./types.js";

/** The record the form holds: `base`, then every shown, filled-in field and repeat. */
export function buildRecord(engine: Engine, base: Readonly<Record<string, unknown>> | undefined) {
  const record = structuredClone(base ?? {}) as Record<string, unknown>;
  // Catalog order keeps projections in place: the first phone before the second.
  const order = [...engine.setup.catalog.specs.keys()];
  const sorted = [...engine.fields].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  for (const spec of sorted) {
    const e = engine.entries.get(spec.name)!;
    if (e.state.visible && e.checked.value !== undefined) writeField(record, spec, e.checked.value);
  }
  for (const r of engine.repeats.values()) {
    if (!r.state.visible || r.items.length === 0) continue;
    const list = r.items.map((item) =>
      writeItem(new Map(engine.itemEntries(r, item).map((e) => [e.spec.name, e.checked.value]))),
    );
    setPath(record, r.spec.path, list);
  }
  return record;
}

const itemContext = (r: Repeat, item: string): Localized =>
  formMessage("forms.itemTitle", { item: r.spec.label, n: r.items.indexOf(item) + 1 });

/** Every shown field's and repeat's problem, in form order. */
export function fieldIssues(engine: Engine): FormIssue[] {
  const out: FormIssue[] = [];
  for (const spec of engine.setup.top) {
    const r = engine.repeats.get(spec.name);
    if (!r) {
      const e = engine.entries.get(spec.name)!;
      if (e.state.visible && e.checked.error) out.push({ key: e.key, issue: e.checked.error });
      continue;
    }
    if (r.state.error) out.push({ key: r.spec.name, issue: r.state.error });
    for (const item of r.items) {
      for (const e of engine.itemEntries(r, item)) {
        if (!e.state.visible || !e.checked.error) continue;
        out.push({ key: e.key, context: itemContext(r, item), issue: e.checked.error });
      }
    }
  }
  return out;
}

const roots = new Map<EntityName, Node>();

/**
 * Validate the whole record with the entity's schema, without zod's generated fast path, and
 * add the problems no single field reported: each tied to its field where one is responsible.
 */
export function recordIssues(
  engine: Engine,
  entity: EntityName,
  record: Record<string, unknown>,
  known: readonly FormIssue[],
): { readonly data?: unknown; readonly issues: readonly FormIssue[] } {
  const schema = entities[entity];
  const parsed = safeParse(schema, record, { jitless: true, reportInput: true });
  if (parsed.success) return { data: parsed.data, issues: [] };
  const root = roots.get(entity) ?? describe(schema);
  roots.set(entity, root);
  const shown = new Set(known.map((i) => i.key));
  const fields = engine.fields.filter((x) => engine.entries.get(x.name)!.state.visible);
  const repeats = engine.repeatSpecs.filter((x) => engine.repeats.get(x.name)!.state.visible);
  const out: FormIssue[] = [];
  for (const z of parsed.error.issues) {
    const owner = ownerOf(record, z.path, fields, repeats);
    let key: string | undefined;
    let context: Localized | undefined;
    if (owner?.kind === "field") key = owner.name;
    else if (owner?.kind === "item") {
      const r = engine.repeats.get(owner.repeat)!;
      const item = r.items[owner.index];
      key = item && owner.name ? itemKey(owner.repeat, item, owner.name) : owner.repeat;
      if (item && owner.name) context = itemContext(r, item);
    }
    if (key !== undefined && shown.has(key)) continue;
    if (key !== undefined) shown.add(key);
    const i = fromZodIssue(root, z);
    out.push({ ...(key !== undefined ? { key } : {}), ...(context ? { context } : {}), issue: i });
  }
  return { issues: out };
}
