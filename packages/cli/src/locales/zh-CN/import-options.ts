import type { ImportOptionsCode } from "../en/import-options.js";

/** `linli validate`、`convert`、`merge` 导入选项的中文文字。 */
export const importOptionsZhCN: Record<ImportOptionsCode, string> = {
  "set.format": "--set 的格式为“字段=取值”，例如 --set category=药品；收到的是“{value}”。",
  "set.field":
    "--set {value}：{entity} 没有“{field}”这个字段；字段用英文键名表示，例如 {examples}。",
  "set.value": "--set {value}：{detail}",
  "phoneCountry.unknown":
    "--phone-country {value}：linli 不了解这个国家或地区的电话号码规则；应为两个字母的 ISO 3166 代码，如 CN、US、GB、HK。",
  "entity.guessed":
    "{file}：按{label}（{entity}）读取，依据是列 {columns}（把握 {confidence}%{others}）。如不对，请用 --entity 指定。",
  "entity.others": "；也可能是：{candidates}",
  "entity.none":
    "{file}：看不出每行是什么数据。在这些列（{columns}）中，没有哪类数据的标识列齐全。最接近的是：{candidates}。请用 --entity 指定数据类型，例如 --entity {example}，并用 --mapping 说明各列对应的字段。",
  "entity.noneAtAll":
    "{file}：它的列（{columns}）都不是 linli 所知任何数据类型的字段。请用 --entity 指定数据类型（{entities} 之一），并用 --mapping 说明各列对应的字段。",
  "entity.mixed":
    "这些文件的数据类型不同：{files}。请每次合并同一类数据的文件，或用 --entity 指定类型。",
  "entity.fileKind": "{file} 为 {entity}",
  "entity.candidate": "{entity}（{columns}）",
};
