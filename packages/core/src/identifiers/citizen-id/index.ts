export { citizenIdCheckChar } from "./check-char.js";
export type { CheckCitizenIdOptions, CitizenIdDetails } from "./citizen-id.js";
export { checkCitizenId } from "./citizen-id.js";
