import type { common as en } from "../en/common.js";

export const common = {
  "schema.invalid": "{path}：{detail}",
  "schema.required": "{field}为必填项",
  "schema.unknownEntity": "未知的数据类型“{entity}”，应为以下之一：{expected}",
} as const satisfies Record<keyof typeof en, string>;
