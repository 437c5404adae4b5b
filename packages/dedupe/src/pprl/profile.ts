import { type DiceOptions, diceComparator } from "../comparators/dice/dice.js";
import { DEFAULT_THRESHOLD } from "../options.js";
import type { BlockingRule, FieldGetter, Profile } from "../types.js";
import { type MinhashOptions, minhashBlocking } from "./minhash.js";

/** A field-level filter of the encoded records: its name, and where it is when not in `filters`. */
export interface PprlFilter {
  readonly name: string;
  /** Default: `record.filters[name]`, as `@linli/privacy`'s `encodeRecord` writes it. */
  readonly get?: FieldGetter;
}

/** Options of {@link pprlProfile}. */
export interface PprlProfileOptions {
  /**
   * The field-level Bloom filters to compare, e.g. the `filters` of `@linli/privacy`'s
   * `clkEncoder` (`["name", "address", "dob", "ssn"]` for `febrlClkSchema`). At least two:
   * the model learns how much each filter's agreement says from how they agree together.
   */
  readonly filters: readonly (string | PprlFilter)[];
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
 * Fellegi–Sunter like any other profile, with m and u estimated from the data, no labels.
 * Blocking needs no readable value either: records meet when one of their filters is
 * identical, or when min-hashes of a filter agree (`minhashBlocking`), which catches typing
 * errors. Both parties must encode with one schema and one secret.
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
 * const { clusters } = link(left, right, { profile: pprlProfile({ filters: enc.filters }), oneToOne: true });
 * ```
 */
export function pprlProfile(options: PprlProfileOptions): Profile {
  const filters = options.filters.map((f) => (typeof f === "string" ? { name: f } : f));
  const names = new Set(filters.map((f) => f.name));
  if (filters.length === 0 || names.size !== filters.length) {
    throw new RangeError("pprlProfile: name each field-level filter once, at least one");
  }
  const blocking: BlockingRule[] = [];
  for (const f of filters) {
    blocking.push({ name: f.name, on: [f.name] });
    if (options.minhash !== false) blocking.push(...minhashBlocking(f.name, options.minhash));
  }
  return {
    name: "pprl",
    fields: filters.map((f) => ({
      name: f.name,
      get: f.get ?? ((record: unknown) => filterOf(record, f.name)),
      comparator: diceComparator(options.dice),
    })),
    blocking,
    // m per exact-agreement rule, leaving that filter out (as Splink trains): one EM over all
    // candidates can settle on "same town" as the matching class when a filter has few values.
    ...(filters.length > 1 ? { training: filters.map((f) => ({ rule: f.name })) } : {}),
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
  };
}

function filterOf(record: unknown, name: string): unknown {
  if (typeof record !== "object" || record === null) return undefined;
  const filters = (record as { filters?: unknown }).filters;
  if (typeof filters !== "object" || filters === null) return undefined;
  return Object.hasOwn(filters, name) ? (filters as Record<string, unknown>)[name] : undefined;
}
