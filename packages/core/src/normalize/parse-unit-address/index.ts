export type { UnitAddress } from "./parse-unit-address.js";
export { parseUnitAddress } from "./parse-unit-address.js";
export { type UnitPartKind, unitPart } from "./unit-part.js";
