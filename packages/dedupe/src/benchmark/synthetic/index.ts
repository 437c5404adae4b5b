export {
  blockingRecall,
  evaluateSynthetic,
  HARD_NEGATIVE_KINDS,
  type HardNegativeKind,
  type HardNegativeReport,
  type NoiseReport,
  type SyntheticReport,
} from "./evaluate.js";
export { type SynthesizeOptions, synthesizeResidents } from "./generate.js";
export { NOISE_KINDS, type NoiseKind } from "./noise.js";
export type { SyntheticData, SyntheticResident } from "./types.js";
