import type { XlsFormMessageCode } from "./en.js";

/** 中文：XLSForm 生成器的提示。 */
export const zhCN: Record<XlsFormMessageCode, string> = {
  "xlsform.citizenId": "身份证号应为 18 位：17 位数字加 1 位校验码（数字或 X），且校验码须正确",
  "xlsform.phone": "请填写 11 位手机号、带区号的固定电话，或 + 国家代码和号码；可带空格或短横线",
  "xlsform.email": "请填写电子邮箱，例如 name@example.org",
  "xlsform.url": "请填写以 http:// 或 https:// 开头的网址",
  "xlsform.maxLength": "最多 {maximum} 个字",
  "xlsform.minLength": "至少 {minimum} 个字",
  "xlsform.format": "{field}的格式不正确",
  "xlsform.unknownEntity": "未知的实体“{entity}”，应为以下之一：{expected}",
  "xlsform.ambiguousName": "规则读取“{field}”，但 XLSForm 中有多个名为“{name}”的题目",
};
