import { L } from "../define.js";

/** Kinds of phone numbers, with the words registers write for them. */
export const PHONE_KIND = {
  mobile: {
    ...L("手机", "Mobile"),
    synonyms: ["移动电话", "手机号", "mobile phone", "cell", "cellphone", "cell phone"],
  },
  landline: {
    ...L("固定电话", "Landline"),
    synonyms: ["座机", "固话", "办公电话", "家庭电话", "office phone", "home phone", "fixed line"],
  },
  service: {
    ...L("服务号码", "Service number"),
    synonyms: ["热线", "服务热线", "客服电话", "400电话", "hotline", "toll-free", "helpline"],
  },
  other: { ...L("其他", "Other"), synonyms: ["其它"] },
};
