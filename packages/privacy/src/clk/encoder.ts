import { checkCitizenId } from "@linli/core";
import { toBase64 } from "../crypto/base64.js";
import { createHmac, type Hmac } from "../crypto/hmac.js";
import { PrivacyError } from "../errors.js";
import { type Pseudonymizer, pseudonymizer } from "../pseudonym/pseudonymizer.js";
import { deriveKey, keyId as fingerprint, type Secret } from "../secret/secret.js";
import { type ClkField, type ClkKey, type ClkSchema, validateClkSchema } from "./schema.js";
import { prepareValue, tokenize } from "./tokens.js";

/**
 * A record encoded for privacy-preserving record linkage: Base64 Bloom filters only, no
 * readable value. `filters` holds the field-level filters the schema names (`ClkField.filter`),
 * `clk` the record-level filter. Add an opaque id of your own if the other party needs to
 * refer back to records; never a register number or anything that names the person.
 *
 * @example
 * ```ts
 * import type { EncodedRecord } from "@linli/privacy";
 * const row: EncodedRecord & { id: string } = { id: "7f3a", filters: { name: "AAgAAQ==" } };
 * ```
 */
export interface EncodedRecord {
  readonly clk?: string;
  readonly filters?: Readonly<Record<string, string>>;
  /** Keyed pseudonyms of the schema's `keys`: one, or several in an array. */
  readonly keys?: Readonly<Record<string, string | readonly string[]>>;
}

/** What {@link ClkEncoder.encodeRecord} puts into a record. */
export interface EncodeRecordOptions {
  /** The record-level filter. Default: only when the schema names no field-level filters. */
  readonly clk?: boolean;
  /** The field-level filters. Default: when the schema names any. */
  readonly filters?: boolean;
  /** The keyed pseudonyms of the schema's `keys`. Default: when it has any. */
  readonly keys?: boolean;
}

/**
 * Encodes records into Bloom filters under one schema and one secret. Deterministic: the
 * same secret, schema and record give the same bits everywhere.
 *
 * @example
 * ```ts
 * import { clkEncoder, dice, generateSecret, residentClkSchema } from "@linli/privacy";
 * const enc = await clkEncoder(residentClkSchema, generateSecret());
 * const a = enc.encode({ name: "王小伟", birthDate: "1950-03-02", gender: "male" });
 * const b = enc.encode({ name: "王晓伟", birthDate: "1950-03-02", gender: "male" });
 * dice(a, b); // high: the names sound alike and the birth dates agree
 * ```
 */
export interface ClkEncoder {
  readonly schema: ClkSchema;
  /** Fingerprint of the secret (see `keyId`): encodings of different keys never compare. */
  readonly keyId: string;
  /** The record-level filter (CLK) of `bits` bits, all fields together. */
  encode(record: unknown): Uint8Array;
  /** {@link ClkEncoder.encode} as Base64. */
  encodeBase64(record: unknown): string;
  /** One filter of `fieldBits` bits per field; `undefined` for a missing value. */
  encodeFields(record: unknown): Record<string, Uint8Array | undefined>;
  /** Names of the field-level filters that the schema's fields name, in schema order. */
  readonly filters: readonly string[];
  /**
   * The schema's keys, for `@linli/dedupe`'s `pprlProfile`: citizen-ID keys forbid linking
   * two different ones (`cannotLink`).
   */
  readonly keys: readonly { readonly name: string; readonly cannotLink: boolean }[];
  /** Filters and keys that one household shares: the schema's `household` and phone keys. */
  readonly household: readonly string[];
  /**
   * The record as its encodings, for `link` with `@linli/dedupe`'s `pprlProfile`: the
   * field-level filters of `fieldBits` bits (a filter whose fields are all missing is left
   * out), the keyed pseudonyms of the schema's keys (scoped to linkage, so they differ from the
   * pseudonyms of exports made with the same secret), and or the record-level CLK. Send only
   * what the linkage uses.
   */
  encodeRecord(record: unknown, options?: EncodeRecordOptions): EncodedRecord;
}

// Values and tokens repeat (surnames, suburbs, digits at a position): their bit positions
// are kept, up to this many per field and filter length, then the cache starts over.
const CACHE_LIMIT = 100_000;
const NONE = /* @__PURE__ */ new Uint16Array(0);
const encoder = /* @__PURE__ */ new TextEncoder();

/** One field's hashing under one filter length. */
class FieldEncoder {
  private readonly tokens = new Map<string, Uint16Array>();
  private readonly values = new Map<string, Uint16Array>();
  private readonly block = new Int32Array(8);

  constructor(
    private readonly field: ClkField,
    private readonly hmac: Hmac,
    private readonly length: number,
    private readonly double: boolean,
  ) {}

  /** Bit positions of one token, `k` of them. */
  private token(token: string, k: number): Uint16Array {
    const hit = this.tokens.get(token);
    if (hit && hit.length >= k) return hit;
    const out = new Uint16Array(k);
    const { block, length } = this;
    const bytes = encoder.encode(`\u0000${token}`);
    if (this.double) {
      this.hmac.words(bytes, bytes.length, block);
      const h1 = (block[0]! >>> 0) % length;
      const h2 = (block[1]! >>> 0) % length;
      for (let i = 0; i < k; i++) out[i] = (h1 + i * h2) % length;
    } else {
      // Block b of a token is HMAC(key, b ‖ token); each 32-bit word gives one position.
      for (let i = 0; i < k; i++) {
        if (i % 8 === 0) {
          bytes[0] = i / 8;
          this.hmac.words(bytes, bytes.length, block);
        }
        out[i] = (block[i % 8]! >>> 0) % length;
      }
    }
    if (this.tokens.size >= CACHE_LIMIT) this.tokens.clear();
    this.tokens.set(token, out);
    return out;
  }

  /** Bit positions of a whole value (several values of an array: all of theirs). */
  positions(raw: unknown): Uint16Array {
    if (Array.isArray(raw)) {
      const all = raw.flatMap((v) => Array.from(this.positions(v)));
      return all.length === 0 ? NONE : Uint16Array.from(all);
    }
    const text = typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : undefined;
    if (text === undefined) return NONE;
    const hit = this.values.get(text);
    if (hit) return hit;
    const tokens = tokenize(prepareValue(text, this.field.prepare ?? "text"), this.field);
    let out = NONE;
    if (tokens.length > 0) {
      const { k, bitsPerField } = this.field;
      const per = k ?? Math.max(1, Math.ceil(bitsPerField! / tokens.length));
      out = new Uint16Array(tokens.length * per);
      tokens.forEach((t, i) => {
        out.set(this.token(t, per).subarray(0, per), i * per);
      });
    }
    if (this.values.size >= CACHE_LIMIT) this.values.clear();
    this.values.set(text, out);
    return out;
  }
}

function reader(path: string): (record: unknown) => unknown {
  const keys = path.split(".");
  return (record) => {
    let cur = record;
    for (const k of keys) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return undefined;
      cur = (cur as Record<string, unknown>)[k];
    }
    return cur;
  };
}

/** The texts of a key's value: text, numbers, or identifier and phone objects in an array. */
function keyValues(raw: unknown, kind: ClkKey["kind"]): string[] {
  const out: string[] = [];
  for (const v of Array.isArray(raw) ? raw : [raw]) {
    if (typeof v === "string" || typeof v === "number") out.push(String(v));
    else if (v !== null && typeof v === "object") {
      const o = v as { scheme?: unknown; value?: unknown; number?: unknown };
      if (kind === "citizen-id" && o.scheme !== undefined && o.scheme !== "cn-citizen-id") continue;
      const text = kind === "phone" ? (o.number ?? o.value) : o.value;
      if (typeof text === "string" || typeof text === "number") out.push(String(text));
    }
  }
  return out;
}

function linkageKey(p: Pseudonymizer, key: ClkKey, raw: unknown): string | string[] | undefined {
  const keys = new Set<string>();
  for (const v of keyValues(raw, key.kind)) {
    // Only valid IDs: then two different keys are two different people.
    if (key.kind === "citizen-id" && !checkCitizenId(v).ok) continue;
    const k = p.key(v, key.kind, "linkage");
    if (k !== undefined) keys.add(k);
  }
  if (keys.size === 0) return undefined;
  return keys.size === 1 ? [...keys][0] : [...keys].sort();
}

const set = (bits: Uint8Array, positions: Uint16Array) => {
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    bits[p >> 3] = bits[p >> 3]! | (0x80 >> (p & 7));
  }
};

/**
 * Prepare a Bloom-filter encoder (cryptographic long-term keys, CLKs) for a schema and a
 * secret shared only between the parties that link. Each field gets its own key, derived
 * with Web Crypto as HMAC(secret, "linli/clk/v1/field/<name>"); each token's bit positions
 * come from HMAC-SHA256 under that key, so the same token sets different bits in different
 * fields and nobody without the secret can compute a filter from a guessed value.
 * Throws a {@link PrivacyError} for an invalid schema or secret.
 *
 * @example
 * ```ts
 * import { clkEncoder, febrlClkSchema, generateSecret } from "@linli/privacy";
 * const enc = await clkEncoder(febrlClkSchema, generateSecret());
 * enc.encodeBase64({ given_name: "james", surname: "waller", date_of_birth: "19710213" });
 * // 1024 bits as Base64 (172 characters)
 * ```
 */
export async function clkEncoder(schema: ClkSchema, secret: Secret): Promise<ClkEncoder> {
  const checked = validateClkSchema(schema);
  if (!checked.ok) throw new PrivacyError(checked.issues);
  const [keys, id, pseudonyms] = await Promise.all([
    Promise.all(schema.fields.map((f) => deriveKey(secret, `linli/clk/v1/field/${f.name}`))),
    fingerprint(secret),
    schema.keys && schema.keys.length > 0 ? pseudonymizer(secret) : undefined,
  ]);
  const idKeys = (schema.keys ?? []).map((k) => ({ key: k, read: reader(k.get ?? k.name) }));
  const length = schema.bits ?? 1024;
  const fieldLength = schema.fieldBits ?? 512;
  const double = schema.hashing === "double";
  const fields = schema.fields.map((field, i) => {
    const hmac = createHmac(keys[i]!);
    keys[i]!.fill(0);
    return {
      name: field.name,
      read: reader(field.get ?? field.name),
      clk: new FieldEncoder(field, hmac, length, double),
      own: new FieldEncoder(field, hmac, fieldLength, double),
    };
  });
  const encode = (record: unknown) => {
    const bits = new Uint8Array(length / 8);
    for (const f of fields) set(bits, f.clk.positions(f.read(record)));
    return bits;
  };
  const groups = new Map<string, (typeof fields)[number][]>();
  schema.fields.forEach((field, i) => {
    if (field.filter === undefined) return;
    const group = groups.get(field.filter);
    if (group) group.push(fields[i]!);
    else groups.set(field.filter, [fields[i]!]);
  });
  const filterBits = (members: readonly (typeof fields)[number][], record: unknown) => {
    let bits: Uint8Array | undefined;
    for (const f of members) {
      const positions = f.own.positions(f.read(record));
      if (positions.length === 0) continue;
      bits ??= new Uint8Array(fieldLength / 8);
      set(bits, positions);
    }
    return bits;
  };
  return {
    schema,
    keyId: id,
    encode,
    encodeBase64: (record) => toBase64(encode(record)),
    encodeFields(record) {
      const out: Record<string, Uint8Array | undefined> = {};
      for (const f of fields) out[f.name] = filterBits([f], record);
      return out;
    },
    filters: [...groups.keys()],
    keys: idKeys.map(({ key }) => ({ name: key.name, cannotLink: key.kind === "citizen-id" })),
    household: [
      ...(schema.household ?? []),
      ...idKeys.filter(({ key }) => key.kind === "phone").map(({ key }) => key.name),
    ],
    encodeRecord(record, options = {}) {
      const withFilters = options.filters ?? groups.size > 0;
      const withClk = options.clk ?? groups.size === 0;
      const out: {
        clk?: string;
        filters?: Record<string, string>;
        keys?: Record<string, string | string[]>;
      } = {};
      if (withClk) out.clk = toBase64(encode(record));
      if (withFilters) {
        const filters: Record<string, string> = {};
        for (const [name, members] of groups) {
          const bits = filterBits(members, record);
          if (bits) filters[name] = toBase64(bits);
        }
        out.filters = filters;
      }
      if (pseudonyms && (options.keys ?? true)) {
        const keyed: Record<string, string | string[]> = {};
        for (const { key, read } of idKeys) {
          const k = linkageKey(pseudonyms, key, read(record));
          if (k !== undefined) keyed[key.name] = k;
        }
        out.keys = keyed;
      }
      return out;
    },
  };
}
