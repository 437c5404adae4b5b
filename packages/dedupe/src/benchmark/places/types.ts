import type { OrgNoiseKind } from "./noise.js";

/** An organisation or facility as a hub's partner typed it: linli's shape, values raw. */
export interface SyntheticOrganization {
  readonly meta: { readonly id: string; readonly schemaVersion: string; readonly source: string };
  readonly name: string;
  readonly identifiers?: readonly { readonly scheme: "cn-uscc"; readonly value: string }[];
  readonly phones?: readonly { readonly number: string }[];
  readonly address?: {
    readonly province?: string;
    readonly city?: string;
    readonly district?: string;
    readonly line?: string;
  };
}

/** Generated organisations and facilities with their ground truth. */
export interface SyntheticOrganizations {
  readonly records: SyntheticOrganization[];
  /** True organisation of each record. */
  readonly entity: Int32Array;
  /** Pattern of each record's organisation (`people-hospital`, `warehouse`…). */
  readonly pattern: readonly string[];
  /** Division (GB/T 2260 code) of each record's organisation. */
  readonly place: readonly string[];
  /** What fills the pattern: sub-place or proper name (城关, 协和), campus (东) or number, or "". */
  readonly fill: readonly string[];
  /** Noise applied to each record (empty for the first record of an organisation). */
  readonly noise: OrgNoiseKind[][];
}
