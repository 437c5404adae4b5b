export { checkCnMobile, compactPhone } from "./cn-mobile.js";
