export { dice, dicePairs, type PackedClks, packClks, popcount } from "./dice.js";
export {
  type ClkEncoder,
  clkEncoder,
  type EncodedRecord,
  type EncodeRecordOptions,
} from "./encoder.js";
export { febrlClkSchema } from "./febrl.js";
export { residentClkSchema } from "./resident.js";
export {
  type ClkField,
  type ClkKey,
  type ClkPrepare,
  type ClkSchema,
  validateClkSchema,
} from "./schema.js";
export { clkTokens } from "./tokens.js";
