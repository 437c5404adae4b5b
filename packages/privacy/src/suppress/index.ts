export { type SuppressOptions, suppressSmallCounts } from "./suppress-small-counts.js";
