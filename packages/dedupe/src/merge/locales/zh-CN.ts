import type { MergeMessageCode } from "./en.js";

/** 合并相关的中文提示。 */
export const mergeZhCN: Record<MergeMessageCode, string> = {
  "merge.fallback":
    "合并记录 {record}：为“{field}”选出的值放在一起不成立（{detail}），改用 {file} 第 {row} 行的值。所有取值都列在“冲突”中。",
  "merge.fallbackRecord":
    "合并记录 {record}：选出的各项值组不成一条有效记录（{detail}），整条改用 {file} 第 {row} 行的原样记录。所有取值都列在“冲突”中。",
  "merge.keyConflict":
    "{file} 第 {row} 行与 {otherFile} 第 {otherRow} 行是同一来源行（来源“{source}”，记录编号 {id}），但内容不同；保留 {keptFile} 第 {keptRow} 行。",
  "merge.unknownRow": "指定要合并在一起的行中有 {source} 第 {row} 行，但它不在已接受的行里。",
  "merge.decisions":
    "{file} 不是 linli 能用的核查决定文件：“{path}”缺失或有误。请从工作台重新保存核查决定，或按 {example} 的格式编写。",
  "merge.unknownApartRow": "指定要分开的行中有 {source} 第 {row} 行，但它不在已接受的行里。",
  "merge.badRow":
    "{file} 所给的第 {index} 行不是有效的行（应为 { row, record }，record 为对象）；已略过，其余各行照常合并。",
  "merge.prioritySource":
    "来源优先顺序中的“{source}”不是本次合并的数据来源；应为这些来源的名称：{sources}",
  "merge.sourceName":
    "每个数据来源都需要一个名称（来自哪个社区或组织）；第 {index} 个来源没有名称。",
  "merge.inconsistentResult":
    "之前的合并结果前后不一致：有 {records} 条记录，却有 {clusters} 组来源行，或某组没有来源行、或属于另一条记录（{detail}）。请改为合并原始文件。",
  "merge.entityMismatch": "之前合并的结果是{found}数据，不能与{entity}数据合并。",
};
