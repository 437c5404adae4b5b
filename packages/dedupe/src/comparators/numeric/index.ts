export { type NumericOptions, numeric } from "./numeric.js";
