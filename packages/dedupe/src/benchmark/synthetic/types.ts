import type { NoiseKind } from "./noise.js";

/** A resident as a volunteer typed it: linli's shape, values not yet normalised. */
export interface SyntheticResident {
  readonly meta: { readonly id: string; readonly schemaVersion: string; readonly source: string };
  readonly name: string;
  readonly gender?: "male" | "female";
  readonly birthDate?: string;
  readonly identifiers?: readonly { readonly scheme: "cn-citizen-id"; readonly value: string }[];
  readonly phones?: readonly { readonly number: string }[];
  readonly address?: {
    readonly district?: string;
    readonly compound?: string;
    readonly building?: string;
    readonly unit?: string;
    readonly room?: string;
    readonly line?: string;
  };
}

/** The ground truth of generated residents, without the records themselves. */
export type SyntheticTruth = Omit<SyntheticData, "records">;

/** Generated residents with their ground truth. */
export interface SyntheticData {
  readonly records: SyntheticResident[];
  /** True person of each record. */
  readonly entity: Int32Array;
  /** Household of each record (family members share phone and address). */
  readonly household: Int32Array;
  /** Twin pair of each record, or -1. */
  readonly twin: Int32Array;
  /** Namesake group (same name and birth year, different people), or -1. */
  readonly namesake: Int32Array;
  /** Index of the record's very common name (张伟, 王芳…), or -1. */
  readonly commonName: Int32Array;
  /** Pair of people whose given names are the same characters swapped (发祥 / 祥发), or -1. */
  readonly swapped: Int32Array;
  /** Id of the person's full name: people of one name share it. */
  readonly sameName: Int32Array;
  /** Id of the person's surname, birth date and sex. */
  readonly sameBirth: Int32Array;
  /** Noise applied to each record (empty for the clean first record of a person). */
  readonly noise: NoiseKind[][];
}
