export {
  type NormalizeIdentifierOptions,
  normalizeIdentifier,
  type PseudonymKind,
  pseudonymKinds,
} from "./normalize-identifier.js";
export { type PseudonymKeyOptions, pseudonymKey } from "./pseudonym-key.js";
export { type Pseudonymizer, type PseudonymizerOptions, pseudonymizer } from "./pseudonymizer.js";
