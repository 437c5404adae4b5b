export {
  chineseName,
  latinSound,
  type NameFeatures,
  nameFeatures,
  splitChineseName,
  surnamePinyin,
} from "./chinese-name.js";
