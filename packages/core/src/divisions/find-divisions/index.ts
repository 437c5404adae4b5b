export type { FindDivisionsOptions } from "./find-divisions.js";
export { findDivisions } from "./find-divisions.js";
