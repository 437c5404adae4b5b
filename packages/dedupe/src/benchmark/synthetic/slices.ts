import { expectArgument } from "@linli/core";
import { type SynthesizeOptions, synthesizePart } from "./generate.js";
import type { SyntheticData } from "./types.js";

/** Options of {@link residentSlices}. */
export interface SliceOptions extends SynthesizeOptions {
  /**
   * About how many records each slice holds. Default 262,144; raised to a 250th of `records`
   * when smaller (each slice draws ID sequence numbers from its own share of 500).
   */
  readonly sliceRecords?: number;
}

/**
 * One slice of residents made slice by slice: its records and their truth, with ids (`r-…`,
 * entity, household, twin, namesake and swapped-name groups) numbered across all slices.
 */
export type ResidentSlice = Omit<SyntheticData, "sameName" | "sameBirth">;

/**
 * Synthetic residents for registers too large to hold at once (a city of 13 million): slices of
 * people made one after another, each with its own households and hard negatives, so that only
 * one slice is in memory. Citizen IDs and phone numbers stay unique across slices (each slice
 * draws from its own share of the numbers), and common names and namesakes repeat across them
 * as in one population. This is another stream than {@link synthesizeResidents}: the same
 * seed does not give the same people. Duplicates of a person stay within the person's slice.
 *
 * @example
 * ```ts
 * import { residentSlices } from "@linli/dedupe/benchmark";
 * let records = 0;
 * for (const slice of residentSlices({ records: 2000, sliceRecords: 1000, seed: 3 })) {
 *   records += slice.records.length; // slice.entity: the true person of each record
 * }
 * ```
 */
export function* residentSlices(options: SliceOptions): Generator<ResidentSlice> {
  expectArgument("residentSlices", "options", "object", options);
  const size = Math.max(1, Math.round(options.sliceRecords ?? 262_144), options.records / 250);
  const parts = Math.max(1, Math.ceil(options.records / size));
  const seed = options.seed ?? 1;
  const next = { record: 0, entity: 0, household: 0, twin: 0, namesake: 0, swapped: 0 };
  for (let index = 0; index < parts; index++) {
    const records =
      Math.round((options.records * (index + 1)) / parts) -
      Math.round((options.records * index) / parts);
    const part = synthesizePart(
      {
        ...options,
        records,
        seed: (Math.imul(seed, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca6b)) >>> 0,
      },
      { index, of: parts },
    );
    const shift = (ids: Int32Array, key: Exclude<keyof typeof next, "record">) => {
      let top = -1;
      for (let i = 0; i < ids.length; i++) {
        const v = ids[i]!;
        if (v < 0) continue;
        if (v > top) top = v;
        ids[i] = v + next[key];
      }
      next[key] += top + 1;
    };
    for (const r of part.records) (r.meta as { id: string }).id = `r-${next.record++}`;
    shift(part.entity, "entity");
    shift(part.household, "household");
    shift(part.twin, "twin");
    shift(part.namesake, "namesake");
    shift(part.swapped, "swapped");
    const { sameName: _n, sameBirth: _b, ...slice } = part;
    yield slice;
  }
}
