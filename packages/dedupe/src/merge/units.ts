import {
  describe,
  type EntityName,
  entities,
  type Localized,
  type Node,
  normalizeName,
  toSimplified,
} from "@linli/core";
import type { SurvivorshipRule } from "./types.js";

/**
 * A part of a record that is fused as one: a scalar field, an object taken whole (an address:
 * mixing the building of one row with the room of another would describe no home), or a
 * multi-valued field whose elements are united.
 */
export interface Unit {
  /** Column key (`name`, `household.headName`) or object path (`address`). */
  readonly key: string;
  readonly path: readonly string[];
  readonly kind: "scalar" | "object" | "set";
  readonly label: Localized;
  readonly rule: SurvivorshipRule;
  /** Sets of identifiers: the column key of each scheme a person has only one of. */
  readonly schemes?: Readonly<Record<string, string>>;
}

const cache = new Map<EntityName, readonly Unit[]>();

const hasArray = (n: Extract<Node, { kind: "object" }>) =>
  n.properties.some((p) => p.node.kind === "array");

function defaultRule(key: string, node: Node): SurvivorshipRule {
  if (node.kind === "array") return "union";
  const last = key.slice(key.lastIndexOf(".") + 1);
  if (node.kind === "object") {
    const names = new Set(node.properties.map((p) => p.key));
    return names.has("line") || names.has("building") ? "most-complete" : "most-recent";
  }
  if (/(?:[sS]tatus|At)$/.test(last)) return "most-recent";
  if (/^(?:notes|description|\w+Note)$/.test(last)) return "most-complete";
  return "most-frequent";
}

/**
 * The fusion units of an entity, in schema order (record metadata excluded). Objects that
 * hold a list (a household with its members) are split into their fields; other objects are
 * taken whole.
 */
export function unitsOf(entity: EntityName): readonly Unit[] {
  const hit = cache.get(entity);
  if (hit) return hit;
  const root = describe(entities[entity]);
  const out: Unit[] = [];
  const walk = (node: Extract<Node, { kind: "object" }>, path: string[]) => {
    for (const p of node.properties) {
      if (path.length === 0 && p.key === "meta") continue;
      const at = [...path, p.key];
      const key = at.join(".");
      const n = p.node;
      const label: Localized = n.meta?.label ?? { "zh-CN": key, en: key };
      if (n.kind === "object" && hasArray(n)) {
        walk(n, at);
        continue;
      }
      const kind = n.kind === "array" ? "set" : n.kind === "object" ? "object" : "scalar";
      const schemes: Record<string, string> = {};
      for (const c of n.meta?.columns ?? []) {
        const scheme = c.match?.scheme;
        if (scheme && c.index === undefined) schemes[scheme] = c.key;
      }
      out.push({
        key,
        path: at,
        kind,
        label,
        rule: defaultRule(key, n),
        ...(Object.keys(schemes).length > 0 ? { schemes } : {}),
      });
    }
  };
  if (root.kind !== "object") throw new TypeError(`${entity} is not an object schema`);
  walk(root, []);
  cache.set(entity, out);
  return out;
}

/** A value counts as given unless it is missing, null, an empty text, list or object. */
export function present(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") {
    for (const k in v as object) if (present((v as Record<string, unknown>)[k])) return true;
    return false;
  }
  return true;
}

/** Read a path from a record. */
export function readPath(record: unknown, path: readonly string[]): unknown {
  let cur = record;
  for (const k of path) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** Write a path into a record being built, creating objects on the way. */
export function writePath(record: Record<string, unknown>, path: readonly string[], v: unknown) {
  let cur = record;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    let next = cur[k];
    if (typeof next !== "object" || next === null) {
      next = {};
      cur[k] = next;
    }
    cur = next as Record<string, unknown>;
  }
  cur[path[path.length - 1]!] = v;
}

const folded = new Map<string, string>();
const PLAIN = /^[\x21-\x7e]*$/;

/** Text as compared: clean spaces and widths, traditional characters folded to simplified. */
export function foldText(s: string): string {
  // Printable ASCII without spaces (IDs, phones, dates, codes) is already in normal form.
  if (PLAIN.test(s)) return s;
  let f = folded.get(s);
  if (f === undefined) {
    f = toSimplified(normalizeName(s));
    // Names and addresses repeat; a bounded cache keeps memory flat on large merges.
    if (folded.size >= 200_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

const ADDRESS_PARTS = [
  "province",
  "city",
  "district",
  "street",
  "community",
  "compound",
  "building",
  "unit",
  "room",
] as const;
const PART_SUFFIX = /(?:号楼|号院|楼|栋|幢|座|单元|门|号房|室|号)$/;

const partKeys = new Map<string, string>();

/** An address part folded and without its suffix (8号楼 → 8), remembered: parts repeat a lot. */
function partKey(v: string): string {
  let k = partKeys.get(v);
  if (k === undefined) {
    k = foldText(v).replace(PART_SUFFIX, "");
    if (partKeys.size >= 200_000) partKeys.clear();
    partKeys.set(v, k);
  }
  return k;
}

/**
 * An address compares by where it points: its parts without their suffixes (8号楼 = 8), or
 * its line when it has no parts; the floor (derived from the room) is left out.
 */
function addressKey(o: Record<string, unknown>): string | undefined {
  let parts = "";
  let any = false;
  for (let i = 0; i < ADDRESS_PARTS.length; i++) {
    const v = o[ADDRESS_PARTS[i]!];
    const p = typeof v === "string" ? partKey(v) : "";
    if (p !== "") any = true;
    parts += i === 0 ? p : `|${p}`;
  }
  if (any) return `a${parts}`;
  return typeof o.line === "string" ? `a${foldText(o.line)}` : undefined;
}

/**
 * The comparison key of a value: two values with one key are the same value written two ways
 * (張靜 and 张静, "3 号楼" and "3号楼"). Objects compare by their filled-in parts, addresses
 * by the place they name.
 */
export function valueKey(v: unknown): string {
  if (typeof v === "string") return `s${foldText(v)}`;
  if (typeof v === "number" || typeof v === "boolean") return `${typeof v}${String(v)}`;
  if (Array.isArray(v)) return `[${v.map(valueKey).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    if ("compound" in o || "building" in o || "line" in o || "room" in o) {
      const a = addressKey(o);
      if (a !== undefined) return a;
    }
    const parts: string[] = [];
    for (const k of Object.keys(o).sort()) if (present(o[k])) parts.push(`${k}:${valueKey(o[k])}`);
    return `{${parts.join(",")}}`;
  }
  return "null";
}

/** The key that makes two elements of a list the same element (a phone by its digits…). */
export function elementKey(v: unknown): string {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return valueKey(v);
  const o = v as Record<string, unknown>;
  if (typeof o.number === "string") return `n${o.number.replace(/[^\d+]/g, "")}`;
  if (typeof o.scheme === "string" && typeof o.value === "string") {
    return `i${o.scheme}:${foldText(o.value).toUpperCase()}`;
  }
  if (typeof o.header === "string") return `h${o.header}\u0000${valueKey(o.value)}`;
  if (typeof o.name === "string") return `p${foldText(o.name)}`;
  return valueKey(v);
}

/** How much a value says: text length, or filled-in parts of an object. */
export function completeness(v: unknown): number {
  if (typeof v === "string") return v.trim().length;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + completeness(x), 0);
  if (typeof v === "object" && v !== null) {
    let n = 0;
    for (const x of Object.values(v as Record<string, unknown>)) {
      if (present(x)) n += 1000 + completeness(x);
    }
    return n;
  }
  return present(v) ? 1 : 0;
}

/** Deterministic JSON (object keys sorted), to tell values written differently apart. */
export function stableJson(v: unknown): string {
  // Built as one string, without the arrays of map/filter/join: fusion calls this for every
  // element of every list of every duplicate row.
  if (Array.isArray(v)) {
    let s = "[";
    for (let i = 0; i < v.length; i++) s += (i > 0 ? "," : "") + (i in v ? stableJson(v[i]) : "");
    return `${s}]`;
  }
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length > 1) keys.sort();
    let s = "{";
    let first = true;
    for (const k of keys) {
      const x = o[k];
      if (x === undefined) continue;
      s += `${first ? "" : ","}${JSON.stringify(k)}:${stableJson(x)}`;
      first = false;
    }
    return `${s}}`;
  }
  return JSON.stringify(v) ?? "null";
}
