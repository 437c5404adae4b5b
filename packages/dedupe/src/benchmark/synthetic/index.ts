export {
  blockingRecall,
  type ClusterPurity,
  evaluateSynthetic,
  HARD_NEGATIVE_KINDS,
  type HardNegativeKind,
  type HardNegativeReport,
  type NoiseReport,
  type SyntheticReport,
} from "./evaluate.js";
export { type SynthesizeOptions, synthesizeResidents } from "./generate.js";
export { CLASSIC_NOISE, NOISE_KINDS, type NoiseKind } from "./noise.js";
export { type ResidentSlice, residentSlices, type SliceOptions } from "./slices.js";
export type { SyntheticData, SyntheticResident, SyntheticTruth } from "./types.js";
