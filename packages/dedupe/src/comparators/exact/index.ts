export { exact } from "./exact.js";
