export { toHalfWidth } from "./to-half-width.js";
