export { citizenIdCheckChar } from "./check-char.js";
export type { CheckCitizenIdOptions, CitizenIdDetails } from "./citizen-id.js";
export { checkCitizenId, compactCitizenId } from "./citizen-id.js";
