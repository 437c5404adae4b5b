export { type DateFeatures, type DateOptions, date } from "./date.js";
