export { type TimeOptions, time } from "./time.js";
