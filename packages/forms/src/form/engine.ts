import type { Issue } from "@linli/core";
import { issue } from "@linli/core";
import { type FieldSpec, isRepeat, type RepeatSpec } from "../fields/spec.js";
import { evaluate } from "../rules/conditions.js";
import { type Checked, checkValue } from "../values/check.js";
import { emptyOf, isBlank, type RawValue } from "../values/convert.js";
import { itemKey } from "./ids.js";
import type { Setup } from "./setup.js";
import type { FieldState, RepeatState } from "./types.js";

/** One field's value and verdict. */
export interface Entry {
  readonly key: string;
  readonly spec: FieldSpec;
  readonly repeat?: { readonly key: string; readonly item: string };
  raw: RawValue;
  checked: Checked;
  /** Inputs of the last check, to skip checks that cannot change. */
  last?: { raw: RawValue; required: boolean; visible: boolean };
  state: FieldState;
}

/** One repeat's items. */
export interface Repeat {
  readonly spec: RepeatSpec;
  readonly max: number | undefined;
  items: string[];
  state: RepeatState;
}

/** State of a field that does not exist (any more): a removed item's field reads as hidden. */
export const HIDDEN: FieldState = {
  value: "",
  touched: false,
  visible: false,
  required: false,
  derived: false,
};

const sameIssue = (a: Issue | undefined, b: Issue | undefined) =>
  a === b || (!!a && !!b && a.code === b.code && a.message.en === b.message.en);

const sameField = (a: FieldState, b: FieldState) =>
  a.value === b.value &&
  sameIssue(a.error, b.error) &&
  a.touched === b.touched &&
  a.visible === b.visible &&
  a.required === b.required &&
  a.derived === b.derived;

const sameRepeat = (a: RepeatState, b: RepeatState) =>
  a.items === b.items &&
  a.visible === b.visible &&
  a.canAdd === b.canAdd &&
  a.canRemove === b.canRemove &&
  sameIssue(a.error, b.error) &&
  a.touched === b.touched;

/**
 * The values, verdicts and listeners of a form. Each change re-checks only what it can
 * affect: the field itself, the fields it derives, and, for inputs of rules or fields inside
 * optional objects, the top-level fields whose visibility or requiredness may follow.
 */
export class Engine {
  readonly entries = new Map<string, Entry>();
  readonly repeats = new Map<string, Repeat>();
  readonly derived = new Set<string>();
  readonly touched = new Set<string>();
  readonly listeners = new Map<string, Set<() => void>>();
  readonly fields: readonly FieldSpec[];
  readonly repeatSpecs: readonly RepeatSpec[];
  /** Set while the whole form reloads: one notification of everything follows. */
  quiet = false;
  /** Set when a written value may change what rules and filled-in objects decide. */
  private stale = false;

  constructor(readonly setup: Setup) {
    this.fields = setup.top.filter((x): x is FieldSpec => !isRepeat(x));
    this.repeatSpecs = setup.top.filter(isRepeat);
  }

  notify(key: string): void {
    if (this.quiet) return;
    for (const f of this.listeners.get(key) ?? []) f();
  }

  /** Rules read top-level fields; a field hidden by its own rule reads as blank. */
  visible(name: string, seen: Set<string> = new Set()): boolean {
    const when = this.setup.rules.get(name)?.visibleWhen;
    if (!when) return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return evaluate(when, (f) => (this.visible(f, seen) ? this.valueOf(f) : undefined));
  }

  private valueOf(f: string): RawValue | undefined {
    return this.repeats.get(f)?.items ?? this.entries.get(f)?.raw;
  }

  /** Whether anything inside an optional object is filled in, so that the object exists. */
  private filled(scope: string): boolean {
    const prefix = `${scope}.`;
    for (const spec of this.fields) {
      if (!`${spec.path.join(".")}.`.startsWith(prefix)) continue;
      if (!isBlank(this.entries.get(spec.name)?.raw) && this.visible(spec.name)) return true;
    }
    for (const r of this.repeats.values()) {
      if (!`${r.spec.path.join(".")}.`.startsWith(prefix)) continue;
      if (r.items.length > 0 && this.visible(r.spec.name)) return true;
    }
    return false;
  }

  private requiredNow(spec: FieldSpec | RepeatSpec): boolean {
    const when = this.setup.rules.get(spec.name)?.requiredWhen;
    const lookup = (f: string) => (this.visible(f) ? this.valueOf(f) : undefined);
    if (when && evaluate(when, lookup)) return true;
    return spec.required && spec.scopes.every((sc) => sc.required || this.filled(sc.path));
  }

  check(e: Entry, force = false): void {
    const visible = e.repeat
      ? this.repeats.get(e.repeat.key)!.state.visible
      : this.visible(e.spec.name);
    const required = visible && (e.repeat ? e.spec.required : this.requiredNow(e.spec));
    const last = e.last;
    if (
      force ||
      !last ||
      last.raw !== e.raw ||
      last.required !== required ||
      last.visible !== visible
    ) {
      e.checked = visible ? checkValue(e.spec, e.raw, required) : { value: undefined };
      e.last = { raw: e.raw, required, visible };
    }
    const next: FieldState = {
      value: e.raw,
      ...(e.checked.error ? { error: e.checked.error } : {}),
      touched: this.touched.has(e.key),
      visible,
      required,
      derived: this.derived.has(e.key),
    };
    if (sameField(e.state, next)) return;
    e.state = next;
    this.notify(e.key);
  }

  checkRepeat(r: Repeat): void {
    const name = r.spec.name;
    const visible = this.visible(name);
    const n = r.items.length;
    const field = r.spec.label;
    let error: Issue | undefined;
    if (visible && r.max !== undefined && n > r.max) {
      error = issue("schema.tooMany", "error", { field, maximum: r.max });
    } else if (visible && n === 0 && this.requiredNow(r.spec)) {
      error = issue("schema.required", "error", { field });
    } else if (visible && n > 0 && n < r.spec.minItems) {
      error = issue("schema.tooFew", "error", { field, minimum: r.spec.minItems });
    }
    const p = r.state;
    const same = p.items.length === n && p.items.every((k, i) => k === r.items[i]);
    const next: RepeatState = {
      items: same ? p.items : [...r.items],
      visible,
      canAdd: visible && (r.max === undefined || n < r.max),
      canRemove: n > 0,
      ...(error ? { error } : {}),
      touched: this.touched.has(name),
    };
    if (sameRepeat(p, next)) return;
    r.state = next;
    if (p.visible !== visible)
      for (const k of r.items) for (const e of this.itemEntries(r, k)) this.check(e);
    this.notify(name);
  }

  itemEntries(r: Repeat, item: string): Entry[] {
    return r.spec.item.map((f) => this.entries.get(itemKey(r.spec.name, item, f.name))!);
  }

  /** Re-evaluate what rules and filled-in objects decide. */
  refresh(): void {
    for (const spec of this.fields) this.check(this.entries.get(spec.name)!);
    for (const r of this.repeats.values()) this.checkRepeat(r);
  }

  affectsOthers(spec: FieldSpec | RepeatSpec): boolean {
    return this.setup.ruleInputs.has(spec.name) || spec.scopes.some((sc) => !sc.required);
  }

  /** Write a value, check it, fill what derives from it, then settle the rules once. */
  set(e: Entry, raw: RawValue): void {
    this.write(e, raw, false);
    if (this.stale) this.refresh();
    this.stale = false;
  }

  private write(e: Entry, raw: RawValue, byDerivation: boolean): void {
    e.raw = raw;
    if (!e.repeat && this.affectsOthers(e.spec)) this.stale = true;
    if (byDerivation) this.derived.add(e.key);
    else this.derived.delete(e.key);
    this.check(e);
    this.derive(e);
  }

  /**
   * Fill the targets of a valid citizen ID. When the ID is blank or invalid, what it filled
   * goes with it; a value the person typed or chose by hand stays.
   */
  private derive(e: Entry): void {
    const list = e.repeat ? (this.setup.itemDerive.get(e.repeat.key) ?? []) : this.setup.derive;
    const details = e.checked.citizenId;
    for (const d of list) {
      if (d.from !== e.spec.name) continue;
      const targets = [
        [d.birthDate, details?.birthDate],
        [d.sex, details?.sex],
      ] as const;
      for (const [target, value] of targets) {
        if (!target) continue;
        const key = e.repeat ? itemKey(e.repeat.key, e.repeat.item, target) : target;
        const te = this.entries.get(key);
        if (!te) continue;
        if (value === undefined) {
          if (this.derived.has(key)) this.write(te, emptyOf(te.spec), false);
        } else if (te.raw !== value && (isBlank(te.raw) || this.derived.has(key))) {
          this.write(te, value, true);
        }
      }
    }
  }

  private makeEntry(key: string, spec: FieldSpec, repeat?: Entry["repeat"]): Entry {
    const e: Entry = {
      key,
      spec,
      ...(repeat ? { repeat } : {}),
      raw: emptyOf(spec),
      checked: { value: undefined },
      state: HIDDEN,
    };
    this.entries.set(key, e);
    return e;
  }

  addItem(r: Repeat, item: string): Entry[] {
    r.items.push(item);
    const name = r.spec.name;
    return r.spec.item.map((f) =>
      this.makeEntry(itemKey(name, item, f.name), f, { key: name, item }),
    );
  }

  dropItem(r: Repeat, item: string): void {
    r.items = r.items.filter((k) => k !== item);
    for (const f of r.spec.item) {
      const key = itemKey(r.spec.name, item, f.name);
      this.entries.delete(key);
      this.derived.delete(key);
      this.touched.delete(key);
    }
  }

  /** Fill the form from values and item keys; every check runs afresh. */
  load(
    values: Readonly<Record<string, RawValue>>,
    items: Readonly<Record<string, readonly string[]>>,
  ): void {
    this.entries.clear();
    this.repeats.clear();
    const fits = (spec: FieldSpec, v: RawValue | undefined): v is RawValue =>
      v !== undefined && (spec.multiple ? Array.isArray(v) : typeof v === "string");
    for (const spec of this.fields) {
      const e = this.makeEntry(spec.name, spec);
      const v = values[spec.name];
      if (fits(spec, v)) e.raw = v;
    }
    for (const spec of this.repeatSpecs) {
      const r: Repeat = {
        spec,
        max: this.setup.maxItems.get(spec.name),
        items: [],
        state: { items: [], visible: true, canAdd: true, canRemove: false, touched: false },
      };
      this.repeats.set(spec.name, r);
      for (const item of items[spec.name] ?? []) {
        if (r.max !== undefined && r.items.length >= r.max) break;
        for (const e of this.addItem(r, item)) {
          const v = values[e.key];
          if (fits(e.spec, v)) e.raw = v;
        }
      }
    }
    for (const r of this.repeats.values()) this.checkRepeat(r);
    for (const e of this.entries.values()) this.check(e, true);
  }
}
