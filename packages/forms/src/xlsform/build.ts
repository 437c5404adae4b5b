import {
  describe,
  type EntityName,
  entities,
  entityMeta,
  entityNames,
  expectArgument,
  type Locale,
  type Localized,
  message,
  type Node,
  SCHEMA_VERSION,
  systemLocale,
} from "@linli/core";
import { catalog } from "../fields/catalog.js";
import { type FieldSpec, isRepeat, type RepeatSpec } from "../fields/spec.js";
import { setup } from "../form/setup.js";
import { fieldsOf, type Rule } from "../rules/conditions.js";
import { conditionExpr, constraintOf, type Ref } from "./expressions.js";
import { xlsFormMessage } from "./messages.js";
import type { XlsForm, XlsFormOptions } from "./types.js";

/**
 * XLSForm language names: the language's English name and its ISO 639-1 code, as in the
 * `label::Chinese (zh)` column.
 *
 * @example
 * ```ts
 * import { LANGUAGES } from "@linli/forms/xlsform";
 * `label::${LANGUAGES["zh-CN"]}`; // "label::Chinese (zh)"
 * ```
 */
export const LANGUAGES: Readonly<Record<Locale, string>> = {
  "zh-CN": "Chinese (zh)",
  en: "English (en)",
};

type Item =
  | {
      readonly kind: "field";
      readonly name: string;
      readonly spec: FieldSpec;
      readonly key: string;
    }
  | {
      readonly kind: "group";
      readonly name: string;
      readonly path: string;
      readonly label: Localized;
      readonly children: Item[];
      readonly repeat?: RepeatSpec;
    };

const last = (key: string) => key.slice(key.lastIndexOf(".") + 1);

/** The label of the object at a dotted path of the entity. */
function objectLabel(root: Node, path: string): Localized {
  let node: Node | undefined = root;
  for (const seg of path.split(".")) {
    node = node?.kind === "object" ? node.properties.find((p) => p.key === seg)?.node : undefined;
  }
  return node?.meta?.label ?? { "zh-CN": last(path), en: last(path) };
}

/** Nest dotted keys in groups (`address.compound` → group `address`), in form order. */
function tree(top: readonly (FieldSpec | RepeatSpec)[], root: Node): Item[] {
  const out: Item[] = [];
  const groups = new Map<string, Item[]>();
  const parentOf = (key: string): Item[] => {
    const at = key.lastIndexOf(".");
    if (at < 0) return out;
    const path = key.slice(0, at);
    let children = groups.get(path);
    if (!children) {
      children = [];
      groups.set(path, children);
      parentOf(path).push({
        kind: "group",
        name: last(path),
        path,
        label: objectLabel(root, path),
        children,
      });
    }
    return children;
  };
  for (const spec of top) {
    const into = parentOf(spec.name);
    if (!isRepeat(spec)) {
      into.push({ kind: "field", name: last(spec.name), spec, key: spec.name });
      continue;
    }
    const children: Item[] = spec.item.map((f) => ({
      kind: "field",
      name: f.name,
      spec: f,
      key: `${spec.name}.${f.name}`,
    }));
    into.push({
      kind: "group",
      name: last(spec.name),
      path: spec.name,
      label: spec.label,
      children,
      repeat: spec,
    });
  }
  return out;
}

/**
 * A question in a repeat that shares its name with a question a rule reads is named after the
 * repeat too (a need's `category` and its items' `items_category`): pyxform refuses `${name}`
 * when two questions have it, and linli's importer reads the prefixed name back.
 */
function uniqueInRepeats(items: Item[], read: ReadonlySet<string>): Item[] {
  const seen = new Map<string, number>();
  const count = (list: Item[]) => {
    for (const i of list) {
      seen.set(i.name, (seen.get(i.name) ?? 0) + 1);
      if (i.kind === "group") count(i.children);
    }
  };
  count(items);
  const rename = (list: Item[], repeat?: string): Item[] =>
    list.map((i) => {
      if (i.kind === "group")
        return { ...i, children: rename(i.children, i.repeat ? i.name : repeat) };
      return repeat && read.has(i.name) && (seen.get(i.name) ?? 0) > 1
        ? { ...i, name: `${repeat}_${i.name}` }
        : i;
    });
  return rename(items);
}

function typeOf(spec: FieldSpec, list: string | undefined): string {
  if (list) return `${spec.multiple ? "select_multiple" : "select_one"} ${list}`;
  const n = spec.node;
  if (spec.widget === "date") return "date";
  if (spec.widget === "datetime") return "dateTime";
  if (spec.widget === "time") return "time";
  if (n.kind === "number") return n.integer ? "integer" : "decimal";
  return "text";
}

const APPEARANCE: Partial<Record<FieldSpec["widget"], string>> = {
  textarea: "multiline",
  tel: "numbers",
  select: "minimal",
};

/**
 * The questions of an entity's form: what linli's own forms show, except that a list flattened
 * into columns for its first element only (a need's first item) becomes a repeat, which
 * collects every element.
 */
function defaultFields(entity: EntityName): string[] {
  const cat = catalog(entities[entity]);
  const ordered = setup({ entity }).top.map((x) => x.name);
  const byArray = new Map<string, FieldSpec[]>();
  for (const name of ordered) {
    const spec = cat.specs.get(name)!;
    if (isRepeat(spec) || !spec.column?.projection) continue;
    const key = spec.path.join(".");
    byArray.set(key, [...(byArray.get(key) ?? []), spec]);
  }
  const out: string[] = [];
  for (const name of ordered) {
    const spec = cat.specs.get(name)!;
    const key = isRepeat(spec) ? "" : spec.path.join(".");
    const group = byArray.get(key);
    const repeat = cat.specs.get(key);
    const firstOnly = group?.every(
      (g) => !g.column!.projection!.match && (g.column!.projection!.index ?? 0) === 0,
    );
    if (!group || !repeat || !isRepeat(repeat) || !firstOnly) out.push(name);
    else if (group[0] === spec) out.push(key);
  }
  return out;
}

/**
 * An XLSForm for an entity of the linli model, as pyxform, KoboToolbox, ODK Central and
 * Enketo read it: `survey`, `choices` and `settings` sheets with Chinese and English labels
 * (`label::Chinese (zh)`, `label::English (en)`), hints, required questions with their
 * messages, constraints (citizen ID check character, phone pattern, lengths, ranges) with
 * messages in both languages, the form's rules as `relevant` expressions, repeats for lists
 * such as household members, and each question's HXL hashtag in an `hxl` column. Question
 * names are linli's field names, objects become groups (`address/compound`), so submissions
 * import back into linli without a mapping.
 *
 * @example
 * ```ts
 * import { xlsForm } from "@linli/forms/xlsform";
 * const form = xlsForm({ entity: "resident" });
 * form.settings[1]; // ["居民 · Resident", "linli_resident", "0.1.0", "Chinese (zh)"]
 * ```
 */
export function xlsForm(options: XlsFormOptions): XlsForm {
  expectArgument("xlsForm", "options", "object", options);
  const entity = options.entity;
  if (!(entityNames as readonly string[]).includes(entity))
    throw new TypeError(
      xlsFormMessage("xlsform.unknownEntity", { entity, expected: entityNames.join(", ") }).en,
    );
  const s = setup({
    entity,
    fields: options.fields ?? defaultFields(entity),
    ...(options.rules ? { rules: options.rules } : {}),
  });
  const root = describe(entities[entity]);
  const read = new Set<string>();
  for (const r of s.rules.values())
    for (const c of [r.visibleWhen, r.requiredWhen])
      if (c) for (const f of fieldsOf(c)) read.add(last(f));
  const items = uniqueInRepeats(tree(s.top, root), read);
  const first = options.defaultLanguage ?? systemLocale();
  const langs: Locale[] = first === "zh-CN" ? ["zh-CN", "en"] : ["en", "zh-CN"];
  const per = (col: string) => langs.map((l) => `${col}::${LANGUAGES[l]}`);
  const header = [
    "type",
    "name",
    ...per("label"),
    ...per("hint"),
    "required",
    ...per("required_message"),
    "constraint",
    ...per("constraint_message"),
    "relevant",
    "appearance",
    "hxl",
  ];
  const survey: string[][] = [header];
  const choices: string[][] = [["list_name", "name", ...per("label")]];
  const texts = (l: Localized | undefined) => langs.map((x) => l?.[x] ?? "");
  const row = (r: {
    type: string;
    name?: string;
    label?: Localized;
    hint?: Localized;
    required?: string;
    requiredMessage?: Localized;
    constraint?: string;
    constraintMessage?: Localized;
    relevant?: string;
    appearance?: string;
    hxl?: string;
  }) =>
    survey.push([
      r.type,
      r.name ?? "",
      ...texts(r.label),
      ...texts(r.hint),
      r.required ?? "",
      ...texts(r.requiredMessage),
      r.constraint ?? "",
      ...texts(r.constraintMessage),
      r.relevant ?? "",
      r.appearance ?? "",
      r.hxl ?? "",
    ]);

  // Rules read questions by name: `${status}` must name one question only.
  const byName = new Map<string, number>();
  const count = (list: Item[]) => {
    for (const i of list) {
      byName.set(i.name, (byName.get(i.name) ?? 0) + 1);
      if (i.kind === "group") count(i.children);
    }
  };
  count(items);
  const ref = (field: string): Ref => {
    const name = last(field);
    if ((byName.get(name) ?? 0) > 1)
      throw new TypeError(xlsFormMessage("xlsform.ambiguousName", { field, name }).en);
    const spec = s.selected.get(field);
    return {
      name,
      multiple: !!spec && !isRepeat(spec) && spec.multiple,
      repeat: !!spec && isRepeat(spec),
    };
  };
  const ruleOf = (key: string): Rule | undefined => s.rules.get(key);
  const relevantOf = (key: string) => {
    const when = ruleOf(key)?.visibleWhen;
    return when ? conditionExpr(when, ref) : undefined;
  };

  // One choice list per distinct set of options, named after the first question using it.
  const lists = new Map<string, string>();
  const listOf = (spec: FieldSpec): string | undefined => {
    if (!spec.options) return undefined;
    const signature = JSON.stringify(spec.options);
    const known = lists.get(signature);
    if (known) return known;
    let name = spec.name.replace(/\W/g, "_");
    for (let i = 2; [...lists.values()].includes(name); i++) name = `${spec.name}_${i}`;
    lists.set(signature, name);
    for (const o of spec.options) choices.push([name, o.value, ...texts(o.label)]);
    return name;
  };

  const emit = (list: Item[], inRepeat: boolean) => {
    for (const i of list) {
      if (i.kind === "group") {
        const kind = i.repeat ? "repeat" : "group";
        row({
          type: `begin_${kind}`,
          name: i.name,
          label: i.label,
          ...(i.repeat?.hint ? { hint: i.repeat.hint } : {}),
          ...(!inRepeat && relevantOf(i.path) ? { relevant: relevantOf(i.path)! } : {}),
        });
        emit(i.children, inRepeat || !!i.repeat);
        row({ type: `end_${kind}` });
        continue;
      }
      const spec = i.spec;
      const list = listOf(spec);
      const rule = inRepeat ? undefined : ruleOf(i.key);
      const always = spec.required && spec.scopes.every((sc) => sc.required);
      const required = always
        ? "yes"
        : rule?.requiredWhen
          ? conditionExpr(rule.requiredWhen, ref)
          : undefined;
      const c = constraintOf(spec);
      const appearance = APPEARANCE[spec.widget];
      row({
        type: typeOf(spec, list),
        name: i.name,
        label: spec.label,
        ...(spec.hint ? { hint: spec.hint } : {}),
        ...(required
          ? { required, requiredMessage: message("schema.required", { field: spec.label }) }
          : {}),
        ...(c ? { constraint: c.expr, constraintMessage: c.message } : {}),
        ...(!inRepeat && relevantOf(i.key) ? { relevant: relevantOf(i.key)! } : {}),
        ...(appearance && !(appearance === "minimal" && spec.multiple) ? { appearance } : {}),
        ...(spec.hxl ? { hxl: spec.hxl } : {}),
      });
    }
  };
  emit(items, false);

  const label = entityMeta(entities[entity])?.label ?? { "zh-CN": entity, en: entity };
  const settings = [
    ["form_title", "form_id", "version", "default_language"],
    [
      options.title ?? `${label["zh-CN"]} · ${label.en}`,
      options.formId ?? `linli_${entity.replace(/-/g, "_")}`,
      options.version ?? SCHEMA_VERSION,
      LANGUAGES[first],
    ],
  ];
  return { survey, choices, settings };
}

/**
 * The sheets of an XLSForm, named and ordered as XLSForm tools expect, for an XLSX writer.
 *
 * @example
 * ```ts
 * import { writeXlsx } from "@linli/adapters";
 * import { xlsForm, xlsFormSheets } from "@linli/forms/xlsform";
 * const bytes = writeXlsx(xlsFormSheets(xlsForm({ entity: "need" })));
 * ```
 */
export function xlsFormSheets(form: XlsForm): { name: string; rows: (readonly string[])[] }[] {
  expectArgument("xlsFormSheets", "form", "object", form);
  return [
    { name: "survey", rows: [...form.survey] },
    { name: "choices", rows: [...form.choices] },
    { name: "settings", rows: [...form.settings] },
  ];
}
