export { type DedupeResult, dedupe } from "./dedupe.js";
