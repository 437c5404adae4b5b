import type { MessageTemplate } from "@linli/core";
import type { en } from "./en.js";

/** @linli/forms 的简体中文消息。键与英文目录一一对应，缺一条即类型错误。 */
export const zhCN = {
  "forms.submit": "提交",
  "forms.submitting": "正在提交…",
  "forms.submitted": "已提交，谢谢。",
  "forms.required": "必填",
  "forms.choose": "请选择",
  "forms.addItem": "添加{item}",
  "forms.removeItem": "删除{item} {n}",
  "forms.itemTitle": "{item} {n}",
  "forms.itemAdded": "已添加{item} {n}",
  "forms.itemRemoved": "已删除{item} {n}",
  "forms.itemLimit": "最多 {maximum} 项",
  "forms.itemLimitReached": "已达上限 {maximum} 项",
  "forms.errorSummary": "请检查以下问题",
  "forms.errorCount": "提交前还有 {count} 处需要修改：",
  "forms.derivedFromCitizenId": "已根据身份证号填写",
  "forms.appendX": "输入校验位 X",
  "forms.clearDraft": "清除草稿",
  "forms.draftRestored": "已恢复本机于 {time} 保存的草稿。",
  "forms.draftCleared": "草稿已从本机删除，表单已清空。",
  "forms.draftNotice": "填写内容会作为草稿保存在本机，提交后自动删除。",
  "forms.unknownField": "{entity}表单没有字段“{field}”，应为以下之一：{expected}",
  "forms.unsupportedField": "{entity}的字段“{field}”无法在表单中填写",
  "forms.duplicateField": "字段“{field}”重复列出",
} as const satisfies Record<keyof typeof en, MessageTemplate>;
