export { chineseName, type NameFeatures, nameFeatures, splitChineseName } from "./chinese-name.js";
