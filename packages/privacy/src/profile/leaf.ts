import type { Localized, PiiClass } from "@linli/core";
import { privacyMessage } from "../messages.js";
import type { PseudonymKind } from "../pseudonym/normalize-identifier.js";
import type { Pseudonymizer } from "../pseudonym/pseudonymizer.js";
import type { AddressPart } from "./field-kind.js";
import { addressPartKept, generaliseAddressPart } from "./generalise-address.js";
import { ageBandOn, coarseDate, type Day } from "./generalise-date.js";
import { maskValue } from "./mask.js";
import {
  type Action,
  type AddressLevel,
  addressLevels,
  type FieldKind,
  type GeneraliseAction,
  type MaskAction,
} from "./types.js";

/** Marks a value that the profile leaves out. */
export const DROP: unique symbol = Symbol("drop");

/** Everything a leaf's transform needs to know about its field. */
export interface LeafInfo {
  /** Dotted path without array indices, e.g. `household.members.name`. */
  readonly path: string;
  /** Column key, in the flat view or for a projected array element. */
  readonly column?: string;
  readonly kind: FieldKind;
  readonly pii: PiiClass;
  readonly part?: AddressPart;
  /** Pseudonym scope of documents when the element carries no scheme (flat columns). */
  readonly scope?: string;
  readonly label: Localized;
  readonly required: boolean;
  /** Separator of an array written into one cell (flat view). */
  readonly separator?: string;
}

/** What applying a profile needs at run time. */
export interface RunContext {
  readonly at: Day;
  readonly pseudonymizer?: Pseudonymizer;
}

/** A leaf transform: the new value, or {@link DROP}. `get` reads a sibling field. */
export type LeafFn = (value: unknown, get: (key: string) => unknown, ctx: RunContext) => unknown;

/**
 * The form a shared value takes: `value` (unchanged), `masked`, `pseudonym`, `age-band`,
 * `birth-year`, `month`, `year` (dates cut), `area` (an address rebuilt or cut to a level),
 * `rounded` (coordinates).
 *
 * @example
 * ```ts
 * import type { SharedValueForm } from "@linli/privacy";
 * const form: SharedValueForm = "age-band";
 * ```
 */
export type SharedValueForm =
  | "value"
  | "masked"
  | "pseudonym"
  | "age-band"
  | "birth-year"
  | "month"
  | "year"
  | "area"
  | "rounded";

/** An action in object form. */
export type ActionObject = Exclude<Action, string>;

/** The object form of an action. */
export const normalAction = (a: Action): ActionObject =>
  typeof a === "string" ? ({ action: a } as ActionObject) : a;

const PSEUDONYM_KIND: Partial<Record<FieldKind, PseudonymKind>> = {
  "citizen-id": "citizen-id",
  phone: "phone",
  name: "name",
  document: "document",
};

/** A compiled leaf: its transform, and the form and label of what it outputs. */
export interface Leaf {
  readonly info: LeafInfo;
  readonly action: ActionObject;
  /** `undefined` when the field is always dropped. */
  readonly form: SharedValueForm | undefined;
  readonly label: Localized;
  readonly run: LeafFn;
  /**
   * The required personal fields beside this one: when one of them is dropped, its object
   * goes, and this field with it. Filled in by the object's compiler.
   */
  vitals?: readonly Leaf[];
}

const dropAll: LeafFn = () => DROP;
const copy = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(copy) : v !== null && typeof v === "object" ? cloneObject(v) : v;

function cloneObject(v: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) setKey(out, k, copy(x));
  return out;
}

/** Set a key safely: `__proto__` from a spreadsheet header becomes an own property. */
export function setKey(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === "__proto__") {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  } else o[k] = v;
}

/** Apply a scalar transform to a value, element by element for arrays and joined cells. */
function perElement(
  info: LeafInfo,
  one: (v: unknown, get: (k: string) => unknown, ctx: RunContext) => unknown,
): LeafFn {
  return (value, get, ctx) => {
    if (Array.isArray(value)) {
      const out = value.map((v) => one(v, get, ctx)).filter((v) => v !== undefined);
      return out.length > 0 || value.length === 0 ? out : DROP;
    }
    if (info.separator && typeof value === "string" && value.includes(info.separator)) {
      const out = value
        .split(info.separator)
        .map((v) => one(v, get, ctx))
        .filter((v) => v !== undefined);
      return out.length > 0 ? out.join(info.separator) : DROP;
    }
    const v = one(value, get, ctx);
    return v === undefined ? DROP : v;
  };
}

const labelled = (
  code: "label.masked" | "label.pseudonym" | "label.month" | "label.year",
  info: LeafInfo,
) => privacyMessage(code, { label: info.label });

/** Compile the transform of one field under one action. */
export function compileLeaf(info: LeafInfo, action: Action): Leaf {
  const a = normalAction(action);
  const leaf = (form: SharedValueForm | undefined, label: Localized, run: LeafFn): Leaf => ({
    info,
    action: a,
    form,
    label,
    run,
  });
  switch (a.action) {
    case "keep":
      return leaf("value", info.label, (v) => copy(v));
    case "drop":
      return leaf(undefined, info.label, dropAll);
    case "mask": {
      const { keepStart, keepEnd } = a as MaskAction;
      if (info.kind === "category" || info.kind === "number") {
        return leaf(undefined, info.label, dropAll);
      }
      return leaf(
        "masked",
        labelled("label.masked", info),
        perElement(info, (v) => maskValue(v, info.kind, keepStart, keepEnd)),
      );
    }
    case "pseudonymise": {
      const kind = PSEUDONYM_KIND[info.kind] ?? "text";
      return leaf(
        "pseudonym",
        labelled("label.pseudonym", info),
        perElement(info, (v, get, ctx) => {
          if (!ctx.pseudonymizer) return undefined;
          const scheme = get("scheme");
          const scope =
            kind === "document"
              ? typeof scheme === "string"
                ? scheme
                : info.scope
              : kind === "text"
                ? info.path
                : undefined;
          return ctx.pseudonymizer.key(v, kind, scope);
        }),
      );
    }
    default:
      return compileGeneralise(info, a as GeneraliseAction, leaf);
  }
}

function compileGeneralise(
  info: LeafInfo,
  g: GeneraliseAction,
  leaf: (form: SharedValueForm | undefined, label: Localized, run: LeafFn) => Leaf,
): Leaf {
  switch (info.kind) {
    case "category":
    case "number":
      return leaf("value", info.label, (v) => copy(v));
    case "birth-date":
      if (g.birthDate === "year") {
        return leaf(
          "birth-year",
          privacyMessage("label.birthYear"),
          perElement(info, (v) => coarseDate(v, "year")),
        );
      }
      return leaf(
        "age-band",
        privacyMessage("label.ageBand"),
        perElement(info, (v, _get, ctx) => ageBandOn(v, ctx.at, g.bandWidth, g.topCode)),
      );
    case "date": {
      const to = g.date ?? "month";
      return leaf(
        to,
        labelled(to === "month" ? "label.month" : "label.year", info),
        perElement(info, (v) => coarseDate(v, to)),
      );
    }
    case "address": {
      const level: AddressLevel = g.level ?? "building";
      const part = info.part!;
      if (!addressPartKept(part, level, g.geoDecimals)) return leaf(undefined, info.label, dropAll);
      const changes =
        level !== "room" &&
        (part === "line" ||
          (part === "division-code" &&
            addressLevels.indexOf(level) < addressLevels.indexOf("community")) ||
          (part === "geo" && g.geoDecimals !== undefined));
      const form: SharedValueForm = !changes ? "value" : part === "geo" ? "rounded" : "area";
      const label =
        form === "area"
          ? privacyMessage("label.area", {
              label: info.label,
              level: privacyMessage(`level.${level}`),
            })
          : info.label;
      return leaf(
        form,
        label,
        perElement(info, (v, get) =>
          generaliseAddressPart(part, v, (k) => get(k), level, g.geoDecimals),
        ),
      );
    }
    default:
      return leaf(undefined, info.label, dropAll);
  }
}
