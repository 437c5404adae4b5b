export { creditCodeCheckChar } from "./check-char.js";
export type { CreditCodeDetails } from "./credit-code.js";
export { checkCreditCode } from "./credit-code.js";
