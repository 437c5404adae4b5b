export {
  chineseName,
  type NameFeatures,
  nameFeatures,
  splitChineseName,
  surnamePinyin,
} from "./chinese-name.js";
