export { checkDivisionCode } from "./check-division-code.js";
