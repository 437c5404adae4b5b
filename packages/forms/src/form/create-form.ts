import {
  type EntityName,
  type EntityRecord,
  expectArgument,
  type Localized,
  SCHEMA_VERSION,
  systemLocale,
} from "@linli/core";
import { isSnapshot } from "../draft/snapshot.js";
import { isRepeat } from "../fields/spec.js";
import { formMessage } from "../messages.js";
import { isBlank, localDateTime, type RawValue } from "../values/convert.js";
import { Engine, type Entry, HIDDEN, type Repeat } from "./engine.js";
import { itemKey, randomId } from "./ids.js";
import { resolveField, resolveRepeat } from "./resolve.js";
import { setup } from "./setup.js";
import { buildRecord, fieldIssues, recordIssues } from "./submit.js";
import type {
  Form,
  FormField,
  FormOptions,
  FormRepeat,
  FormSnapshot,
  FormState,
  LayoutNode,
  SubmitResult,
} from "./types.js";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Create a headless form over an entity of the linli data model. Labels, hints, widgets,
 * options, groups and order come from the schema's metadata; each field is checked as it
 * changes, with messages in zh-CN and en, and the whole record on submit. Nothing is
 * evaluated as code, so it runs under a strict Content-Security-Policy.
 *
 * @example
 * ```ts
 * import { createForm } from "@linli/forms";
 * const form = createForm({ entity: "resident", fields: ["name", "citizenId", "birthDate", "gender"] });
 * form.set("name", "王伟");
 * form.set("citizenId", "11010519491231002X");
 * form.get("birthDate").value; // "1949-12-31", from the citizen ID
 * const result = form.submit();
 * if (result.ok) result.value.meta.id; // a fresh UUID
 * ```
 */
export function createForm<N extends EntityName>(options: FormOptions<N>): Form<N> {
  expectArgument("createForm", "options", "object", options);
  const engine = new Engine(setup(options));
  const { entries, repeats, derived, touched, listeners } = engine;
  const entity = options.entity;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  const ttl = options.draftTtlMs ?? DAY;
  let locale = options.locale ?? systemLocale();
  const t = (l: Localized) => l[locale];
  const formListeners = new Set<() => void>();
  const changeListeners = new Set<() => void>();
  const resolved = new Map<string, FormField | FormRepeat>();
  let layout: LayoutNode[] | undefined;
  let next = 1;
  let state: FormState = { locale, submitCount: 0, issues: [], status: "editing", generation: 0 };

  const call = (set: Set<() => void>) => {
    for (const f of set) f();
  };
  const notifyForm = () => call(formListeners);
  const changed = () => call(changeListeners);
  const notifyAll = () => {
    for (const key of listeners.keys()) engine.notify(key);
    notifyForm();
  };
  const listen = (set: Set<() => void>, f: () => void) => {
    set.add(f);
    return () => {
      set.delete(f);
    };
  };

  function fail(key: string): never {
    const expected = engine.setup.top.map((x) => x.name).join(", ");
    throw new TypeError(formMessage("forms.unknownField", { entity, field: key, expected }).en);
  }
  function entryOf(key: string): Entry {
    return entries.get(key) ?? fail(key);
  }
  function repeatOf(key: string): Repeat {
    return repeats.get(key) ?? fail(key);
  }

  function restart(
    values: Readonly<Record<string, RawValue>>,
    items: Readonly<Record<string, readonly string[]>> = {},
    marks: { derived?: readonly string[]; touched?: readonly string[] } = {},
  ): void {
    derived.clear();
    touched.clear();
    // Marks first: derived and touched flags are part of each field's first state.
    for (const k of marks.derived ?? []) derived.add(k);
    for (const k of marks.touched ?? []) touched.add(k);
    engine.quiet = true;
    engine.load(values, items);
    engine.quiet = false;
    for (const k of [...derived]) if (!entries.has(k)) derived.delete(k);
    state = {
      ...state,
      submitCount: 0,
      issues: [],
      status: "editing",
      generation: state.generation + 1,
    };
    notifyAll();
  }

  function submit(): SubmitResult<EntityRecord<N>> {
    for (const e of entries.values()) if (e.state.visible) touched.add(e.key);
    for (const r of repeats.values()) touched.add(r.spec.name);
    for (const r of repeats.values()) engine.checkRepeat(r);
    for (const e of entries.values()) engine.check(e);
    const issues = fieldIssues(engine);
    const record = buildRecord(engine, options.base);
    const meta = options.base?.meta as Record<string, unknown> | undefined;
    record.meta = {
      ...meta,
      id: newId(),
      schemaVersion: SCHEMA_VERSION,
      createdAt: localDateTime(now()),
    };
    const checked = recordIssues(engine, entity, record, issues);
    for (const x of checked.issues) issues.push(x);
    const good = issues.length === 0;
    state = {
      ...state,
      submitCount: state.submitCount + 1,
      issues,
      status: good ? "valid" : "invalid",
    };
    notifyForm();
    return good ? { ok: true, value: checked.data as EntityRecord<N> } : { ok: false, issues };
  }

  engine.load(options.initial ?? {}, {});

  return {
    entity,
    get locale() {
      return locale;
    },
    setLocale(l) {
      if (l === locale) return;
      locale = l;
      resolved.clear();
      layout = undefined;
      // Fresh state objects make every subscribed view render its labels again.
      for (const e of entries.values()) e.state = { ...e.state };
      for (const r of repeats.values()) r.state = { ...r.state };
      state = { ...state, locale };
      notifyAll();
    },
    t,
    get layout() {
      layout ??= engine.setup.layout(t);
      return layout;
    },
    field(key) {
      const hit = resolved.get(key);
      if (hit?.type === "field") return hit;
      const e = entries.get(key);
      const spec = e?.spec ?? engine.setup.selected.get(key);
      if (!spec || isRepeat(spec)) fail(key);
      const f = resolveField(spec, t, key, e?.repeat);
      resolved.set(key, f);
      return f;
    },
    repeat(key) {
      const hit = resolved.get(key);
      if (hit?.type === "repeat") return hit;
      const r = repeatOf(key);
      const out = resolveRepeat(r.spec, t, r.max);
      resolved.set(key, out);
      return out;
    },
    get: (key) => entries.get(key)?.state ?? HIDDEN,
    getRepeat: (key) => repeatOf(key).state,
    getState: () => state,
    set(key, value) {
      const e = entryOf(key);
      if (e.raw === value) return;
      engine.set(e, value);
      changed();
    },
    blur(key) {
      const e = entryOf(key);
      touched.add(key);
      // Show a citizen ID in its canonical form once it is complete and valid.
      const v = e.checked.value;
      if (
        e.spec.widget === "citizen-id" &&
        !e.checked.error &&
        typeof v === "string" &&
        v !== e.raw
      ) {
        e.raw = v;
        changed();
      }
      engine.check(e);
    },
    add(key) {
      const r = repeatOf(key);
      if (!r.state.canAdd) return undefined;
      const item = `i${next++}`;
      for (const e of engine.addItem(r, item)) engine.check(e);
      engine.checkRepeat(r);
      if (engine.affectsOthers(r.spec)) engine.refresh();
      changed();
      return item;
    },
    remove(key, item) {
      const r = repeatOf(key);
      if (!r.items.includes(item)) return;
      engine.dropItem(r, item);
      engine.checkRepeat(r);
      if (engine.affectsOthers(r.spec)) engine.refresh();
      changed();
    },
    itemFields: (key, item) => repeatOf(key).spec.item.map((f) => itemKey(key, item, f.name)),
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (!set) {
        set = new Set();
        listeners.set(key, set);
      }
      return listen(set, listener);
    },
    subscribeForm: (listener) => listen(formListeners, listener),
    onChange: (listener) => listen(changeListeners, listener),
    values: () => buildRecord(engine, options.base),
    submit,
    reset() {
      restart(options.initial ?? {});
      changed();
    },
    snapshot(): FormSnapshot {
      const at = now();
      const values: Record<string, RawValue> = {};
      for (const e of entries.values()) if (!isBlank(e.raw)) values[e.key] = e.raw;
      const items: Record<string, readonly string[]> = {};
      for (const r of repeats.values()) items[r.spec.name] = [...r.items];
      return {
        format: "linli-form-draft",
        version: 1,
        entity,
        savedAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + ttl).toISOString(),
        values,
        items,
        touched: [...touched].filter((k) => entries.has(k) || repeats.has(k)),
        derived: [...derived],
        next,
      };
    },
    restore(snapshot) {
      if (!isSnapshot(snapshot)) return { ok: false, reason: "malformed" };
      if (snapshot.entity !== entity) return { ok: false, reason: "other-form" };
      if (!(Date.parse(snapshot.expiresAt) > now().getTime()))
        return { ok: false, reason: "expired" };
      next = Math.max(next, snapshot.next);
      restart(snapshot.values, snapshot.items, snapshot);
      return { ok: true, savedAt: snapshot.savedAt };
    },
  };
}
