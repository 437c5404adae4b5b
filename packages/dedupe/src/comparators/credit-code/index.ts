export { creditCode } from "./credit-code.js";
