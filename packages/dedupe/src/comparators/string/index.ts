export { type StringOptions, string } from "./string.js";
