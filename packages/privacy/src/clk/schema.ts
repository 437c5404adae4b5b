import { fail, type Issue, ok, type Result } from "@linli/core";
import { privacyIssue } from "../errors.js";

/**
 * How a field's value is cleaned before it is cut into tokens:
 * - `text`: normalised text, lower-case;
 * - `name`: a person's name, normalised and simplified (张靜 → 张静), Latin lower-case;
 * - `pinyin`: the toneless pinyin of a Chinese name without spaces (王伟 → wangwei); Latin
 *   names keep their letters, so 王伟 and "Wang Wei" meet;
 * - `digits`: only the digits (postcodes, numbers, dates already written alike);
 * - `date`: a date in any common writing (1950年3月2日, 1950/3/2) as `19500302`;
 * - `exact`: normalised text as one token (sex, a building number).
 *
 * @example
 * ```ts
 * import type { ClkPrepare } from "@linli/privacy";
 * const prepare: ClkPrepare = "pinyin";
 * ```
 */
export type ClkPrepare = "text" | "name" | "pinyin" | "digits" | "date" | "exact";

/**
 * One field of a Bloom-filter encoding.
 *
 * Tokens are q-grams of the prepared value (bigrams by default, padded with `_` at both
 * ends), or with `positional` single characters tagged with their position (for dates and
 * numbers, where `19500302` and `19500320` should share most tokens but not all). Each token
 * sets `k` bits; or, with `bitsPerField`, the value as a whole sets about that many bits,
 * spread over its tokens, so long and short values weigh the same.
 *
 * @example
 * ```ts
 * import type { ClkField } from "@linli/privacy";
 * const surname: ClkField = { name: "surname", prepare: "name", q: 2, k: 15 };
 * const birth: ClkField = { name: "dob", get: "birthDate", prepare: "digits", q: 1, positional: true, bitsPerField: 120 };
 * ```
 */
export interface ClkField {
  /** Unique name; it also selects the field's own hashing key. */
  readonly name: string;
  /** Dotted path of the value in a record. Default: `name`. */
  readonly get?: string;
  /** Default `text`. */
  readonly prepare?: ClkPrepare;
  /** Length of the q-grams, 1–4. Default 2. */
  readonly q?: number;
  /** Tag each character with its position (needs `q: 1`). */
  readonly positional?: boolean;
  /** Pad with `_` so the first and last characters make tokens too. Default true when q > 1. */
  readonly padding?: boolean;
  /** Bits set per token. */
  readonly k?: number;
  /** Or: bits set for the whole value, divided among its tokens. */
  readonly bitsPerField?: number;
  /**
   * Also encode this field into the field-level filter of this name (`encodeRecord`). Fields
   * naming one filter share it: a filter of the given name and surname together, not one of
   * the sex alone, whose few values anyone could tell apart by their frequencies.
   */
  readonly filter?: string;
}

/**
 * An identifier carried as a keyed pseudonym (see `pseudonymizer`) beside the filters of
 * `encodeRecord`, under `keys[name]`: a citizen ID, a phone, a document number. Values are
 * read at `get` (default `name`): text, or an array of texts or of objects holding `value`
 * (identifiers; for `citizen-id` only those of scheme `cn-citizen-id`) or `number` (phones).
 * Only citizen IDs whose check character is right get a key, so two different `citizen-id`
 * keys are two different people. Keys of several values come as an array.
 *
 * @example
 * ```ts
 * import type { ClkKey } from "@linli/privacy";
 * const id: ClkKey = { name: "id", get: "identifiers", kind: "citizen-id" };
 * ```
 */
export interface ClkKey {
  readonly name: string;
  readonly get?: string;
  readonly kind: "citizen-id" | "phone" | "document";
}

/**
 * A Bloom-filter encoding schema for privacy-preserving record linkage (Schnell, Bachteler
 * and Reiher 2009, cryptographic long-term keys): which fields go into the filter and with
 * what weight. Plain JSON, to be agreed between the parties together with the secret.
 *
 * `hashing`: `random` (default) takes each token's bit positions straight from its keyed
 * HMAC, so a token's positions carry no pattern; `double` uses h1 + i·h2 from two keyed
 * hashes as in Schnell 2009, which cryptanalysis of Bloom filters has exploited.
 *
 * @example
 * ```ts
 * import type { ClkSchema } from "@linli/privacy";
 * const schema: ClkSchema = {
 *   name: "people",
 *   bits: 1024,
 *   fields: [
 *     { name: "name", prepare: "name", k: 20 },
 *     { name: "birthDate", prepare: "digits", q: 1, positional: true, k: 12 },
 *   ],
 * };
 * ```
 */
export interface ClkSchema {
  readonly name: string;
  /** Length of the record-level filter in bits; a multiple of 32. Default 1024. */
  readonly bits?: number;
  /** Length of each field-level filter (`encodeFields`, `encodeRecord`). Default 512. */
  readonly fieldBits?: number;
  readonly hashing?: "random" | "double";
  readonly fields: readonly ClkField[];
  /** Identifiers sent as keyed pseudonyms beside the filters (`encodeRecord`). */
  readonly keys?: readonly ClkKey[];
  /**
   * Filters that the people of one household share (their home): linkage scores pairs that
   * agree on one of them apart, as members of one household (phone keys count too).
   */
  readonly household?: readonly string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v) ?? String(v);
const inRange = (v: unknown, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const PATH = /^[^.\s]+(\.[^.\s]+)*$/;
const FIELD_KEYS = [
  "name",
  "get",
  "prepare",
  "q",
  "positional",
  "padding",
  "k",
  "bitsPerField",
  "filter",
];

/** A field or key with a name of its own: 1 to 100 characters, not `__proto__`, not taken. */
const named = (v: unknown, names: ReadonlySet<string>): v is Obj & { name: string } =>
  isObj(v) &&
  typeof v.name === "string" &&
  v.name !== "" &&
  v.name !== "__proto__" &&
  v.name.length <= 100 &&
  !names.has(v.name);

/** The error of an entry of `list` (`fields`, `keys`) at `i` without such a name. */
const nameIssue = (
  code: "clk.fieldName" | "clk.keyName",
  list: "fields" | "keys",
  v: unknown,
  i: number,
): Issue =>
  privacyIssue(code, "error", { index: i + 1, value: show(isObj(v) ? v.name : v) }, [list, i]);

function checkBits(value: unknown, at: string, out: Issue[]): void {
  if (value !== undefined && (!inRange(value, 64, 8192) || (value as number) % 32 !== 0)) {
    out.push(privacyIssue("clk.bits", "error", { at, value: show(value) }, [at]));
  }
}

function checkField(f: unknown, i: number, names: Set<string>, out: Issue[]): void {
  if (!named(f, names)) {
    out.push(nameIssue("clk.fieldName", "fields", f, i));
    return;
  }
  const field = f.name;
  names.add(field);
  const at = (k: string) => ["fields", i, k];
  for (const k of Object.keys(f)) {
    if (!FIELD_KEYS.includes(k)) {
      out.push(privacyIssue("clk.unknownKey", "error", { key: k, at: `fields[${i}]` }, at(k)));
    }
  }
  if (f.get !== undefined && (typeof f.get !== "string" || !PATH.test(f.get))) {
    out.push(privacyIssue("clk.get", "error", { field, value: show(f.get) }, at("get")));
  }
  if (
    f.filter !== undefined &&
    (typeof f.filter !== "string" ||
      f.filter === "" ||
      f.filter === "__proto__" ||
      f.filter.length > 100)
  ) {
    out.push(privacyIssue("clk.filter", "error", { field, value: show(f.filter) }, at("filter")));
  }
  if (
    f.prepare !== undefined &&
    !["text", "name", "pinyin", "digits", "date", "exact"].includes(f.prepare as string)
  ) {
    out.push(
      privacyIssue("clk.prepare", "error", { field, value: show(f.prepare) }, at("prepare")),
    );
  }
  if (f.q !== undefined && !inRange(f.q, 1, 4)) {
    out.push(privacyIssue("clk.q", "error", { field, value: show(f.q) }, at("q")));
  }
  for (const flag of ["positional", "padding"]) {
    if (f[flag] !== undefined && typeof f[flag] !== "boolean") {
      out.push(
        privacyIssue("clk.flag", "error", { field, option: flag, value: show(f[flag]) }, at(flag)),
      );
    }
  }
  if (f.positional === true && (f.q ?? 2) !== 1) {
    out.push(privacyIssue("clk.positional", "error", { field, value: show(f.q ?? 2) }, at("q")));
  }
  const hasK = f.k !== undefined;
  const hasBits = f.bitsPerField !== undefined;
  if (
    hasK === hasBits ||
    (hasK && !inRange(f.k, 1, 100)) ||
    (hasBits && !inRange(f.bitsPerField, 1, 4000))
  ) {
    out.push(
      privacyIssue(
        "clk.strength",
        "error",
        { field, value: show({ k: f.k, bitsPerField: f.bitsPerField }) },
        at(hasK ? "k" : "bitsPerField"),
      ),
    );
  }
}

function checkKey(k: unknown, i: number, names: Set<string>, out: Issue[]): void {
  const at = (key: string) => ["keys", i, key];
  if (!named(k, names)) {
    out.push(nameIssue("clk.keyName", "keys", k, i));
    return;
  }
  names.add(k.name);
  for (const key of Object.keys(k)) {
    if (!["name", "get", "kind"].includes(key)) {
      out.push(privacyIssue("clk.unknownKey", "error", { key, at: `keys[${i}]` }, at(key)));
    }
  }
  if (k.get !== undefined && (typeof k.get !== "string" || !PATH.test(k.get))) {
    out.push(privacyIssue("clk.get", "error", { field: k.name, value: show(k.get) }, at("get")));
  }
  if (!["citizen-id", "phone", "document"].includes(k.kind as string)) {
    out.push(
      privacyIssue("clk.keyKind", "error", { key: k.name, value: show(k.kind) }, at("kind")),
    );
  }
}

/**
 * Check a Bloom-filter encoding schema, e.g. one read from a file; problems come in zh-CN
 * and en with a path.
 *
 * @example
 * ```ts
 * import { validateClkSchema } from "@linli/privacy";
 * const r = validateClkSchema({ name: "x", bits: 1000, fields: [{ name: "surname", k: 20 }] });
 * if (!r.ok) r.issues[0]?.code; // "clk.bits": not a multiple of 32
 * ```
 */
export function validateClkSchema(input: unknown): Result<ClkSchema> {
  if (!isObj(input)) {
    return fail(
      privacyIssue("clk.notObject", "error", {
        type: input === null ? "null" : Array.isArray(input) ? "array" : typeof input,
      }),
    );
  }
  const issues: Issue[] = [];
  for (const k of Object.keys(input)) {
    if (
      !["$schema", "name", "bits", "fieldBits", "hashing", "fields", "keys", "household"].includes(
        k,
      )
    ) {
      issues.push(privacyIssue("clk.unknownKey", "error", { key: k, at: "/" }, [k]));
    }
  }
  if (typeof input.name !== "string" || input.name === "" || input.name.length > 100) {
    issues.push(privacyIssue("clk.name", "error", {}, ["name"]));
  }
  checkBits(input.bits, "bits", issues);
  checkBits(input.fieldBits, "fieldBits", issues);
  if (input.hashing !== undefined && input.hashing !== "random" && input.hashing !== "double") {
    issues.push(privacyIssue("clk.hashing", "error", { value: show(input.hashing) }, ["hashing"]));
  }
  if (!Array.isArray(input.fields) || input.fields.length === 0) {
    issues.push(privacyIssue("clk.fields", "error", {}, ["fields"]));
  } else {
    const names = new Set<string>();
    input.fields.forEach((f, i) => {
      checkField(f, i, names, issues);
    });
  }
  if (input.keys !== undefined) {
    if (!Array.isArray(input.keys)) issues.push(privacyIssue("clk.keys", "error", {}, ["keys"]));
    else {
      const names = new Set<string>();
      input.keys.forEach((k, i) => {
        checkKey(k, i, names, issues);
      });
    }
  }
  if (input.household !== undefined) {
    const filters = new Set(
      Array.isArray(input.fields) ? input.fields.map((f) => (isObj(f) ? f.filter : undefined)) : [],
    );
    const ok =
      Array.isArray(input.household) &&
      input.household.every((h) => typeof h === "string" && filters.has(h));
    if (!ok) {
      issues.push(
        privacyIssue("clk.household", "error", { value: show(input.household) }, ["household"]),
      );
    }
  }
  return issues.length > 0 ? { ok: false, issues } : ok(input as unknown as ClkSchema);
}
