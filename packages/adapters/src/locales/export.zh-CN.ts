import type { MessageTemplate } from "@linli/core";
import type { ExportMessageCode } from "./export.en.js";

/** @linli/adapters 导出、录入模板和报表的简体中文文字。键与英文目录一一对应。 */
export const exportZhCN: Record<ExportMessageCode, MessageTemplate> = {
  "export.lateExtra":
    "有 {count} 条记录含有表头写出后才出现的未映射列（{headers}），这些单元格未导出；如需保留，请通过 extraHeaders 传入这些列名",
  "export.sheetFull": "工作表“{sheet}”已满 {rows} 行，其余记录接着写在工作表“{next}”中",
  "hsds.email": "{where}：“{value}”不是 HSDS 接受的电子邮箱地址，未导出",
  "hsds.url": "{where}：“{value}”不是 HSDS 接受的网址，未导出",
  "hsds.location": "服务“{service}”：未提供编号为“{location}”的地点，未导出",
  "hsds.identifier.cn-uscc": "统一社会信用代码",
  "hsds.identifier.cn-org-code": "组织机构代码",
  "hsds.identifier.other": "其他代码",
  "template.sheet.lists": "选项",
  "template.sheet.instructions": "填写说明",
  "template.title": "{entity}信息录入模板填写说明",
  "template.rule.header":
    "1. 请在“{sheet}”工作表中从第 2 行起每行填写一条{entity}信息，不要修改、移动或删除第 1 行表头。",
  "template.rule.required": "2. 表头为红色的列必须填写：{required}。",
  "template.rule.choices":
    "3. 带下拉箭头的列请从下拉列表中选择；可多选的列，多个选项之间用“{separator}”分隔。",
  "template.rule.text":
    "4. 身份证号、电话等列已设为文本格式，长数字不会变成科学计数法，请勿修改单元格格式。",
  "template.rule.dates": "5. 日期请按 {example} 的格式填写。",
  "template.rule.hints": "6. 选中单元格即可看到该列的填写提示。",
  "template.col.column": "列名",
  "template.col.required": "必填",
  "template.col.format": "填写要求",
  "template.col.choices": "可选值",
  "template.col.example": "示例",
  "template.yes": "是",
  "template.kind.text": "文字",
  "template.kind.textMax": "文字，最多 {max} 个字",
  "template.kind.choice": "从下拉列表中选择一项",
  "template.kind.multi": "可选一项或多项，多项之间用“{separator}”分隔",
  "template.kind.date": "日期，如 {example}",
  "template.kind.datetime": "日期和时间，如 {example}",
  "template.kind.citizenId": "18 位身份证号（最后一位可为 X），以文本保存",
  "template.kind.phone": "手机号（11 位）或带区号的固定电话，以文本保存",
  "template.kind.code": "代码，以文本保存",
  "template.kind.integer": "整数",
  "template.kind.number": "数字",
  "template.kind.range": "{kind}，{min} 至 {max}",
  "template.kind.list": "可填多项，多项之间用“{separator}”分隔",
  "template.prompt.required": "必填。",
  "template.error.choice": "请从下拉列表中选择",
  "template.error.date": "请填写日期，如 {example}",
  "template.error.number": "请填写数字",
  "template.error.length": "请检查字数",
};
