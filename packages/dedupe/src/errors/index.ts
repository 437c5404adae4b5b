export { type DedupeOptionCode, DedupeOptionError } from "./option-error.js";
