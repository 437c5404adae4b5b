import type { normalize as en } from "../en/normalize.js";

export const normalize = {
  "gender.empty": "性别为空",
  "gender.unknown": "“{value}”表示性别未知或未说明（GB/T 2261.1 代码 0、9），应填写男、女或其他",
  "gender.invalid": "无法识别性别“{value}”，应填写男/女、M/F、male/female、1（男）/2（女）或其他",
} as const satisfies Record<keyof typeof en, string>;
