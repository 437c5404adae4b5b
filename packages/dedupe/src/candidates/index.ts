export { type CandidatePairs, candidatePairs } from "./candidates.js";
