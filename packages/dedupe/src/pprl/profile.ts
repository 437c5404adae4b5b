import { expectArgument } from "@linli/core";
import { type DiceOptions, diceComparator } from "../comparators/dice/dice.js";
import { exact } from "../comparators/exact/exact.js";
import { DedupeOptionError } from "../errors/option-error.js";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { BlockingRule, FieldGetter, Profile } from "../types.js";
import { type MinhashOptions, minhashBlocking } from "./minhash.js";

/** A field-level filter of the encoded records: its name, and where it is when not in `filters`. */
export interface PprlFilter {
  readonly name: string;
  /** Default: `record.filters[name]`, as `@linli/privacy`'s `encodeRecord` writes it. */
  readonly get?: FieldGetter;
}

/** An identifier sent as a keyed pseudonym (`record.keys[name]` by default), compared for equality. */
export interface PprlKey {
  readonly name: string;
  readonly get?: FieldGetter;
  /** Two records with different keys never link (keys of valid citizen IDs). */
  readonly cannotLink?: boolean;
}

/** Options of {@link pprlProfile}. */
export interface PprlProfileOptions {
  /**
   * The field-level Bloom filters to compare, e.g. the `filters` of `@linli/privacy`'s
   * `clkEncoder` (`["name", "address", "dob", "ssn"]` for `febrlClkSchema`). Use two or more
   * fields in all: the model learns how much each one's agreement says from how they agree
   * together, and cannot with one alone.
   */
  readonly filters: readonly (string | PprlFilter)[];
  /**
   * Identifiers as keyed pseudonyms (`@linli/privacy`'s `keys`: citizen ID, phone): compared
   * for equality, blocked on equality; a key or an array of keys per record.
   */
  readonly keys?: readonly (string | PprlKey)[];
  /**
   * Filters and keys that one household shares (home, phone): pairs agreeing on one are scored
   * with their own u and prior, as family members who share them, and they do not train m.
   */
  readonly household?: readonly string[];
  /** Dice levels of every filter (see `diceComparator`). */
  readonly dice?: DiceOptions;
  /** Min-hash blocking on every filter, besides exact agreement; `false` for exact only. */
  readonly minhash?: MinhashOptions | false;
  /** Match-probability threshold. Default {@link DEFAULT_THRESHOLD}. */
  readonly threshold?: number;
}

/**
 * A profile for privacy-preserving record linkage: records that hold only Bloom-filter
 * encodings (Base64 text or bytes, such as `@linli/privacy`'s `encodeRecord` makes) are
 * compared filter by filter with the Dice coefficient (`diceComparator`) and scored by
 * Fellegi–Sunter like any other profile, with m and u estimated from the data, no labels;
 * keyed pseudonyms of identifiers (`keys`) are compared for equality. Blocking needs no
 * readable value either: records meet when a filter or key is identical, or when min-hashes of
 * a filter agree (`minhashBlocking`), which catches typing errors. Both parties must encode
 * with one schema and one secret; the encoder's `filters`, `keys` and `household` are this
 * function's options (`pprlProfile(encoder)`).
 *
 * @example
 * ```ts
 * import { link, pprlProfile } from "@linli/dedupe";
 * import { clkEncoder, febrlClkSchema, generateSecret } from "@linli/privacy";
 * const enc = await clkEncoder(febrlClkSchema, generateSecret()); // secret shared by both parties
 * const mine = [{ given_name: "james", surname: "waller", date_of_birth: "19710213", soc_sec_id: "6375537" }];
 * const theirs = [{ given_name: "jaems", surname: "waller", date_of_birth: "19710213", soc_sec_id: "6375537" }];
 * const left = mine.map((r, i) => ({ id: `a${i}`, ...enc.encodeRecord(r) }));
 * const right = theirs.map((r, i) => ({ id: `b${i}`, ...enc.encodeRecord(r) }));
 * // Tiny inputs give weak evidence: estimate on real registers, or pass `params` of a larger run.
 * const { clusters } = link(left, right, { profile: pprlProfile(enc), oneToOne: true });
 * ```
 */
export function pprlProfile(options: PprlProfileOptions): Profile {
  expectArgument("pprlProfile", "options", "object", options);
  const named = <T extends { readonly name: string }>(f: string | T) =>
    typeof f === "string" ? ({ name: f } as T) : f;
  const filters = options.filters.map((f) => named<PprlFilter>(f));
  const keys = (options.keys ?? []).map((k) => named<PprlKey>(k));
  const all = [...filters, ...keys];
  const names = new Set(all.map((f) => f.name));
  if (filters.length === 0 || names.size !== all.length) {
    throw new DedupeOptionError("options.pprlNames");
  }
  const household = new Set(options.household ?? []);
  for (const h of household) {
    if (!names.has(h)) throw new DedupeOptionError("options.pprlHousehold", { name: h });
  }
  const blocking: BlockingRule[] = [];
  for (const f of filters) {
    blocking.push({ name: f.name, on: [f.name] });
    if (options.minhash !== false)
      for (const x of minhashBlocking(f.name, options.minhash)) blocking.push(x);
  }
  for (const k of keys) blocking.push({ name: k.name, on: [k.name], maxBlockSize: 50 });
  // m per exact-agreement rule, leaving that field and the household ones out (as Splink
  // trains): one EM over all candidates can settle on "same town" as the matching class.
  const ignore = [...household];
  const training = all
    .filter((f) => !household.has(f.name))
    .map((f) => ({ rule: f.name, ...(ignore.length > 0 ? { ignore } : {}) }));
  const cannotLink = keys.filter((k) => k.cannotLink).map((k) => k.name);
  return {
    name: "pprl",
    fields: [
      ...filters.map((f) => ({
        name: f.name,
        get: f.get ?? ((record: unknown) => member(record, "filters", f.name)),
        comparator: diceComparator(options.dice),
      })),
      ...keys.map((k) => ({
        name: k.name,
        get: k.get ?? ((record: unknown) => member(record, "keys", k.name)),
        comparator: k.cannotLink ? { ...exact(), isValid: () => true } : exact(),
      })),
    ],
    blocking,
    ...(training.length > 1 ? { training } : {}),
    ...(cannotLink.length > 0 ? { cannotLink } : {}),
    ...(household.size > 0
      ? { context: Object.fromEntries([...household].map((h) => [h, 1])) }
      : {}),
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
  };
}

function member(record: unknown, group: "filters" | "keys", name: string): unknown {
  if (typeof record !== "object" || record === null) return undefined;
  const values = (record as Record<string, unknown>)[group];
  if (typeof values !== "object" || values === null) return undefined;
  return Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined;
}
