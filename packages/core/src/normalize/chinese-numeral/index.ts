export { chineseNumeral } from "./chinese-numeral.js";
