export { checkCnMobile } from "./cn-mobile.js";
