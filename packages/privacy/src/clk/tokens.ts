import { expectArgument, normalizeName, normalizeText, parseDate, toSimplified } from "@linli/core";
import { pinyin } from "pinyin-pro";
import type { ClkField, ClkPrepare, ClkSchema } from "./schema.js";

const HAN = /\p{Script=Han}/u;

function toPinyin(name: string): string {
  const simplified = toSimplified(normalizeName(name)).replace(/\s+/g, "");
  if (!HAN.test(simplified)) return simplified.toLowerCase().replace(/[^a-zü]/g, "");
  // Same reading as @linli/dedupe's name comparator: surnames read as surnames (单 shan).
  return pinyin(simplified, { toneType: "none", type: "array", surname: "head" })
    .join("")
    .toLowerCase()
    .replace(/[^a-zü]/g, "");
}

/** A field's value cleaned for tokenising; `""` when nothing is left. */
export function prepareValue(value: unknown, prepare: ClkPrepare): string {
  const text =
    typeof value === "string"
      ? value
      : typeof value === "number" && Number.isFinite(value)
        ? String(value)
        : "";
  if (text === "") return "";
  switch (prepare) {
    case "digits":
      return text.replace(/\D+/g, "");
    case "date": {
      // 1950年3月2日, 1950/3/2 and 19500302 all become 19500302.
      const r = parseDate(text);
      return (r.ok ? r.value : text).replace(/\D+/g, "");
    }
    case "name": {
      const n = toSimplified(normalizeName(text)).toLowerCase();
      return HAN.test(n) ? n.replace(/\s+/g, "") : n;
    }
    case "pinyin":
      return toPinyin(text);
    default:
      return normalizeText(text).toLowerCase();
  }
}

/** The distinct tokens of a prepared value. */
export function tokenize(prepared: string, field: ClkField): string[] {
  if (prepared === "") return [];
  if (field.prepare === "exact") return [prepared];
  const q = field.q ?? 2;
  const chars = Array.from(prepared);
  if (field.positional) return chars.map((c, i) => `${i + 1}:${c}`);
  const pad = (field.padding ?? q > 1) ? "_".repeat(q - 1) : "";
  const all = pad ? [...pad, ...chars, ...pad] : chars;
  const out = new Set<string>();
  for (let i = 0; i + q <= all.length; i++) out.add(all.slice(i, i + q).join(""));
  if (out.size === 0) out.add(prepared);
  return [...out];
}

/** Read a dotted path from a record. */
export function readPath(record: unknown, path: string): unknown {
  let cur = record;
  for (const k of path.split(".")) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** The tokens of one field of a record (all values of an array together). */
export function fieldTokens(record: unknown, field: ClkField): string[] {
  const raw = readPath(record, field.get ?? field.name);
  const values = Array.isArray(raw) ? raw : [raw];
  const out = new Set<string>();
  for (const v of values) {
    for (const t of tokenize(prepareValue(v, field.prepare ?? "text"), field)) out.add(t);
  }
  return [...out];
}

/**
 * The tokens each field of a record contributes to its Bloom-filter encoding, in clear
 * text: for checking a schema on test data, never for sharing.
 *
 * @example
 * ```ts
 * import { clkTokens } from "@linli/privacy";
 * clkTokens(
 *   { name: "s", fields: [{ name: "name", prepare: "pinyin", k: 10 }, { name: "dob", prepare: "digits", q: 1, positional: true, k: 5 }] },
 *   { name: "王伟", dob: "1950-03-02" },
 * );
 * // { name: ["_w", "wa", "an", "ng", "gw", "we", "ei", "i_"], dob: ["1:1", "2:9", "3:5", "4:0", "5:0", "6:3", "7:0", "8:2"] }
 * ```
 */
export function clkTokens(schema: ClkSchema, record: unknown): Record<string, string[]> {
  expectArgument("clkTokens", "schema", "object", schema);
  const out: Record<string, string[]> = {};
  for (const f of schema.fields) out[f.name] = fieldTokens(record, f);
  return out;
}
