import type { common as en } from "../en/common.js";

export const common = {
  "schema.invalid": "{field}：{detail}",
  "schema.required": "{field}为必填项",
  "record.identity": "记录缺少可识别的信息，至少需要填写以下一项：{fields}",
  "schema.empty": "{field}不能为空",
  "schema.tooLong": "{field}过长：最多 {maximum} 个字符，当前 {length} 个",
  "schema.tooShort": "{field}过短：至少 {minimum} 个字符",
  "schema.tooMany": "{field}条目过多：最多 {maximum} 条",
  "schema.tooFew": "{field}至少需要 {minimum} 条",
  "schema.tooSmall": "{field}应不小于 {minimum}",
  "schema.tooSmallExclusive": "{field}应大于 {minimum}",
  "schema.tooBig": "{field}应不大于 {maximum}",
  "schema.notInteger": "{field}应为整数",
  "schema.format": "{field}格式不正确{expected}",
  "schema.formatDate": "{field}应为“年-月-日”格式的日期，如 2022-01-05",
  "schema.formatPartialDate":
    "{field}应为“年-月-日”格式的日期，只知道年月或年份时写“年-月”或“年”，如 1991-11-23、1991-11、1991",
  "schema.formatDateTime": "{field}应为带时区的日期时间，如 2022-01-05T14:30:00+08:00",
  "schema.option": "{field}应为以下之一：{options}",
  "schema.type": "{field}应为{expected}，实际为{received}",
  "schema.unknownField": "未知字段 {keys}：数据标准中没有该字段",
  "schema.union": "{field}不符合任何一种可接受的格式",
  "schema.unknownEntity": "未知的数据类型“{entity}”，应为以下之一：{expected}",
  "schema.record": "记录",
} as const satisfies Record<keyof typeof en, string>;
