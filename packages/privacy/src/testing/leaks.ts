import { describe, expectArgument, type Node } from "@linli/core";
import { profilePlan } from "../profile/apply-profile.js";
import { resolveAction } from "../profile/compile.js";
import { type EntityInput, entityOf, expectEntityInput } from "../profile/entity.js";
import { kindOfField } from "../profile/field-kind.js";
import { normalAction } from "../profile/leaf.js";
import { expectProfile, resolveProfile } from "../profile/resolve-profile.js";
import type { BuiltinProfileName, SharingProfile } from "../profile/types.js";
import { normalizeIdentifier } from "../pseudonym/normalize-identifier.js";

/**
 * A direct identifier of the input found in an output.
 *
 * @example
 * ```ts
 * import type { Leak } from "@linli/privacy/testing";
 * const leak: Leak = { kind: "phone", path: "phones.number", value: "13800138000", found: "13800138000" };
 * ```
 */
export interface Leak {
  readonly kind: "citizen-id" | "document" | "phone" | "name";
  /** Where the identifier was in the input (`notes` for one found inside free text). */
  readonly path: string;
  readonly value: string;
  /** The form that was found in the output. */
  readonly found: string;
}

/**
 * Options of {@link leaks}.
 *
 * @example
 * ```ts
 * import { leaks } from "@linli/privacy/testing";
 * const bytes = new Uint8Array();
 * leaks({}, bytes, "resident", "partner-ngo", { decode: (b) => new TextDecoder("gb18030").decode(b) });
 * ```
 */
export interface LeaksOptions {
  /** Turn output bytes into text; default UTF-8. Pass a GB18030 decoder for GB18030 CSV. */
  readonly decode?: (bytes: Uint8Array) => string;
}

type Found = { kind: Leak["kind"]; path: string; value: string };

const ID_IN_TEXT = /(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)/g;
const MOBILE_IN_TEXT = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

function forms(kind: Leak["kind"], value: string): string[] {
  const out = new Set([value.trim()]);
  if (kind === "citizen-id") {
    const c = normalizeIdentifier(value, "citizen-id");
    if (c) {
      out.add(c);
      out.add(c.toLowerCase());
    }
  } else if (kind === "phone") {
    const c = normalizeIdentifier(value, "phone");
    if (c) {
      out.add(c);
      if (/^1\d{10}$/.test(c)) out.add(`+86${c}`);
    }
  } else if (kind === "document") {
    const c = normalizeIdentifier(value, "document");
    if (c) out.add(c);
  }
  return [...out].filter((f) => f.length >= 2);
}

function collect(node: Node, value: unknown, path: string[], out: Found[]): void {
  if (value === undefined || value === null) return;
  if (node.kind === "object") {
    if (typeof value !== "object" || Array.isArray(value)) return;
    for (const p of node.properties) {
      collect(p.node, (value as Record<string, unknown>)[p.key], [...path, p.key], out);
    }
    return;
  }
  if (node.kind === "array" && (node.item.kind === "object" || node.item.kind === "union")) {
    if (Array.isArray(value)) for (const el of value) collect(node.item, el, path, out);
    return;
  }
  if (node.kind === "union" && node.options.some((o) => o.kind === "object")) {
    for (const o of node.options) collect(o, value, path, out);
    return;
  }
  const meta = node.meta;
  const kind = kindOfField({
    key: path[path.length - 1] ?? "",
    path,
    pii: meta?.pii ?? "sensitive",
    ...(meta?.hxl ? { hxl: meta.hxl } : {}),
    ...(meta?.form ? { form: meta.form } : {}),
    node,
  });
  if (kind !== "citizen-id" && kind !== "document" && kind !== "phone" && kind !== "name") return;
  for (const v of Array.isArray(value) ? value : [value]) {
    if (typeof v === "string" || typeof v === "number") {
      out.push({ kind, path: path.join("."), value: String(v) });
    }
  }
}

function strings(value: unknown, path: string[], out: [string, string][]): void {
  if (typeof value === "string") out.push([path.join("."), value]);
  // Array indices are left out of the path, as in profile field paths.
  else if (Array.isArray(value)) for (const v of value) strings(v, path, out);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) strings(v, [...path, k], out);
  }
}

const compact = (s: string) => s.replace(/[\s\u3000\-‐‑–—]+/g, "");

/**
 * The direct identifiers of an input record that show up in an output, for tests of every
 * export format: citizen IDs, other ID document numbers and phones in any of their written
 * forms (as entered, canonical, `+86…`; five characters or more), names of two or more
 * characters, plus ID numbers and mobile numbers written inside the record's free text.
 * Identifiers of fields that the profile keeps unchanged are not counted: the profile shares
 * them on purpose.
 *
 * The output may be the profiled record, a text (CSV, HTML, JSON…) or bytes (decoded as
 * UTF-8 unless `decode` says otherwise; unzip XLSX first). Digits are also searched with
 * spaces and dashes taken out of the output, so `138 0013 8000` counts.
 *
 * @example
 * ```ts
 * import { applyProfile } from "@linli/privacy";
 * import { leaks } from "@linli/privacy/testing";
 * const input = {
 *   meta: { id: "r-1", schemaVersion: "0.0.0" },
 *   name: "王小伟",
 *   phones: [{ number: "13800138000" }],
 *   notes: "女儿电话 13900139000",
 * };
 * leaks(input, applyProfile("resident", input, "partner-ngo"), "resident", "partner-ngo"); // []
 * leaks(input, JSON.stringify(input), "resident", "partner-ngo").map((l) => l.path);
 * // ["name", "phones.number", "notes"]
 * ```
 */
export function leaks(
  input: unknown,
  output: unknown,
  entity: EntityInput,
  profile: SharingProfile | BuiltinProfileName,
  options: LeaksOptions = {},
): Leak[] {
  expectEntityInput("leaks", entity);
  expectProfile("leaks", profile);
  expectArgument("leaks", "options", "options", options);
  const { schema } = entityOf(entity);
  const resolved = resolveProfile(profile);
  const plan = profilePlan(entity, profile);
  const keptAsIs = new Set(plan.fields.filter((f) => f.form === "value").map((f) => f.path));
  const found: Found[] = [];
  collect(describe(schema), input, [], found);
  const texts: [string, string][] = [];
  strings(input, [], texts);
  const keepsKind = (kind: "citizen-id" | "phone") =>
    normalAction(resolveAction(resolved, [], undefined, kind, "direct")).action === "keep";
  for (const [path, text] of texts) {
    if (!keepsKind("citizen-id")) {
      for (const m of text.matchAll(ID_IN_TEXT)) {
        found.push({ kind: "citizen-id", path, value: m[0] });
      }
    }
    if (!keepsKind("phone")) {
      for (const m of text.matchAll(MOBILE_IN_TEXT)) {
        found.push({ kind: "phone", path, value: m[0] });
      }
    }
  }

  const text =
    typeof output === "string"
      ? output
      : output instanceof Uint8Array
        ? (options.decode ?? ((b: Uint8Array) => new TextDecoder().decode(b)))(output)
        : (JSON.stringify(output) ?? "");
  const squeezed = compact(text);
  const out: Leak[] = [];
  const reported = new Set<string>();
  for (const f of found) {
    if (keptAsIs.has(f.path)) continue;
    // Numbers of fewer than five characters identify nobody and would match by chance.
    if (f.kind !== "name" && f.value.replace(/[^\p{L}\p{N}]/gu, "").length < 5) continue;
    // A name is text with letters; short or letterless values would match by chance.
    if (f.kind === "name" && (Array.from(f.value.trim()).length < 2 || !/\p{L}/u.test(f.value))) {
      continue;
    }
    for (const form of forms(f.kind, f.value)) {
      const digits = /^[+\dXx]+$/.test(form);
      if (text.includes(form) || (digits && squeezed.includes(form))) {
        const id = `${f.path} ${f.value}`;
        if (!reported.has(id))
          out.push({ kind: f.kind, path: f.path, value: f.value, found: form });
        reported.add(id);
        break;
      }
    }
  }
  return out;
}
