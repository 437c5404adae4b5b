export { phone } from "./phone.js";
