import type { dedupeEn } from "../en/dedupe.js";

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

// 比较层级和字段的中文名称，用于向人展示匹配理由。
export const dedupeZhCN: Shape<typeof dedupeEn> = {
  levels: {
    exact: "完全一致",
    variant: "繁简或空格不同",
    homophone: "同音字",
    swapped: "名字用字顺序颠倒",
    "one-char": "有一个字不同",
    "pinyin-close": "拼音相近",
    different: "不同",
    missing: "缺失",
    "check-char": "仅校验码不同",
    "one-edit": "一处录入错误",
    "two-edits": "两处录入错误",
    "last-8": "后八位相同",
    "day-month-swap": "月日颠倒",
    "one-digit": "一位数字不同",
    "same-room": "楼栋、单元、房号相同",
    "same-building": "同一楼栋",
    "same-compound": "同一小区",
    core: "去掉地区和组织形式后名称相同",
  },
  patterns: {
    "jw>=": "相似度 ≥ {x}",
    "edits<=": "最多 {x} 处录入错误",
    within: "相差不超过 {x}",
  },
  fields: {
    name: "姓名",
    citizenId: "身份证号",
    phone: "电话",
    birthDate: "出生日期",
    gender: "性别",
    address: "住址",
    creditCode: "统一社会信用代码",
    divisionCode: "行政区划代码",
    geo: "位置",
    kind: "类型",
  },
  household: "同一户",
  keptApart: {
    "cannot-link": "但仍分开：合并会让同一个人有两个不同的有效证件号",
    chain: "但仍分开：合并会把明显不是同一人的行并在一起",
  },
};
