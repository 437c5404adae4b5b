import type { MessageTemplate } from "@linli/core";
import type { ExportMessageCode } from "./export.en.js";

/** @linli/adapters 导出、录入模板和报表的简体中文文字。键与英文目录一一对应。 */
export const exportZhCN: Record<ExportMessageCode, MessageTemplate> = {
  "export.lateExtra":
    "有 {count} 条记录含有表头写出后才出现的未映射列（{headers}），这些单元格未导出；如需保留，请通过 extraHeaders 传入这些列名",
  "export.sheetFull": "工作表“{sheet}”已满 {rows} 行，其余记录接着写在工作表“{next}”中",
};
