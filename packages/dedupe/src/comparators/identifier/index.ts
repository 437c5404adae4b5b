export { identifier } from "./identifier.js";
