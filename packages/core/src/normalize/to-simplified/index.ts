export { toSimplified } from "./to-simplified.js";
