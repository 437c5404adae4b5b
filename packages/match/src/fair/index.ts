export { FAIR_ALGORITHM, type FairOptions, matchFair } from "./fair.js";
export type { HighsModel, HighsRuntime } from "./highs.js";
