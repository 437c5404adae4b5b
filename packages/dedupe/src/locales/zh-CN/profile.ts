import type { ProfileCode } from "../en/profile.js";

// 查重配置（JSON）错误的中文说明。
export const profileZhCN: Record<ProfileCode, string> = {
  "profile.json": "查重配置不是有效的 JSON：{detail}",
  "profile.object": "{path} 应为对象（{ … }）",
  "profile.text": "{path} 应为文字",
  "profile.list": "{path} 应为列表（[ … ]）",
  "profile.empty": "{path} 不能为空",
  "profile.number": "{path} 应为数字",
  "profile.boolean": "{path} 应为 true 或 false",
  "profile.threshold": "{path} 应为 0 到 1 之间的数字，例如 0.9",
  "profile.unknownKey": "{path}：这里没有“{key}”这一项（可用：{keys}）",
  "profile.source": "{path}：请用 column、anyOf、allOf 或 path 之一说明从哪里读取值",
  "profile.column": "{path}：{entity}数据没有“{column}”这一列",
  "profile.comparator": "{path}：没有名为“{comparator}”的比较方法（可用：{comparators}）",
  "profile.options": "{path}：比较方法“{comparator}”不接受这些选项：{detail}",
  "profile.levels": "{path} 应有 {n} 个 0 到 1 之间的数字，每个层级一个（{levels}）",
  "profile.duplicate": "{path}：名称“{name}”用了两次",
  "profile.field": "{path}：查重配置中没有字段“{field}”（字段：{fields}）",
  "profile.transform": "{path}：没有名为“{transform}”的变换（可用：{transforms}）",
  "profile.transforms": "{path} 应为 on 中每个字段各写一个变换名或 null",
  "profile.cannotLink":
    "{path}：“{field}”不能用来区分记录，它的比较方法不核验证件或代码（请用 identifier、citizenId 或 creditCode）",
  "profile.rule": "{path}：查重配置中没有名为“{rule}”的分块规则",
  "profile.estimateU": "{path} 应为“random”或“candidates”",
};
